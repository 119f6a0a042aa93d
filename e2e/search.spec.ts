import type { Page } from '@playwright/test';
import { products, sections } from '../src/catalogue/index.ts';
import table from './search-queries.json' with { type: 'json' };
import { expect, guidePath, test } from './support/fixtures';

/**
 * Customers' queries typed into the search dialog (Ctrl+K) from the home page: the guide's result
 * must show the expected section among its sub-results, and choosing it lands on that anchor.
 * The queries and anchors are the committed table `search-queries.json`.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const searchInput = '#starlight__search .pagefind-ui__search-input';

async function openSearch(page: Page) {
	await expect(page.locator('button[data-open-modal]')).toBeEnabled();
	await page.keyboard.press('Control+k');
	const input = page.locator(searchInput);
	await expect(input).toBeVisible();
	await expect(input).toBeFocused();
	return input;
}

async function typeQuery(page: Page, query: string) {
	const input = await openSearch(page);
	await input.fill('');
	await input.pressSequentially(query);
	// The message names the query once Pagefind has answered (it is debounced).
	await expect(page.locator('.pagefind-ui__message')).toHaveText(
		new RegExp(`^\\d+ résultats? pour «\\u00a0${escapeRegExp(query)}\\u00a0»$`),
	);
}

function guideResult(page: Page) {
	return page
		.locator('.pagefind-ui__result')
		.filter({ has: page.locator(`p > a.pagefind-ui__result-link[href="${guidePath}"]`) });
}

/** The table's queries, one test per expected anchor (they share a page, so that it runs fast). */
const byAnchor = Map.groupBy(table.queries, (q) => q.anchor);

test.describe('search lands on the section of the guide', () => {
	for (const [anchor, queries] of byAnchor) {
		test(`#${anchor} ← ${queries.map((q) => `« ${q.query} »`).join(', ')}`, async ({ page }) => {
			test.setTimeout(15_000 * (queries.length + 1));
			await page.goto('/');
			for (const { query } of queries) {
				await typeQuery(page, query);
				const result = guideResult(page);
				await expect(result, query).toHaveCount(1);
				const nested = result.locator('.pagefind-ui__result-nested a.pagefind-ui__result-link');
				const target = `${guidePath}#${anchor}`;
				const link = nested.and(page.locator(`[href="${target}"]`));
				await expect(link, `« ${query} » shows #${anchor}`).toHaveCount(1);
				const hrefs = await nested.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
				const pages = await page
					.locator('.pagefind-ui__result-title > a.pagefind-ui__result-link')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
				test.info().annotations.push({
					type: 'position',
					description: JSON.stringify({
						query,
						subResult: hrefs.indexOf(target) + 1,
						page: pages.indexOf(guidePath) + 1,
					}),
				});
				expect(hrefs.length).toBeLessThanOrEqual(3);

				await link.click();
				await expect(page).toHaveURL(new RegExp(`${escapeRegExp(target)}$`));
				await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
				await expect(page.locator('site-search dialog')).toBeHidden();
			}
		});
	}
});

test.describe('the query table', () => {
	test('covers every product and the sections the issue names', () => {
		const anchors = new Set(table.queries.map((q) => q.anchor));
		for (const product of products) expect(anchors, product.anchor).toContain(product.anchor);
		for (const anchor of ['annuler', 'consequences']) expect(anchors).toContain(anchor);
		for (const { anchor } of table.queries) {
			expect(
				products.some((p) => p.anchor === anchor) || sections.some((s) => s.anchor === anchor),
				anchor,
			).toBe(true);
		}
	});
});

interface SubResult {
	url: string;
	locations: number[];
}
interface ResultData {
	url: string;
	content: string;
	locations: number[];
	sub_results: SubResult[];
}

/** Pagefind's own answer for a query, through its API (deterministic). */
async function pagefindData(page: Page, query: string): Promise<ResultData[]> {
	return page.evaluate(async (q) => {
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const search = await pagefind.search(q);
		return Promise.all(search.results.map((r: { data: () => Promise<unknown> }) => r.data()));
	}, query);
}

test.describe('French text in the index', () => {
	test('elided words are found: « abonnement » in « l’abonnement », « échéance » in « d’échéance »', async ({
		page,
	}) => {
		await page.goto(guidePath);
		for (const [query, elision] of [
			['abonnement', 'l’'],
			['échéance', 'd’'],
		] as const) {
			const guide = (await pagefindData(page, query)).find((d) => d.url === guidePath);
			expect(guide, query).toBeDefined();
			const words = guide?.content.split(/\s+/) ?? [];
			const afterElision = (guide?.locations ?? []).filter((l) => words[l - 1] === elision);
			expect(afterElision.length, `${query} after ${elision}`).toBeGreaterThan(0);
		}
	});

	test('the interactive parts the index ignores (assistant, illustrations) do not reach it', async ({
		page,
	}) => {
		await page.goto(guidePath);
		const ignoredOnly = await page.locator('main').evaluate((main) => {
			const fold = (text: string) =>
				text
					.normalize('NFD')
					.replace(/\p{M}/gu, '')
					.toLowerCase()
					.split(/[^\p{L}\p{N}]+/u)
					.filter((w) => w.length >= 4);
			const indexed = main.cloneNode(true) as HTMLElement;
			for (const el of indexed.querySelectorAll('[data-pagefind-ignore]')) el.remove();
			const indexedWords = new Set(fold(indexed.textContent ?? ''));
			const words = new Set<string>();
			for (const el of main.querySelectorAll('[data-pagefind-ignore]')) {
				// With JavaScript on, a <noscript> holds its markup as text, which no one reads.
				const shown = el.cloneNode(true) as HTMLElement;
				for (const hidden of shown.querySelectorAll('noscript')) hidden.remove();
				for (const word of fold(shown.textContent ?? ''))
					if (!indexedWords.has(word)) words.add(word);
			}
			return [...words];
		});
		expect(ignoredOnly).toContain('illustration');
		const guide = (await pagefindData(page, 'résilier')).find((d) => d.url === guidePath);
		const indexed = new Set(
			(guide?.content ?? '')
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u),
		);
		expect(ignoredOnly.filter((word) => indexed.has(word))).toEqual([]);
	});
});

test.describe('the search dialog speaks French', () => {
	test('labels, counts and the empty result', async ({ page }) => {
		await page.goto('/');
		const input = await openSearch(page);
		await expect(input).toHaveAttribute('placeholder', 'Rechercher');
		await input.pressSequentially('vps');
		await expect(page.locator('.pagefind-ui__message')).toHaveText(
			/^\d+ résultats? pour «\u00a0vps\u00a0»$/,
		);
		await expect(page.locator('.pagefind-ui__search-clear')).toHaveText('Effacer');
		await input.fill('');
		await input.pressSequentially('zzqxwv');
		await expect(page.locator('.pagefind-ui__message')).toHaveText(
			'Aucun résultat pour «\u00a0zzqxwv\u00a0»',
		);
		const dialogText = await page.locator('site-search dialog').textContent();
		expect(dialogText).not.toMatch(/\b(results?|Clear|Load more|Searching|Cancel)\b/);
	});
});
