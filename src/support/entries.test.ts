import { describe, expect, it } from 'vitest';
import { actionsFor } from '../catalogue/ending.ts';
import { products } from '../catalogue/index.ts';
import { assistantHref } from '../routes.ts';
import { findSupportEntry, supportLinks } from './entries.ts';

describe('the agents’ page data', () => {
	const data = supportLinks();
	const vps = data.universes.flatMap((u) => u.products).find((p) => p.anchor === 'vps');

	it('gives each product its section and the assistant for each action that applies to it', () => {
		expect(vps?.links).toEqual([
			{ label: 'Section du guide', href: '/billing/how-to-cancel-your-services/#vps' },
			{
				label: 'Résilier avec l’assistant',
				href: '/billing/how-to-cancel-your-services/?action=resilier&produit=vps#vps',
			},
			{
				label: 'Annuler une résiliation avec l’assistant',
				href: '/billing/how-to-cancel-your-services/?action=annuler&produit=vps#annuler',
			},
		]);
		for (const product of data.universes.flatMap((u) => u.products)) {
			const catalogued = products.find((p) => p.anchor === product.anchor);
			const actions = catalogued ? actionsFor(catalogued) : [];
			expect(product.links.slice(1).map((l) => l.href)).toEqual(
				actions.map((action) => assistantHref(action, product.anchor)),
			);
		}
	});

	it('finds the entry each generated heading of the page names', () => {
		expect(findSupportEntry(data, 'product', 'vps')).toBe(vps);
		expect(findSupportEntry(data, 'section', 'annuler')?.aliases).toEqual(['cancel', 'annulation']);
		expect(findSupportEntry(data, 'universe', 'webcloud')?.title).toBe(
			'Univers 4\u00a0: Web Cloud',
		);
		expect(findSupportEntry(data, 'product', 'nulle-part')).toBeUndefined();
	});
});
