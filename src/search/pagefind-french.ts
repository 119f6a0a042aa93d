import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { afterBuild, builtHtmlFiles } from '../shared/after-build.ts';
import { htmlForIndex } from './page-for-index.ts';
import { searchTermsOf } from './search-terms.ts';

function assertNoErrors<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind (${what}) : ${response.errors.join(' ; ')}`);
	}
	return response;
}

/**
 * Builds the French search index with Pagefind's Node API, from a copy of each built page prepared
 * for it (`search/page-for-index.ts`: elisions split, the catalogue's search words after each section's
 * heading); the pages themselves are shipped unchanged. Must come after Starlight in
 * `integrations`: Astro runs the `astro:build:done` hooks in that order, and Starlight's builds
 * its own index from the pages as they are, which this one replaces.
 */
export default function pagefindFrench(): AstroIntegration {
	return afterBuild('pagefind-french', async (root, logger) => {
		const outputPath = join(root, 'pagefind');
		try {
			await rm(outputPath, { recursive: true, force: true });
			const { index } = assertNoErrors(await pagefind.createIndex(), 'createIndex');
			if (!index) throw new Error('Pagefind : pas d’index');
			const files = await builtHtmlFiles(root);
			for (const file of files) {
				const content = htmlForIndex(await readFile(file, 'utf8'), searchTermsOf);
				// A relative source path: Pagefind makes the page's URL from it.
				assertNoErrors(
					await index.addHTMLFile({ sourcePath: relative(root, file), content }),
					file,
				);
			}
			assertNoErrors(await index.writeFiles({ outputPath }), 'writeFiles');
			logger.info(`Index de recherche français écrit (${files.length} pages lues).`);
		} finally {
			await pagefind.close();
		}
	});
}
