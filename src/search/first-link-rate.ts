/**
 * Measures the search against the committed query table (`e2e/search-queries.json`) over a built
 * site: for each query, the sub-results the dialog shows under the guide, as Pagefind UI would
 * show them. Prints the rate of queries whose expected section (`anchor`) comes first, among the
 * queries that name a product and among all, and how many show it at all.
 *   node src/search/first-link-rate.ts [dist]
 */
import table from '../../e2e/search-queries.json' with { type: 'json' };
import { catalogue, products } from '../catalogue/index.ts';
import { cleanQuery } from './clean-query.ts';
import { loadPagefind } from './pagefind-node.ts';
import { prepareResult, shownSubResults } from './sub-results.ts';

const dist = process.argv[2] ?? 'dist';
const pagefind = await loadPagefind(dist);
const productAnchors = new Set(products.map((p) => p.anchor));
let productQueries = 0;
let productFirst = 0;
let allFirst = 0;
let tableFirst = 0;
let shown = 0;
for (const { query, anchor, first: expectedFirst } of table.queries) {
	const searched = cleanQuery(query, catalogue.searchVerbs);
	const results = await pagefind.search(searched);
	const guide = results.find((r) => r.url === table.page);
	const subs = guide ? shownSubResults(prepareResult(guide, searched)) : [];
	const anchors = subs.map((s) => s.url.split('#')[1] ?? '');
	const first = anchors[0] === anchor;
	if (anchors.includes(anchor)) shown++;
	if (first) allFirst++;
	if (anchors[0] === expectedFirst) tableFirst++;
	if (productAnchors.has(anchor)) {
		productQueries++;
		if (first) productFirst++;
	}
	console.log(
		`${first ? '✓' : anchors.includes(anchor) ? '·' : '✗'} « ${query} » → #${anchor}: ${anchors.join(', ')}${guide && results[0] !== guide ? ` (guide ${results.indexOf(guide) + 1}e)` : ''}`,
	);
}
const percent = (n: number, d: number) => `${n}/${d} (${Math.round((100 * n) / d)} %)`;
console.log(
	`\nproduit en premier (requêtes qui nomment un produit) : ${percent(productFirst, productQueries)}`,
);
console.log(
	`section attendue en premier (toutes les requêtes) : ${percent(allFirst, table.queries.length)}`,
);
console.log(
	`section attendue affichée (toutes les requêtes) : ${percent(shown, table.queries.length)}`,
);
console.log(
	`section « first » du tableau en premier : ${percent(tableFirst, table.queries.length)}`,
);
