import type { Product, Universe } from './schema.ts';

/**
 * Questions about a catalogue, with no validation code in them, so that browser code (the assistant)
 * can use them on the validated lists it receives without shipping the schema.
 */
export function productsIn(products: readonly Product[], universe: Universe): Product[] {
	return products.filter((p) => p.universe === universe.anchor);
}

/** A universe with one product of the same anchor is shown as a single heading. */
export function isSingleProductUniverseIn(
	products: readonly Product[],
	universe: Universe,
): boolean {
	const list = productsIn(products, universe);
	return list.length === 1 && list[0]?.anchor === universe.anchor;
}

/** The product a value names: its anchor or one of its aliases. */
export function resolveProductIn(products: readonly Product[], value: string): Product | undefined {
	return products.find((p) => p.anchor === value || p.aliases.includes(value));
}
