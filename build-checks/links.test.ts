import { expect, it } from 'vitest';
import { all, attribute, builtSite } from './built-site.ts';

/** Every internal link and `#hash` of the built site resolves to a page and an id. */

const site = builtSite();

const pages = new Map(
	site.pages.map(({ route, tree }) => {
		const elements = all('*', tree);
		const ids = new Set(elements.flatMap((element) => attribute(element, 'id') ?? []));
		const hrefs = elements.flatMap((element) => attribute(element, 'href') ?? []);
		return [route, { ids, hrefs }];
	}),
);

it('the build has pages', () => {
	expect(pages.has('/billing/how-to-cancel-your-services/')).toBe(true);
});

it('no broken internal link or hash in the built site', () => {
	const broken: string[] = [];
	for (const [route, { hrefs }] of pages) {
		for (const href of hrefs) {
			if (/^(https?:|mailto:|tel:)/.test(href)) continue;
			const url = new URL(href, `http://site${route}`);
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
