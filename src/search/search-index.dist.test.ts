/**
 * The search index of the built site (`dist`, or `SEARCH_DIST`), searched with Pagefind's own
 * `pagefind.js` in Node, its results shown as the dialog shows them (`sub-results.ts`): the committed
 * query table (`e2e/search-queries.json`), the excerpts and the French words. Run after a build:
 * `npm run build && npm run test:dist`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as plainText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../build-checks/built-site.ts';
import table from '../../e2e/search-queries.json' with { type: 'json' };
import { catalogue, products, sections } from '../catalogue/index.ts';
import { cleanQuery } from './clean-query.ts';
import { loadPagefind, type NodePagefind, type ResultData } from './pagefind-node.ts';
import { prepareResult, shownSubResults } from './sub-results.ts';
import { termsEnd, termsStart } from './terms-markers.ts';

const dist = process.env.SEARCH_DIST ?? 'dist';
const guideFile = join(dist, table.page, 'index.html');

let pagefind: NodePagefind;
beforeAll(async () => {
	if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
		throw new Error(`${dist}/pagefind/pagefind.js is missing: run \`npm run build\` first`);
	}
	pagefind = await loadPagefind(dist);
});

/** What the dialog shows for a query typed by a customer: each result as `prepareResult` leaves it. */
async function shown(typed: string): Promise<ResultData[]> {
	const query = cleanQuery(typed, catalogue.searchVerbs);
	return (await pagefind.search(query)).map((result) => prepareResult(result, query));
}

const anchorOf = (url: string) => url.split('#')[1] ?? '';

describe('the query table', () => {
	it('covers every product and the sections the issue names, with anchors that exist', () => {
		const anchors = new Set(table.queries.map((q) => q.anchor));
		for (const product of products) expect(anchors, product.anchor).toContain(product.anchor);
		for (const anchor of ['annuler', 'consequences']) expect(anchors).toContain(anchor);
		const known = new Set([...products, ...sections].map((entry) => entry.anchor));
		for (const { query, anchor, first } of table.queries) {
			expect(known.has(anchor), `${query}: #${anchor}`).toBe(true);
			expect(known.has(first), `${query}: #${first}`).toBe(true);
		}
	});

	it('a query naming a product shows that product first', () => {
		const productAnchors = new Set(products.map((p) => p.anchor));
		for (const { query, anchor, first } of table.queries) {
			if (productAnchors.has(anchor)) expect(first, query).toBe(anchor);
		}
	});

	for (const { query, anchor, first } of table.queries) {
		it(`« ${query} » shows #${anchor}, and #${first} first under the guide`, async () => {
			const guide = (await shown(query)).find((result) => result.url === table.page);
			expect(guide, `« ${query} » finds the guide`).toBeDefined();
			const subs = guide ? shownSubResults(guide).map((sub) => anchorOf(sub.url)) : [];
			expect(subs.length).toBeLessThanOrEqual(3);
			expect(subs, `« ${query} »`).toContain(anchor);
			expect(subs[0], `« ${query} » first`).toBe(first);
		});
	}
});

/** The text of an element, its blocks apart, without scripts, styles and `<noscript>`. */
function textOf(node: Element | Root, skip: (el: Element) => boolean = () => false): string {
	const parts: string[] = [];
	const walk = (child: ElementContent | Root) => {
		if (child.type === 'text') parts.push(child.value);
		if (child.type !== 'element' && child.type !== 'root') return;
		if (child.type === 'element') {
			if (['script', 'style', 'noscript', 'template'].includes(child.tagName)) return;
			if (skip(child)) return;
		}
		for (const grandChild of child.children)
			if (grandChild.type !== 'doctype') walk(grandChild as ElementContent);
		parts.push(' ');
	};
	walk(node);
	return parts.join('');
}

function findAll(node: Element | Root, test: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (test(child)) found.push(child);
		found.push(...findAll(child, test));
	}
	return found;
}

const isIgnored = (el: Element) => el.properties.dataPagefindIgnore !== undefined;

const guideTree = () => builtSite(dist).page(table.page).tree;
const guideMain = () => {
	const main = findAll(guideTree(), (el) => el.tagName === 'main')[0];
	if (!main) throw new Error(`no <main> in ${guideFile}`);
	return main;
};

/** Letters and digits only, lower case: what an excerpt shares with the page it comes from. */
const letters = (text: string) =>
	text
		.replace(/<\/?mark>/g, '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');

describe('excerpts', () => {
	const queries = [
		...table.queries.map((q) => q.query),
		'serveur privé virtuel',
		'résiliation',
		'espace client',
	];

	it('are prose from the page: no search words, no hidden text, elisions joined', async () => {
		// The page's text as Pagefind reads it: without the parts it ignores (« Copier le lien… »).
		const pageLetters = letters(textOf(guideMain(), isIgnored));
		let checked = 0;
		for (const query of queries) {
			for (const result of await shown(query)) {
				if (result.url !== table.page) continue;
				for (const excerpt of [result.excerpt, ...shownSubResults(result).map((s) => s.excerpt)]) {
					const where = `« ${query} »: ${excerpt}`;
					expect(excerpt, where).not.toContain(termsStart);
					expect(excerpt, where).not.toContain(termsEnd);
					// An elided word followed by a space: not joined again.
					expect(excerpt, where).not.toMatch(/(^|[^\p{L}])(jusqu|lorsqu|qu|[cdjlmnst])’ /iu);
					// Every letter of it is in the page's text, in that order.
					expect(pageLetters.includes(letters(excerpt)), where).toBe(true);
					expect(letters(excerpt).length, where).toBeGreaterThan(0);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(table.queries.length);
	});
});

describe('French text in the index', () => {
	it('finds elided words alone: « abonnement » in « l’abonnement », « échéance » in « d’échéance »', async () => {
		for (const [query, elision] of [
			['abonnement', 'l’'],
			['échéance', 'd’'],
		] as const) {
			const guide = (await pagefind.search(query)).find((d) => d.url === table.page);
			expect(guide, query).toBeDefined();
			const words = guide?.content.split(/\s+/) ?? [];
			const afterElision = (guide?.locations ?? []).filter((l) => words[l - 1] === elision);
			expect(afterElision.length, `${query} after ${elision}`).toBeGreaterThan(0);
		}
	});

	it('stems and folds accents: « resilier » finds « résiliation », marked', async () => {
		const results = await shown('resilier');
		const excerpts = results.flatMap((r) => [r.excerpt, ...r.sub_results.map((s) => s.excerpt)]);
		const marked = excerpts.flatMap((e) =>
			selectAll('mark', fromHtml(e, { fragment: true })).map((mark) => plainText(mark)),
		);
		expect(marked.length).toBeGreaterThan(0);
		expect(marked.some((word) => /^résili/i.test(word))).toBe(true);
	});

	it('ships no search words or word breaks in the pages', () => {
		const html = builtSite(dist).page(table.page).html;
		expect(html).not.toContain(termsStart);
		expect(html).not.toContain('data-pagefind-index-attrs');
		expect(html).not.toMatch(/data-search-terms|data-word-break/);
	});

	it('leaves out the interactive parts the index ignores (assistant, illustrations)', async () => {
		const main = guideMain();
		const fold = (text: string) =>
			text
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u)
				.filter((w) => w.length >= 4);
		const indexedWords = new Set(fold(textOf(main, isIgnored)));
		const ignoredOnly = new Set<string>();
		for (const el of findAll(main, isIgnored)) {
			for (const word of fold(textOf(el))) if (!indexedWords.has(word)) ignoredOnly.add(word);
		}
		// The assistant's pending message, say: in the page, not in the index.
		expect([...ignoredOnly]).toContain('chargement');
		const guide = (await pagefind.search('résilier')).find((d) => d.url === table.page);
		const indexed = new Set(fold(guide?.content ?? ''));
		expect([...ignoredOnly].filter((word) => indexed.has(word))).toEqual([]);
	});
});
