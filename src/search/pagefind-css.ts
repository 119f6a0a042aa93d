/**
 * A PostCSS step for Vite: in Pagefind UI's stylesheet (`@pagefind/default-ui/css/ui.css`, pulled
 * into `dialog/search-results.css`), its variables' defaults move from `:root` to the search's
 * element, `#site-search` (`SiteSearch.astro`, the dialog's parent). On `:root`, they changed a custom property of the whole page
 * when the stylesheet arrives with the dialog's first opening: Chrome then restyles and lays out
 * every element of the guide (about 1,600 layout objects), inside the interaction (issue 15).
 * Scoped by an id, the new sheet restyles only the search. The dialog sets its own values for them
 * (`SearchDialog.astro`), which its content inherits as before.
 */
interface CssRule {
	selector: string;
	source?: { input?: { file?: string } };
}

const pagefindStylesheet = /@pagefind[\\/]default-ui[\\/]css[\\/]ui\.css$/;

export function pagefindVariablesOnTheSearch() {
	return {
		postcssPlugin: 'pagefind-variables-on-the-search',
		Rule(rule: CssRule) {
			const file = rule.source?.input?.file ?? '';
			if (rule.selector === ':root' && pagefindStylesheet.test(file)) {
				rule.selector = '#site-search';
			}
		},
	};
}
