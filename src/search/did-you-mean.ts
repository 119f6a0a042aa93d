/**
 * « Vouliez-vous dire : OverTheBox ? »: when a query finds nothing, the products whose names or
 * customers' words (the catalogue's labels, keywords, aliases and anchors) are a few typos away
 * from it. Accents and case never matter.
 */
import { foldWord } from '../catalogue/match.ts';

export interface ProductWords {
	anchor: string;
	label: string;
	keywords?: readonly string[];
	aliases?: readonly string[];
}

export interface Suggestion {
	anchor: string;
	label: string;
	/** Typos between the query and the product's closest word (0: the query names it). */
	typos: number;
}

/** « Dédié » → « dedie »; anything but letters and digits becomes a space. */
export function foldText(text: string): string {
	return foldWord(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters (« overtehbox » is one typo from « overthebox »).
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, at(i - 2, j - 2) + 1);
			}
			const row = rows[i];
			if (row) row[j] = best;
		}
	}
	return at(a.length, b.length);
}

/** Typos forgiven in a word of this length: none up to 2 letters, then 1, 2 from 5, 3 from 9. */
export function typosAllowed(length: number): number {
	if (length <= 2) return 0;
	if (length <= 4) return 1;
	if (length <= 8) return 2;
	return 3;
}

/** A name as typed in full, without its spaces, and each of its words of 3 letters or more. */
function forms(text: string): string[] {
	const folded = foldText(text);
	const words = folded.split(' ').filter((word) => word.length >= 3);
	return [...new Set([folded, folded.replaceAll(' ', ''), ...words])].filter(Boolean);
}

interface Closeness {
	/** Typos per letter: one typo in a long name is closer than one in a short word. */
	distance: number;
	typos: number;
}

/** How close the query is to the product's closest word, or null when there are too many typos. */
function closeness(queryForms: readonly string[], product: ProductWords): Closeness | null {
	const names = [
		product.anchor,
		product.label,
		...(product.keywords ?? []),
		...(product.aliases ?? []),
	];
	let best: Closeness | null = null;
	for (const name of new Set(names.flatMap(forms))) {
		for (const typed of queryForms) {
			const allowed = typosAllowed(Math.min(typed.length, name.length));
			// Each letter of difference in length is a typo already.
			if (Math.abs(typed.length - name.length) > allowed) continue;
			const typos = editDistance(typed, name);
			if (typos > allowed) continue;
			const distance = typos / Math.max(typed.length, name.length);
			if (best === null || distance < best.distance) best = { distance, typos };
		}
	}
	return best;
}

/** At most `max` products close to `query`, the closest first (then in catalogue order). */
export function suggestProducts(
	query: string,
	products: readonly ProductWords[],
	max = 3,
): Suggestion[] {
	const queryForms = forms(query);
	if (queryForms.length === 0) return [];
	return products
		.map((product, order) => ({ product, order, close: closeness(queryForms, product) }))
		.filter((entry): entry is typeof entry & { close: Closeness } => entry.close !== null)
		.sort((a, b) => a.close.distance - b.close.distance || a.order - b.order)
		.slice(0, max)
		.map(({ product, close }) => ({
			anchor: product.anchor,
			label: product.label,
			typos: close.typos,
		}));
}

export type SentencePart = { text: string } | { suggestion: Suggestion };

/**
 * « Vouliez-vous dire : [SUGGESTIONS] ? » with the products in place of `[SUGGESTIONS]`, listed
 * the French way (« A, B ou C »), as text and links to render.
 */
export function suggestionSentence(
	template: string,
	suggestions: readonly Suggestion[],
): SentencePart[] {
	if (suggestions.length === 0) return [];
	const [before = '', after = ''] = template.split('[SUGGESTIONS]');
	const list = new Intl.ListFormat('fr', { type: 'disjunction' }).formatToParts(
		suggestions.map((s) => s.label),
	);
	let next = 0;
	const parts: SentencePart[] = list.map((part) => {
		const suggestion = part.type === 'element' ? suggestions[next++] : undefined;
		return suggestion ? { suggestion } : { text: part.value };
	});
	return [{ text: before }, ...parts, { text: after }].filter(
		(part) => !('text' in part) || part.text !== '',
	);
}
