import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** The HTML pages a build wrote below `root`, as absolute paths, in a stable order. */
export async function builtHtmlFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * An integration that works on the built site once Astro has written it (`astro:build:done`),
 * given the output folder's path. Such hooks run in the order of `integrations`.
 */
export function afterBuild(
	name: string,
	run: (root: string, logger: AstroIntegrationLogger) => Promise<void>,
): AstroIntegration {
	return {
		name,
		hooks: {
			'astro:build:done': ({ dir, logger }) => run(fileURLToPath(dir), logger),
		},
	};
}
