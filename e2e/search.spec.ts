import type { Page } from '@playwright/test';
import table from './search-queries.json' with { type: 'json' };
import { expect, guidePath, test } from './support/fixtures';

/**
 * The search dialog in a real browser: a few of the customers' queries of the committed table
 * (`search-queries.json`) typed into it, what it shows and says, and where its links land. The
 * whole table is checked against the built index in vitest (`src/search/search-index.dist.test.ts`).
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
		new RegExp(
			`^(\\d+ résultats? pour|Aucun résultat pour) «\\u00a0${escapeRegExp(query)}\\u00a0»$`,
		),
	);
	return input;
}

function guideResult(page: Page) {
	return page
		.locator('.pagefind-ui__result')
		.filter({ has: page.locator(`p > a.pagefind-ui__result-link[href="${guidePath}"]`) });
}

function entry(query: string) {
	const found = table.queries.find((q) => q.query === query);
	if (!found) throw new Error(`« ${query} » is not in search-queries.json`);
	return found;
}

test.describe('search lands on the section of the guide', () => {
	// A product by a customer's word, a product by a word the page does not hold, the rules.
	for (const query of ['crédits SMS', 'résilier ma fibre', 'annuler la résiliation']) {
		const { first } = entry(query);
		test(`« ${query} » shows #${first} first under the guide, in prose, and lands on it`, async ({
			page,
		}) => {
			await page.goto('/');
			await typeQuery(page, query);
			const result = guideResult(page);
			await expect(result).toHaveCount(1);
			const nested = result.locator('.pagefind-ui__result-nested');
			const firstSection = nested.first();
			const link = firstSection.locator('a.pagefind-ui__result-link');
			await expect(link).toHaveAttribute('href', `${guidePath}#${first}`);
			expect(await nested.count()).toBeLessThanOrEqual(3);
			// The excerpt is the section's prose: the index's search words never show.
			const excerpt = firstSection.locator('.pagefind-ui__result-excerpt');
			await expect(excerpt).not.toBeEmpty();
			await expect(excerpt).not.toHaveText(/[⟦⟧]|[dl]’ \p{L}/u);

			await link.click();
			await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${guidePath}#${first}`)}$`));
			await expect(page.locator(`[id="${first}"]`)).toBeInViewport();
			await expect(page.locator('site-search dialog')).toBeHidden();
		});
	}

	test('a product name with a typo suggests the product, and the suggestion lands on its section', async ({
		page,
	}) => {
		await page.goto('/');
		await typeQuery(page, 'oevrthebox');
		await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);
		const suggestion = page.locator('[data-search-suggestion]');
		await expect(suggestion).toHaveText('Vouliez-vous dire\u00a0: OverTheBox (OTB)\u202f?');
		await expect(page.locator('[data-search-status]')).toHaveText(
			'Aucun résultat pour «\u00a0oevrthebox\u00a0» Vouliez-vous dire\u00a0: OverTheBox (OTB)\u202f?',
		);
		await suggestion.getByRole('link', { name: 'OverTheBox (OTB)' }).click();
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${guidePath}#otb`)}$`));
		await expect(page.locator('[id="otb"]')).toBeInViewport();
		await expect(page.locator('site-search dialog')).toBeHidden();
	});
});

test.describe('the search dialog with a screen reader and a keyboard', () => {
	test('the number of results is announced politely, the results are a list, the field keeps the focus', async ({
		page,
	}) => {
		await page.goto('/');
		const input = await typeQuery(page, 'vps');
		const dialog = page.locator('site-search dialog');
		// The accessibility tree reads non-breaking spaces as spaces.
		await expect(dialog).toMatchAriaSnapshot(`
			- status: /^\\d+ résultats? pour « vps »$/
		`);
		await expect(page.locator('[data-search-status]')).toHaveAttribute('role', 'status');
		await expect(dialog.getByRole('list').first().getByRole('listitem').first()).toBeVisible();
		await expect(input).toBeFocused();
		// A new query replaces what is told.
		await input.fill('');
		await input.pressSequentially('zzqxwv');
		await expect(dialog).toMatchAriaSnapshot(`
			- status: "Aucun résultat pour « zzqxwv »"
		`);
		await expect(input).toBeFocused();
	});

	test('Escape closes the dialog and gives the focus back to the button that opened it', async ({
		page,
	}) => {
		await page.goto('/');
		const button = page.locator('button[data-open-modal]');
		await expect(button).toBeEnabled();
		await button.click();
		const dialog = page.locator('site-search dialog');
		const input = page.locator(searchInput);
		await expect(input).toBeFocused();
		await input.pressSequentially('vps');
		await expect(page.locator('.pagefind-ui__message')).toHaveText(/pour «\u00a0vps\u00a0»$/);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();

		// Opened from the page with Ctrl+K: the focus goes to the search button too.
		await page.locator('body').click({ position: { x: 5, y: 300 } });
		await page.keyboard.press('Control+k');
		await expect(input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
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
		await expect(page.locator('[data-search-suggestion]')).toBeHidden();
		const dialogText = await page.locator('site-search dialog').textContent();
		expect(dialogText).not.toMatch(/\b(results?|Clear|Load more|Searching|Cancel)\b/);
	});
});
