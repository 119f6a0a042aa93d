/**
 * The agents' page and its links contract as the build writes them, in `dist` and in `dist-base`
 * (built for `/aide/`), read without a browser: « Sur cette page » and `liens.json`. Run after
 * `npm run build && npm run build:base` (`npm run test:dist`). What a reader does with the page is
 * e2e/support-links.spec.ts's part.
 */
import { describe, expect, it } from 'vitest';
import {
	all,
	attribute,
	baseDistFolder,
	builtSite,
	distFolder,
	one,
} from '../../build-checks/built-site.ts';
import { products, sections } from '../catalogue/index.ts';
import { linkContract } from './contract.ts';
import { supportLinks } from './entries.ts';

const agentsPath = '/billing/liens-support/';
const data = supportLinks();

/** The site at the root, and built for `/aide/`. */
const builds = [
	{ name: 'root', base: '', dist: distFolder },
	{ name: '/aide/', base: '/aide', dist: baseDistFolder },
] as const;

describe('the agents’ page as built', () => {
	for (const build of builds) {
		it(`« Sur cette page » lists every section, universe and product (${build.name})`, () => {
			const toc = one('starlight-toc', builtSite(build.dist).page(agentsPath).tree);
			const targets = all('a[href^="#"]', toc).map((a) => attribute(a, 'href')?.slice(1));
			expect(targets).toEqual([
				'_top',
				'sections',
				...sections.map((s) => `lien-${s.anchor}`),
				'produits',
				...data.universes.flatMap((u) => [
					`univers-${u.anchor}`,
					...u.products.map((p) => `lien-${p.anchor}`),
				]),
				'carte-assistant',
			]);
		});

		it(`serves liens.json, the links contract of the catalogue (${build.name})`, () => {
			const file = 'billing/how-to-cancel-your-services/liens.json';
			const served = JSON.parse(builtSite(build.dist).read(file));
			const contract = linkContract();
			const at = (href: string) => `${build.base}${href}`;
			expect(served).toEqual({
				...contract,
				guide: at(contract.guide),
				anchors: contract.anchors.map((e) => ({ ...e, href: at(e.href) })),
				assistant: contract.assistant.map((e) => ({ ...e, href: at(e.href) })),
			});
			expect(served.anchors.length).toBeGreaterThan(products.length);
		});
	}
});
