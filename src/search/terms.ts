import { catalogue, type Product, type Section } from '../catalogue/index.ts';
import { separateElisions } from './elisions.ts';

/**
 * The words the search must find in a section, taken from the catalogue: Pagefind indexes them at
 * the place of an empty element (`data-pagefind-index-attrs`), so a query lands on that section
 * (a Pagefind sub-result) while the page shows nothing more.
 */
export const searchTermsAttribute = 'data-search-terms';

export interface SearchTermsProps {
	'data-pagefind-index-attrs': typeof searchTermsAttribute;
	'data-search-terms': string;
}

function sentence(text: string): string {
	const trimmed = text.trim();
	const capitalised = trimmed.charAt(0).toLocaleUpperCase('fr') + trimmed.slice(1);
	return separateElisions(/[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`);
}

/** « résilier, arrêter, supprimer, stopper ou annuler ». */
export function verbList(verbs: readonly string[] = catalogue.searchVerbs): string {
	if (verbs.length <= 1) return verbs.join('');
	return `${verbs.slice(0, -1).join(', ')} ou ${verbs.at(-1)}`;
}

/**
 * One French sentence per product, e.g. « Résilier, arrêter, supprimer, stopper ou annuler votre
 * VPS (Virtual Private Servers) : VPS, serveur privé virtuel, serveur virtuel. » It is what the
 * search excerpt may show, so it reads as a sentence.
 */
export function productSearchText(product: Product, verbs = catalogue.searchVerbs): string {
	const { lead, name } = product.designation;
	const names = [product.label, ...product.keywords].filter(
		(word, index, all) => all.findIndex((w) => w.toLowerCase() === word.toLowerCase()) === index,
	);
	const action = verbs.length > 0 ? `${verbList(verbs)} ${lead} ${name}` : `${lead} ${name}`;
	return sentence(`${action}\u00a0: ${names.join(', ')}`);
}

/** The section's keywords as one sentence, or null when it has none. */
export function sectionSearchText(section: Section): string | null {
	return section.keywords.length > 0 ? sentence(section.keywords.join(', ')) : null;
}

/** The search words to index after the heading with this id (sections only), if any. */
export function headingSearchText(id: string): string | null {
	const section = catalogue.sections.find((s) => s.anchor === id);
	return section ? sectionSearchText(section) : null;
}

/**
 * Pagefind weights: a product's words count like its heading (an h4 weighs 4), a section's like
 * a page title (7), so that the guide ranks above pages that merely mention a word.
 */
export const productTermsWeight = 4;
export const sectionTermsWeight = 7;

export function searchTermsProps(text: string): SearchTermsProps {
	return { 'data-pagefind-index-attrs': searchTermsAttribute, 'data-search-terms': text };
}
