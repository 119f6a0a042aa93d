import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import anchors from '../src/catalogue/anchors.json' with { type: 'json' };
import {
	all,
	attribute,
	builtSite,
	byId,
	headingWithId,
	nameOf,
	one,
	projectRoot,
} from './built-site.ts';

/**
 * Anchors are a public contract (src/catalogue/anchors.json): each is in the built guide exactly
 * once, on or next to its heading, each section's and universe's anchor has its entry in « Sur
 * cette page », each product's its entry in the guide's product list (« Sur cette page » stops at
 * the universes: its 18 products were 100 elements of DOM twice, issue 15), and each heading its
 * copy link. Where a link lands on screen is e2e/anchors.spec.ts's part.
 */

const guide = builtSite().page('/billing/how-to-cancel-your-services/').tree;

describe('anchors in the built guide', () => {
	it('the contract lists anchors and aliases', () => {
		expect(anchors.filter((e) => e.kind === 'alias').length).toBeGreaterThan(0);
		expect(anchors.filter((e) => e.kind !== 'alias').length).toBeGreaterThan(20);
	});

	/** Rules and cancel notes are paragraphs and list items, not headings (see rules.ts). */
	const onText = (entry: (typeof anchors)[number]) =>
		entry.kind === 'rule' || entry.kind === 'cancel-note';

	for (const entry of anchors) {
		it(`#${entry.anchor} is there once, for « ${entry.heading} »`, () => {
			expect(byId(guide, entry.anchor)).toHaveLength(1);
			if (onText(entry)) {
				const [element] = byId(guide, entry.anchor);
				expect(['p', 'li']).toContain(element?.tagName);
				expect(nameOf(element as Parameters<typeof nameOf>[0]).length).toBeGreaterThan(20);
				return;
			}
			const headings = headingWithId(guide, entry.target);
			expect(headings).toHaveLength(1);
			expect(headings.map(nameOf)).toEqual([entry.heading]);
		});
	}

	it('every heading anchor is in « Sur cette page » or the product list, and has its link', () => {
		const toc = one('starlight-toc nav', guide);
		const productList = one('.sl-heading-wrapper:has(#resilier) ~ .product-index', guide);
		expect(nameOf(one('h2', toc))).toBe('Sur cette page');
		for (const entry of anchors.filter((e) => e.kind !== 'alias' && !onText(e))) {
			const heading = headingWithId(guide, entry.target)[0];
			const list = heading?.tagName === 'h4' ? productList : toc;
			expect(all(`a[href="#${entry.anchor}"]`, list), entry.anchor).toHaveLength(1);
			if (heading?.tagName === 'h4') expect(all(`a[href="#${entry.anchor}"]`, toc)).toHaveLength(0);
			const link = one(`.sl-heading-wrapper:has([id="${entry.anchor}"]) a.sl-anchor-link`, guide);
			expect(attribute(link, 'href'), entry.anchor).toBe(`#${entry.anchor}`);
		}
	});

	it('guide.css sizes the heading links of every heading level the site has, and no other', () => {
		const levels = new Set(
			builtSite().pages.flatMap(({ tree }) =>
				all('.sl-heading-wrapper', tree).map((wrapper) => {
					const classes = attribute(wrapper, 'className')?.split(' ') ?? [];
					return classes.find((name) => name.startsWith('level-'));
				}),
			),
		);
		const css = readFileSync(`${projectRoot}src/guide/guide.css`, 'utf8');
		const styled = new Set(
			[...css.matchAll(/\.sl-heading-wrapper\.(level-h\d)\b/g)].map((m) => m[1]),
		);
		expect([...levels].sort()).toEqual([...styled].sort());
	});
});
