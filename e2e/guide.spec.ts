import { products } from '../src/catalogue/index.ts';
import { expect, guidePath, test } from './support/fixtures';

/**
 * The guide page in a browser: what is drawn, and its links followed. Its language, title, sidebar,
 * asides, product list, procedures and typography are read in the build by
 * build-checks/guide.test.ts.
 */

test.describe('the guide page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(guidePath);
	});

	test('dates its facts, and shows every product’s procedure with its Control Panel labels', async ({
		page,
	}) => {
		// The page's own date, and, at the top, when the facts it holds date from.
		await expect(page.getByText('Dernière mise à jour')).toBeVisible();
		await expect(page.locator('.facts-dates')).toBeVisible();
		for (const product of products) {
			const procedure = page
				.locator(`.sl-heading-wrapper:has([id="${product.anchor}"]) + .product-procedure`)
				.first();
			await expect(procedure, product.anchor).toBeVisible();
			if (product.ending.kind === 'standard') {
				await expect(procedure.locator('.ui-action', { hasText: 'Résilier' })).toBeVisible();
				await expect(procedure.locator('.ui-action', { hasText: 'Valider' })).toBeVisible();
			}
		}
	});

	test('each product link of the list jumps to its section', async ({ page }) => {
		const list = page.locator('.sl-heading-wrapper:has(#resilier) ~ .product-index').first();
		for (const product of products) {
			const link = list.locator(`a[href="#${product.anchor}"]`);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`#${product.anchor}$`));
			await expect(page.locator(`[id="${product.anchor}"]`)).toBeInViewport();
		}
	});

	test('draws the services menu instead of missing screenshots', async ({ page }) => {
		const images = page.locator('img');
		for (const image of await images.all()) {
			expect(
				await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
			).toBe(true);
		}
		await expect(
			page
				.getByRole('img', { name: /le menu « ... » est ouvert et l’entrée « Résilier »/ })
				.first(),
		).toBeVisible();
		await expect(
			page.getByRole('img', {
				name: /l’entrée « Annuler la résiliation du service » est mise en évidence/,
			}),
		).toBeVisible();
	});
});
