import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/** A check over the built site: every internal link and `#hash` resolves to a page and an id. */
const dist = new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

function routeOf(file: string): string {
	const path = `/${relative(dist, file)}`;
	return path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path;
}

const pages = new Map(
	htmlFiles(dist).map((file) => {
		const html = readFileSync(file, 'utf8');
		const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
		const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
		return [routeOf(file), { ids, hrefs }];
	}),
);

test('the build has pages', () => {
	expect(pages.has('/billing/how-to-cancel-your-services/')).toBe(true);
});

test('no broken internal link or hash in the built site', () => {
	const broken: string[] = [];
	for (const [route, { hrefs }] of pages) {
		for (const href of hrefs) {
			if (/^(https?:|mailto:|tel:)/.test(href)) continue;
			const url = new URL(href.replaceAll('&amp;', '&'), `http://site${route}`);
			const path = decodeURIComponent(url.pathname);
			const isAsset = /\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html');
			if (isAsset) continue;
			const target = pages.get(path);
			if (!target) {
				broken.push(`${route} → ${href} (no page)`);
				continue;
			}
			const hash = decodeURIComponent(url.hash.slice(1));
			if (hash && !target.ids.has(hash)) broken.push(`${route} → ${href} (no id « ${hash} »)`);
		}
	}
	expect(broken).toEqual([]);
});
