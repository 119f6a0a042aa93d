import type { Product, Universe } from './schema.ts';

/** Lower case, without accents: « Résilier » → « resilier ». */
export function foldWord(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower case, without accents, apostrophes, hyphens or extra spaces: « Hébergement  Web » → « hebergement web ». */
export function fold(text: string): string {
	return foldWord(text)
		.replace(/[’'`-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every word of the query appears in the text, both folded (no accents, no case). */
export function matchesEveryWord(text: string, query: string): boolean {
	const haystack = fold(text);
	return fold(query)
		.split(' ')
		.filter(Boolean)
		.every((word) => haystack.includes(word));
}

/**
 * What a product filter matches, the same for the assistant's and the agents' page: the label, the
 * designation, the universe, the anchor and its older forms, the other names customers use.
 */
export function productMatchText(product: Product, universe: Universe | undefined): string {
	return [
		product.label,
		product.designation.name,
		universe?.label ?? '',
		product.anchor,
		...product.aliases,
		...product.keywords,
	].join(' ');
}
