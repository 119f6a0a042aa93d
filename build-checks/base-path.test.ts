import { expect, it } from 'vitest';
import { all, attribute, baseDistFolder, builtSite } from './built-site.ts';

/**
 * The site built for a sub-path (`npm run build:base`: `astro build --base /aide/ --outDir
 * dist-base`): every address it writes stays under `/aide/`. That the pages load all they need
 * from there is e2e/base-path.spec.ts's part.
 */

const base = '/aide/';

it('every address the build writes stays under the sub-path', () => {
	const site = builtSite(baseDistFolder);
	const outside: string[] = [];
	let checked = 0;
	for (const { file, tree } of site.pages) {
		for (const element of all('*', tree)) {
			for (const name of ['href', 'src', 'component-url', 'renderer-url']) {
				const address = attribute(element, name);
				if (!address?.startsWith('/')) continue;
				checked++;
				if (!address.startsWith(base)) outside.push(`${file}: ${address}`);
			}
		}
	}
	expect(checked).toBeGreaterThan(site.pages.length);
	expect(outside).toEqual([]);
});
