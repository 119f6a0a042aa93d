import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The guide as the issue gives it: built as it is, untouched. */
export const seedGuide = '/work/shared/seed/how-to-cancel-your-services.fr-fr.md';

/** Its address in the stock site (Starlight follows the seed's own `slug`). */
export const stockGuidePath = '/how-to-cancel-your-services/';

/** A 1×1 transparent PNG: the seed names two screenshots it does not ship (`images/*.png`). */
const placeholderPng = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082',
	'hex',
);

const files: Record<string, string> = {
	// Astro bundles the packages a site depends on; these are found in the project's node_modules.
	'package.json':
		'{ "type": "module", "private": true, "dependencies": { "astro": "*", "@astrojs/starlight": "*" } }\n',
	'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Aide OVHcloud',
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
		}),
	],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
};

/**
 * Builds the stock page the bench compares the guide with: a bare Starlight site (Starlight's
 * defaults, French) holding the seed guide, in a temporary folder inside the project (so that
 * Node finds the project's own packages: no install, no network), into `outDir`.
 */
export function buildStockSite(root: string, outDir: string): void {
	const site = mkdtempSync(join(root, '.bench-stock-'));
	try {
		for (const [path, content] of Object.entries(files)) {
			mkdirSync(join(site, path, '..'), { recursive: true });
			writeFileSync(join(site, path), content);
		}
		const docs = join(site, 'src/content/docs/billing');
		mkdirSync(join(docs, 'images'), { recursive: true });
		copyFileSync(seedGuide, join(docs, 'how-to-cancel-your-services.md'));
		for (const image of ['manage_services.png', 'cancel_termination.png'])
			writeFileSync(join(docs, 'images', image), placeholderPng);
		const result = spawnSync(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
			{ cwd: site, stdio: ['ignore', 'ignore', 'inherit'] },
		);
		if (result.status !== 0) throw new Error('the stock site’s build failed');
	} finally {
		rmSync(site, { recursive: true, force: true });
	}
}
