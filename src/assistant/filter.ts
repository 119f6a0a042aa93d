import type { Product, Universe } from '../catalogue/schema.ts';

/** Lower-case, without accents, apostrophes or extra spaces: « Hébergement  Web » → « hebergement web ». */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'`-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Products whose label, universe, designation, anchor or keywords contain every typed word. */
export function filterProducts(
	products: readonly Product[],
	universes: readonly Universe[],
	query: string,
): Product[] {
	const words = fold(query).split(' ').filter(Boolean);
	if (words.length === 0) return [...products];
	return products.filter((product) => {
		const universe = universes.find((u) => u.anchor === product.universe)?.label ?? '';
		const haystack = fold(
			[product.label, universe, product.designation.name, product.anchor, ...product.keywords].join(
				' ',
			),
		);
		return words.every((word) => haystack.includes(word));
	});
}

/** « 3 services correspondent », « 1 service correspond », « Aucun service ne correspond ». */
export function countMessage(count: number): string {
	if (count === 0) return 'Aucun service ne correspond à votre recherche.';
	if (count === 1) return '1 service correspond à votre recherche.';
	return `${count} services correspondent à votre recherche.`;
}
