/**
 * Pagefind's UI: a chunk of its own, loaded by `search-dialog.ts` (with `search-results.css`) the
 * first time the search is opened or its button pointed at, never with the page.
 */

import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { PagefindUI } from '@pagefind/default-ui';

interface Options {
	translations: Record<string, string>;
	stripTrailingSlash: boolean;
}

interface Result {
	url: string;
	sub_results: Array<{ url: string }>;
}

/** Mounts Pagefind's UI in `element` with Starlight's settings (as Starlight's own `Search` does). */
export function mountSearch(
	element: HTMLElement,
	{ translations, stripTrailingSlash }: Options,
): PagefindUI {
	const strip = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	const formatURL = stripTrailingSlash ? strip : (path: string) => path;
	return new PagefindUI({
		...pagefindUserConfig,
		element,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
		showImages: false,
		translations,
		showSubResults: true,
		processResult: (result: Result) => {
			result.url = formatURL(result.url);
			result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatURL(sub.url) }));
		},
	});
}
