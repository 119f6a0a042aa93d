/**
 * What the search dialog shows of Pagefind's results (Pagefind UI's `processResult`, and the same
 * in Node for the checks over `dist`).
 *
 * Pagefind UI (`@pagefind/default-ui`, `result_with_subs.svelte`) lists under a page its intro
 * (when the page's first sub-result is the page itself), then at most three of the other
 * sub-results: the three with the most hits, in page order. On the guide, that puts « Comment
 * résilier votre abonnement ? », whose product list names every product, above the product's own
 * section. `prepareResult` orders the sub-results by relevance and keeps three, so that the UI
 * shows them in that order; `shownSubResults` is the UI's own rule, for the checks.
 */

import { foldWord } from '../catalogue/match.ts';
import { proseExcerpt } from './prose-excerpt.ts';

export interface SubResult {
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations?: Array<{ balanced_score: number; location: number }>;
	anchor?: { element: string; id: string };
}

export interface Result<S extends SubResult = SubResult> {
	url: string;
	/** The page's indexed text: `locations` count its words. */
	content?: string;
	excerpt: string;
	meta?: Record<string, string>;
	sub_results: S[];
}

/** Pagefind UI shows this many sub-results under a page. */
export const shownSubResultCount = 3;

/**
 * Words around a hit in an excerpt. Pagefind UI asks for 12 when it shows sub-results; more
 * leaves prose to show once the section's search words are taken out.
 */
export const excerptLength = 30;

function hasPageIntro(result: Result): boolean {
	return result.sub_results[0]?.url === (result.meta?.url || result.url);
}

/** The sub-results Pagefind UI shows under `result`, in its order (the page's intro apart). */
export function shownSubResults<S extends SubResult>(result: Result<S>): S[] {
	const subs = hasPageIntro(result) ? result.sub_results.slice(1) : [...result.sub_results];
	if (subs.length <= shownSubResultCount) return subs;
	const top = [...subs]
		.sort((a, b) => b.locations.length - a.locations.length)
		.slice(0, shownSubResultCount)
		.map((sub) => sub.url);
	return subs.filter((sub) => top.includes(sub.url));
}

/** Lower case, no accents, letters and digits only: « Dédiés, » → « dedies ». */
function fold(word: string): string {
	return foldWord(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Pagefind matches words by stem and the last one as a prefix: a hit's query word is the one it
 * shares the longest beginning with (« produit » is a hit for « pro »). */
function commonPrefix(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) length++;
	return length;
}

/** How many of the query's words a sub-result holds (its hits, each counted for its query word). */
export function matchedQueryWords(
	sub: SubResult,
	pageWords: readonly string[],
	query: string,
): number {
	const queryWords = query.split(/\s+/).map(fold).filter(Boolean);
	const matched = new Set<string>();
	for (const location of sub.locations) {
		const hit = fold(pageWords[location] ?? '');
		let best: string | undefined;
		let bestLength = 0;
		for (const word of queryWords) {
			const length = commonPrefix(hit, word);
			if (length > bestLength) [best, bestLength] = [word, length];
		}
		if (best) matched.add(best);
	}
	return matched.size;
}

/** Pagefind's score of a sub-result: its hits, each weighted by where it is (heading, words…). */
function score(sub: SubResult): number {
	return (sub.weighted_locations ?? []).reduce((sum, hit) => sum + hit.balanced_score, 0);
}

/** The page's own heading (h1): its sub-result is the page's introduction, the least specific. */
function isPageTitle(sub: SubResult): boolean {
	return sub.anchor?.element === 'h1';
}

/**
 * The sub-results, most specific first: those holding more of the query's words, then sections
 * before the page's introduction, then the higher Pagefind score, then page order. The page's
 * untitled intro stays first (Pagefind UI shows it apart). `query` is the query Pagefind searched.
 */
export function rankSubResults<S extends SubResult>(result: Result<S>, query: string): S[] {
	const intro = hasPageIntro(result) ? result.sub_results.slice(0, 1) : [];
	const words = (result.content ?? '').split(/\s+/);
	const ranked = result.sub_results
		.slice(intro.length)
		.map((sub, order) => ({
			sub,
			order,
			matched: matchedQueryWords(sub, words, query),
			general: isPageTitle(sub) ? 1 : 0,
			score: score(sub),
		}))
		.sort(
			(a, b) =>
				b.matched - a.matched || a.general - b.general || b.score - a.score || a.order - b.order,
		)
		.map(({ sub }) => sub);
	return [...intro, ...ranked];
}

/**
 * Pagefind UI's `processResult`: the sub-results by relevance to `query` (the query Pagefind
 * searched), as many as it shows (so that it keeps this order), and excerpts in prose.
 */
export function prepareResult<R extends Result>(result: R, query: string): R {
	type Sub = R['sub_results'][number];
	const ranked = rankSubResults<Sub>(result, query);
	const kept = ranked.slice(0, shownSubResultCount + (hasPageIntro(result) ? 1 : 0));
	result.excerpt = proseExcerpt(result.excerpt);
	result.sub_results = kept.map((sub): Sub => ({ ...sub, excerpt: proseExcerpt(sub.excerpt) }));
	return result;
}
