import { catalogue } from '../catalogue/index.ts';

/**
 * The words the search must find in a section that its text may not hold: the words customers
 * use for a product or a general section (the catalogue's `keywords`). They are given to
 * Pagefind only, in the copy of the page it indexes (`page-for-index.ts`), never shipped in the page.
 */

/**
 * Pagefind weights: a product's words count like its heading (an h4 weighs 4), a general
 * section's like a page title (7), so that a query about the rules finds the rules.
 */
export const productTermsWeight = 4;
export const sectionTermsWeight = 7;

export interface SearchTerms {
	words: string[];
	weight: number;
}

/** Case-insensitive, without the words of `heading` (already indexed with its heading's weight). */
function unique(words: readonly string[], heading = ''): string[] {
	const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
	return words.filter(
		(word, index) => !same(word, heading) && words.findIndex((w) => same(w, word)) === index,
	);
}

/** The search words of the section with this id (a product or a general section), or null. */
export function searchTermsOf(id: string): SearchTerms | null {
	const product = catalogue.products.find((p) => p.anchor === id);
	if (product) {
		const words = unique(product.keywords, product.label);
		return words.length > 0 ? { words, weight: productTermsWeight } : null;
	}
	const section = catalogue.sections.find((s) => s.anchor === id);
	if (section && section.keywords.length > 0) {
		return { words: unique(section.keywords), weight: sectionTermsWeight };
	}
	return null;
}
