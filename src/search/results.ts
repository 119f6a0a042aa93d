/**
 * What the search dialog shows of Pagefind's results. Pagefind UI (`@pagefind/default-ui`,
 * `result_with_subs.svelte`) lists under a page its intro (when the page's first sub-result is
 * the page itself), then at most three of the other sub-results: the three with the most hits,
 * in page order. `shownSubResults` is that rule, for checks run outside the browser.
 */
import { joinElisions } from './elisions.ts';

export interface SubResult {
	url: string;
	excerpt: string;
	locations: number[];
}

export interface Result<S extends SubResult = SubResult> {
	url: string;
	excerpt: string;
	meta?: Record<string, string>;
	sub_results: S[];
}

/** Pagefind UI shows this many sub-results under a page. */
export const shownSubResultCount = 3;

/** The sub-results Pagefind UI shows under `result`, in its order (the page's intro apart). */
export function shownSubResults<S extends SubResult>(result: Result<S>): S[] {
	const pageUrl = result.meta?.url || result.url;
	const subs =
		result.sub_results[0]?.url === pageUrl ? result.sub_results.slice(1) : [...result.sub_results];
	if (subs.length <= shownSubResultCount) return subs;
	const top = [...subs]
		.sort((a, b) => b.locations.length - a.locations.length)
		.slice(0, shownSubResultCount)
		.map((sub) => sub.url);
	return subs.filter((sub) => top.includes(sub.url));
}

/** Pagefind UI's `processResult`: excerpts with their elisions joined. */
export function prepareResult<S extends SubResult>(result: Result<S>): Result<S> {
	result.excerpt = joinElisions(result.excerpt);
	result.sub_results = result.sub_results.map((sub) => ({
		...sub,
		excerpt: joinElisions(sub.excerpt),
	}));
	return result;
}
