/**
 * Pagefind's ranking weights, as the dialog gives them to Pagefind's UI (`dialog/search-ui.ts`).
 * Starlight's own `Search` reads them from its `pagefind` option through an internal module
 * (`virtual:starlight/pagefind-config`); the site's search replaces that component, so Starlight's
 * `pagefind.ranking` option in astro.config.mjs has no effect: change the weights here. The values
 * are Starlight 0.42.4's defaults (`schemas/pagefind.ts`), which the site's search always used:
 * they favour pages that hold a query's words often and forgive typos more than Pagefind's own.
 */
export const pagefindRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
};
