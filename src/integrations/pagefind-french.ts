import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { breakElisionsInHtml } from '../search/elisions.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Prepares the built pages for a French Pagefind index: a word break after each elision, so that
 * « abonnement » finds « l’abonnement ». Must come before Starlight in `integrations`: Astro runs the
 * `astro:build:done` hooks in that order, and Starlight's runs Pagefind.
 */
export default function pagefindFrench(): AstroIntegration {
	return {
		name: 'pagefind-french',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let changed = 0;
				for (const file of await htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const next = breakElisionsInHtml(html);
					if (next === html) continue;
					await writeFile(file, next);
					changed++;
				}
				logger.info(`Élisions séparées pour la recherche dans ${changed} page(s).`);
			},
		},
	};
}
