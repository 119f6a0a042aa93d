import { products, universes } from '../src/catalogue/index.ts';
import { expect, guidePath, test } from './support/fixtures';

test.describe('the guide page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(guidePath);
	});

	test('is in French, titled, described and dated', async ({ page }) => {
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page).toHaveTitle(/^Comment résilier vos services OVHcloud/);
		await expect(page.locator('h1')).toHaveText('Comment résilier vos services OVHcloud');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			'Découvrez comment interrompre vos abonnements OVHcloud',
		);
		// Dated by the facts it holds, not by the day it was last built.
		await expect(page.locator('.facts-dates')).toContainText('19 janvier 2026');
		await expect(page.getByText('Dernière mise à jour')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
	});

	test('is the third entry of its sidebar group', async ({ page }) => {
		const group = page
			.locator('nav[aria-label="principale"] details')
			.filter({ hasText: 'Gérer mes services et leur renouvellement' });
		const entries = group.locator('ul a');
		await expect(entries).toHaveCount(3);
		await expect(entries.nth(2)).toHaveText('Comment résilier vos services OVHcloud');
		await expect(entries.nth(2)).toHaveAttribute('aria-current', 'page');
	});

	test('turns the callouts into asides', async ({ page }) => {
		await expect(page.locator('aside.starlight-aside--caution')).toContainText(
			'Seul le contact administrateur',
		);
		await expect(page.locator('aside.starlight-aside--note')).toContainText(
			'Avoir votre retour est essentiel pour nous',
		);
	});

	test('lists every universe and product, each link jumping to its section', async ({ page }) => {
		const list = page.locator('.sl-heading-wrapper:has(#resilier) ~ .product-index').first();
		for (const [index, universe] of universes.entries()) {
			await expect(
				list.getByRole('link', { name: `Univers ${index + 1}\u00a0: ${universe.label}` }),
			).toHaveAttribute('href', `#${universe.anchor}`);
		}
		for (const product of products) {
			const link = list.locator(`a[href="#${product.anchor}"]`);
			await expect(link).toHaveCount(1);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`#${product.anchor}$`));
			await expect(page.locator(`[id="${product.anchor}"]`)).toBeInViewport();
		}
	});

	test('shows a procedure under every product heading', async ({ page }) => {
		for (const product of products) {
			const heading = page.locator(`[id="${product.anchor}"]`);
			await expect(heading).toHaveText(
				universes.some((u) => u.anchor === product.anchor)
					? (universes.find((u) => u.anchor === product.anchor)?.label ?? '')
					: product.label,
			);
			const procedure = page
				.locator(`.sl-heading-wrapper:has([id="${product.anchor}"]) + .product-procedure`)
				.first();
			await expect(procedure, product.anchor).toBeVisible();
			const { ending } = product;
			await expect(procedure).toHaveAttribute('data-ending', ending.kind);
			if (ending.kind === 'standard' || ending.kind === 'undocumented') {
				await expect(procedure.locator('ol.procedure-steps > li')).toHaveCount(3);
				await expect(procedure.locator('.ui-action', { hasText: 'Résilier' })).toBeVisible();
				await expect(procedure.locator('.ui-action', { hasText: 'Valider' })).toBeVisible();
			}
			if ('guide' in ending) {
				await expect(procedure.getByRole('link', { name: 'guide', exact: true })).toHaveAttribute(
					'href',
					ending.guide.url,
				);
			}
			for (const note of 'notes' in ending ? ending.notes : []) {
				for (const segment of note) {
					if (typeof segment === 'string') await expect(procedure).toContainText(segment);
				}
			}
			await expect(procedure.locator('.product-ending')).toContainText('À retenir');
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

	test('says how to cancel a termination with the right labels', async ({ page }) => {
		const steps = page
			.locator('#annuler')
			.locator('xpath=ancestor::div[1]/following-sibling::ol[1]');
		await expect(steps).toContainText('Annuler la résiliation du service');
		await expect(steps).toContainText("Confirmer l'annulation");
		await expect(steps).not.toContainText('Résilier.');
	});

	test('follows French typography: no breakable space before « : ; ! ? » or inside guillemets', async ({
		page,
	}) => {
		const text = await page.locator('main').evaluate((main) => {
			const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
			let all = '';
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('script, style, code, pre')) continue;
				all += node.nodeValue;
			}
			return all;
		});
		const faults = [...text.matchAll(/.{0,25}(?:[ \n\t][:;!?»]|«[ \n\t]).{0,10}/g)].map(
			(m) => m[0],
		);
		expect(faults).toEqual([]);
	});
});
