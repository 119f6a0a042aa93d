import { matchesEveryWord, productMatchText } from '../catalogue/match.ts';
import type { Product, Universe } from '../catalogue/schema.ts';

/** Products whose label, universe, designation, anchors or other names contain every typed word. */
export function filterProducts(
	products: readonly Product[],
	universes: readonly Universe[],
	typed: string,
): Product[] {
	if (!typed.trim()) return [...products];
	return products.filter((product) => {
		const universe = universes.find((u) => u.anchor === product.universe);
		return matchesEveryWord(productMatchText(product, universe), typed);
	});
}

/** « 3 services correspondent », « 1 service correspond », « Aucun service ne correspond ». */
export function countMessage(count: number): string {
	if (count === 0) return 'Aucun service ne correspond à votre recherche.';
	if (count === 1) return '1 service correspond à votre recherche.';
	return `${count} services correspondent à votre recherche.`;
}
