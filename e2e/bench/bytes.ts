/** Byte accounting: what the bench's server sends for each request, by type. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageFigures } from './budget.ts';
import type { Site } from './sites.ts';

const compressible = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;

/** The body the bench's server sends for a URL: gzip level 9 when compressible, as serve.ts does. */
function servedBytes(site: Site, url: string): number {
	const { pathname } = new URL(url);
	let file = join(site.dist, decodeURIComponent(pathname));
	if (pathname.endsWith('/')) file = join(file, 'index.html');
	if (!existsSync(file) || !statSync(file).isFile()) file = join(site.dist, '404.html');
	const content = readFileSync(file);
	return compressible.test(extname(file)) ? gzipSync(content, { level: 9 }).length : content.length;
}

/** KiB sent by the site itself (not third parties) for a page's requests, by resource type. */
export function kibByType(
	items: Array<{ url: string; resourceType?: string }>,
	site: Site,
): PageFigures['kib'] {
	const kib = { html: 0, js: 0, css: 0, other: 0, total: 0 };
	const types: Record<string, keyof typeof kib> = {
		Document: 'html',
		Script: 'js',
		Stylesheet: 'css',
	};
	for (const item of items) {
		if (!item.url.startsWith(site.origin)) continue;
		const bytes = servedBytes(site, item.url) / 1024;
		kib[types[item.resourceType ?? ''] ?? 'other'] += bytes;
		kib.total += bytes;
	}
	return kib;
}
