/**
 * Pagefind's UI: a chunk of its own, loaded by `search-dialog.ts` (with `search-results.css`) the
 * first time the search is opened or its button pointed at, never with the page.
 */

import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { PagefindUI } from '@pagefind/default-ui';
import { cleanQuery } from '../search/query.ts';
import { excerptLength, prepareResult, type Result } from '../search/results.ts';

interface Options {
	translations: Record<string, string>;
	stripTrailingSlash: boolean;
	/** The catalogue's verbs, which `cleanQuery` drops from a query naming a product. */
	searchVerbs: readonly string[];
}

/** Mounts Pagefind's UI in `element` with Starlight's settings (as Starlight's own `Search` does). */
export function mountSearch(
	element: HTMLElement,
	{ translations, stripTrailingSlash, searchVerbs }: Options,
): PagefindUI {
	const strip = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	const formatURL = stripTrailingSlash ? strip : (path: string) => path;
	/** The query Pagefind is searching: the results that arrive are ranked against it. */
	let searched = '';
	return new PagefindUI({
		...pagefindUserConfig,
		element,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
		showImages: false,
		translations,
		showSubResults: true,
		excerptLength,
		// « résilier mon VPS » is searched as « VPS »: the message still names what was typed.
		processTerm: (term: string) => {
			searched = cleanQuery(term, searchVerbs);
			return searched;
		},
		// The most relevant sections first, excerpts in prose (see search/results.ts).
		processResult: (result: Result) => {
			prepareResult(result, searched);
			result.url = formatURL(result.url);
			result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatURL(sub.url) }));
		},
	});
}
