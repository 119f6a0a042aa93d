import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { products, universes } from '../src/catalogue/index.ts';
import { all, attribute, builtSite, byId, nameOf, one, textOf } from './built-site.ts';

/**
 * The guide page as built: language, title, sidebar, asides, the product list and each product's
 * procedure, French typography. What needs a browser (what is drawn, links followed) is in
 * e2e/guide.spec.ts.
 */

const guide = builtSite().page('/billing/how-to-cancel-your-services/').tree;

/** Elements matching a selector whose text contains `text`, ignoring case (Playwright's `hasText`). */
function withText(selector: string, text: string, within: Root | Element = guide): Element[] {
	return all(selector, within).filter((e) => textOf(e).toLowerCase().includes(text.toLowerCase()));
}

/** The text of an element as a tree walker reads it, leaving out scripts, styles and code. */
function proseText(node: Root | Element): string {
	const skipped = new Set(['script', 'style', 'code', 'pre']);
	const walk = (child: RootContent | Root): string => {
		if (child.type === 'text') return child.value;
		if (child.type === 'element' && skipped.has(child.tagName)) return '';
		if ('children' in child) return child.children.map(walk).join('');
		return '';
	};
	return walk(node);
}

describe('the guide page', () => {
	it('is in French, titled, described and dated', () => {
		expect(attribute(one('html', guide), 'lang')).toBe('fr');
		expect(textOf(one('title', guide))).toMatch(/^Comment résilier vos services OVHcloud/);
		expect(nameOf(one('h1', guide))).toBe('Comment résilier vos services OVHcloud');
		expect(attribute(one('meta[name="description"]', guide), 'content')).toBe(
			'Découvrez comment interrompre vos abonnements OVHcloud',
		);
		// The page's own date, and, at the top, when the facts it holds date from (rules.ts).
		expect(textOf(guide)).toContain('Dernière mise à jour');
		expect(textOf(one('.facts-dates', guide))).toContain('19 janvier 2026');
		expect(all('a[href]', guide).filter((a) => nameOf(a) === 'Aller au contenu')).toHaveLength(1);
	});

	it('is the third entry of its sidebar group', () => {
		const groups = withText(
			'nav[aria-label="principale"] details',
			'Gérer mes services et leur renouvellement',
		);
		const entries = [...new Set(groups.flatMap((group) => all('ul a', group)))];
		expect(entries).toHaveLength(3);
		const third = entries[2] as Element;
		expect(nameOf(third)).toBe('Comment résilier vos services OVHcloud');
		expect(attribute(third, 'ariaCurrent')).toBe('page');
	});

	it('turns the callouts into asides', () => {
		expect(textOf(one('aside.starlight-aside--caution', guide))).toContain(
			'Seul le contact administrateur',
		);
		expect(textOf(one('aside.starlight-aside--note', guide))).toContain(
			'Avoir votre retour est essentiel pour nous',
		);
	});

	it('lists every universe and product, each linked to its section', () => {
		const list = all('.sl-heading-wrapper:has(#resilier) ~ .product-index', guide)[0];
		if (!list) throw new Error('no product list after « Comment résilier »');
		for (const [index, universe] of universes.entries()) {
			const name = `Univers ${index + 1}\u00a0: ${universe.label}`;
			const links = all('a', list).filter((a) => nameOf(a) === name);
			expect(links, name).toHaveLength(1);
			expect(attribute(links[0] as Element, 'href')).toBe(`#${universe.anchor}`);
		}
		for (const product of products)
			expect(all(`a[href="#${product.anchor}"]`, list), product.anchor).toHaveLength(1);
	});

	it('has a procedure under every product heading', () => {
		for (const product of products) {
			const universe = universes.find((u) => u.anchor === product.anchor);
			expect(byId(guide, product.anchor).map(nameOf)).toEqual([
				universe ? universe.label : product.label,
			]);
			const procedure = all(
				`.sl-heading-wrapper:has([id="${product.anchor}"]) + .product-procedure`,
				guide,
			)[0];
			if (!procedure) throw new Error(`no procedure under #${product.anchor}`);
			const { ending } = product;
			expect(attribute(procedure, 'dataEnding'), product.anchor).toBe(ending.kind);
			if (ending.kind === 'standard' || ending.kind === 'undocumented') {
				expect(all('ol.procedure-steps > li', procedure)).toHaveLength(3);
				expect(withText('.ui-action', 'Résilier', procedure), product.anchor).toHaveLength(1);
				expect(withText('.ui-action', 'Valider', procedure), product.anchor).toHaveLength(1);
			}
			if ('guide' in ending) {
				const links = all('a', procedure).filter((a) => nameOf(a) === 'guide');
				expect(links, product.anchor).toHaveLength(1);
				expect(attribute(links[0] as Element, 'href')).toBe(ending.guide.url);
			}
			for (const note of 'notes' in ending ? ending.notes : []) {
				for (const part of note) {
					if (typeof part === 'string') expect(textOf(procedure)).toContain(part);
				}
			}
			// Each section says how its product ends.
			expect(textOf(all('.product-ending', procedure)[0] as Element)).toContain('À retenir');
		}
	});

	it('says how to cancel a termination with the right labels', () => {
		// The first list after the heading's wrapper (`#annuler`'s parent <div>).
		const steps = all('div:has(> #annuler) ~ ol', guide)[0];
		if (!steps) throw new Error('no list after « #annuler »');
		const text = textOf(steps);
		expect(text).toContain('Annuler la résiliation du service');
		expect(text).toContain("Confirmer l'annulation");
		expect(text).not.toContain('Résilier.');
	});

	it('follows French typography: no breakable space before « : ; ! ? » or inside guillemets', () => {
		const text = proseText(one('main', guide));
		expect(text.length).toBeGreaterThan(10_000);
		const faults = [...text.matchAll(/.{0,25}(?:[ \n\t][:;!?»]|«[ \n\t]).{0,10}/g)].map(
			(m) => m[0],
		);
		expect(faults).toEqual([]);
	});
});
