/**
 * Pagefind's UI: a chunk of its own, loaded by `site-search.ts` (with `search-results.css`) the
 * first time the search is opened or its button pointed at, never with the page. Its name is
 * part of the contract: e2e/security.spec.ts holds back `search-ui.*.js` to test the dialog.
 */

import { PagefindUI } from '@pagefind/default-ui';
import { catalogueData } from '../../catalogue/data.ts';
import { cleanQuery } from '../clean-query.ts';
import { type Suggestion, suggestionSentence, suggestProducts } from '../did-you-mean.ts';
import { pagefindRanking } from '../pagefind-ranking.ts';
import { excerptLength, prepareResult, type Result } from '../sub-results.ts';

interface Options {
	translations: Record<string, string>;
	stripTrailingSlash: boolean;
	/** The catalogue's verbs, which `cleanQuery` drops from a query naming a product. */
	searchVerbs: readonly string[];
	/** « Vouliez-vous dire : [SUGGESTIONS] ? » */
	didYouMean: string;
	/** The guide, whose sections the suggestions link to. */
	guidePath: string;
	/** Where the suggestions go, after Pagefind's UI. */
	suggestionBox: HTMLElement;
	/** A polite live region (`role="status"`): the count of results is read from it. */
	status: HTMLElement;
}

type UiOptions = Options & { formatURL: (path: string) => string };

/** Once the results stop changing for this long (typing paused, results drawn), they are told. */
const settleMs = 500;

/** Mounts Pagefind's UI in `element` with Starlight's settings (as Starlight 0.42.4's own `Search` does). */
export function mountSearch(element: HTMLElement, options: Options): PagefindUI {
	const { translations, stripTrailingSlash, searchVerbs } = options;
	const strip = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	const formatURL = stripTrailingSlash ? strip : (path: string) => path;
	/** The query Pagefind is searching: the results that arrive are ranked against it. */
	let searched = '';
	const ui = new PagefindUI({
		ranking: pagefindRanking,
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
		// The most relevant sections first, excerpts in prose (see search/sub-results.ts).
		processResult: (result: Result) => {
			prepareResult(result, searched);
			result.url = formatURL(result.url);
			result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatURL(sub.url) }));
		},
	});
	watchResults(element, () => searched, { ...options, formatURL });
	return ui;
}

/**
 * Once the results settle: the products a query seems to misspell, as links under the message
 * (when it found nothing, or found none of those products' sections), and the message with them
 * in the live region (« 3 résultats pour « vps » », « Aucun résultat… Vouliez-vous dire… »).
 * Pagefind's list gets `role="list"`: with `list-style: none`, Safari would drop the role.
 */
function watchResults(root: HTMLElement, searched: () => string, options: UiOptions): void {
	const { status, suggestionBox } = options;
	let shownFor = '';
	const update = () => {
		const list = root.querySelector('.pagefind-ui__results');
		const message = root.querySelector('.pagefind-ui__message');
		list?.setAttribute('role', 'list');
		const suggestions = list ? suggestionsFor(searched(), list) : [];
		const key = JSON.stringify(suggestions);
		if (key !== shownFor) {
			showSuggestions(suggestions, options);
			shownFor = key;
		}
		// Right under the message (moving it is a change Pagefind's UI leaves alone).
		if (list && message && message.nextElementSibling !== suggestionBox)
			message.after(suggestionBox);
		const told = list
			? [message?.textContent, suggestionBox.textContent].map((t) => t?.trim()).filter(Boolean)
			: [];
		if (status.textContent !== told.join(' ')) status.textContent = told.join(' ');
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	new MutationObserver(() => {
		clearTimeout(timer);
		timer = setTimeout(update, settleMs);
	}).observe(root, { childList: true, subtree: true, characterData: true });
}

/** Products close to the query: all of them when nothing was found, else the misspelt ones not shown. */
function suggestionsFor(query: string, list: Element): Suggestion[] {
	const suggestions = suggestProducts(query, catalogueData.products);
	if (list.children.length === 0) return suggestions;
	const shown = [...list.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')].map((link) =>
		link.hash.slice(1),
	);
	return suggestions.filter((s) => s.typos > 0 && !shown.includes(s.anchor));
}

/** « Vouliez-vous dire : OverTheBox (OTB) ? », each product a link to its section. */
function showSuggestions(
	suggestions: readonly Suggestion[],
	{ suggestionBox, didYouMean, guidePath, formatURL }: UiOptions,
): void {
	const parts = suggestionSentence(didYouMean, suggestions).map((part) => {
		if ('text' in part) return part.text;
		const link = document.createElement('a');
		link.href = formatURL(`${guidePath}#${part.suggestion.anchor}`);
		link.textContent = part.suggestion.label;
		return link;
	});
	suggestionBox.replaceChildren(...parts);
	suggestionBox.hidden = parts.length === 0;
}
