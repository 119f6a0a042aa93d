import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { products, sections, universes } from '../src/catalogue/index.ts';
import { expect, guidePath, test } from './support/fixtures';

/** The agents' page: every link from the catalogue, a copy button each, a filter, out of search. */
const agentsPath = '/billing/liens-support/';

const assistantHref = (action: 'resilier' | 'annuler', anchor: string) =>
	`${guidePath}?action=${action}&produit=${anchor}#assistant`;

/** The configured site (SITE_URL): the origin of the page's canonical link. */
async function siteOrigin(page: Page): Promise<string> {
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	return new URL(canonical ?? '').origin;
}

function entry(page: Page, anchor: string) {
	return page.locator(`[id="lien-${anchor}"]`);
}

test.describe('the agents’ page « Liens pour le support »', () => {
	test('lists every section, universe and product with its permanent address', async ({ page }) => {
		await page.goto(agentsPath);
		await expect(page.locator('h1')).toHaveText('Liens pour le support');
		const site = await siteOrigin(page);
		for (const section of sections) {
			const link = entry(page, section.anchor).locator(`a[href="${guidePath}#${section.anchor}"]`);
			await expect(link, section.anchor).toHaveText(`${site}${guidePath}#${section.anchor}`);
			for (const alias of section.aliases) {
				await expect(entry(page, section.anchor)).toContainText(`#${alias}`);
			}
		}
		for (const universe of universes) {
			await expect(page.locator(`a[href="${guidePath}#${universe.anchor}"]`).first()).toBeVisible();
		}
		for (const product of products) {
			const box = entry(page, product.anchor);
			await expect(box.getByRole('heading', { name: product.label, exact: true })).toBeVisible();
			await expect(box.locator(`a[href="${guidePath}#${product.anchor}"]`)).toHaveText(
				`${site}${guidePath}#${product.anchor}`,
			);
			for (const action of ['resilier', 'annuler'] as const) {
				const href = assistantHref(action, product.anchor);
				await expect(box.locator(`a[href="${href}"]`), href).toHaveText(`${site}${href}`);
			}
			for (const alias of product.aliases) await expect(box).toContainText(`#${alias}`);
		}
	});

	test('every link opens its section, or the assistant with the action and product set', async ({
		page,
	}) => {
		test.setTimeout(300_000);
		await page.goto(agentsPath);
		const hrefs = await page
			.locator('[data-support-links] a[href]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBe(
			sections.length +
				universes.filter((u) => !products.some((p) => p.anchor === u.anchor)).length +
				products.length * 3,
		);
		for (const href of hrefs) {
			const target = new URL(href, page.url());
			// A fresh load each time (from the guide, a link to another anchor would only scroll).
			await page.goto('about:blank');
			const request = page.waitForRequest(
				(r) => r.isNavigationRequest() && new URL(r.url()).pathname === guidePath,
			);
			await page.goto(target.href);
			// The guide receives the link's query (the assistant reads it) and keeps its anchor.
			expect(new URL((await request).url()).search, href).toBe(target.search);
			const url = new URL(page.url());
			expect(url.pathname, href).toBe(guidePath);
			expect(url.hash, href).toBe(target.hash);
			await expect(page.locator(`[id="${target.hash.slice(1)}"]`), href).toBeInViewport();
			if (target.searchParams.has('action')) {
				await expect(page.locator('[data-assistant-step]')).toHaveCount(1);
			}
		}
	});

	test('« Copier » copies the address and says so to screen readers', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(agentsPath);
		const site = await siteOrigin(page);
		const box = entry(page, 'vps');
		const button = box.getByRole('button', {
			name: 'Copier le lien « Assistant : résilier » de « VPS (Virtual Private Servers) »',
		});
		await expect(button).toBeVisible();
		await button.click();
		const expected = `${site}${assistantHref('resilier', 'vps')}`;
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		const status = page
			.locator('[data-support-links]')
			.filter({ has: box })
			.locator('[data-copy-status]');
		await expect(status).toHaveText(`Lien copié\u00a0: ${expected}`);
		await expect(status).toHaveAttribute('role', 'status');
		// A visible « Copié » beside the button (screen readers hear the status instead).
		await expect(button.locator('xpath=following-sibling::*[1]')).toHaveText('Copié');
		await expect(button.locator('xpath=following-sibling::*[1]')).toBeVisible();
	});

	test('finds a product from part of its name, accents and case ignored', async ({ page }) => {
		await page.goto(agentsPath);
		const filter = page.getByRole('searchbox', { name: 'Trouver un produit' });
		const shown = () =>
			page
				.locator('[data-product]:visible')
				.evaluateAll((items) => items.map((item) => item.id.replace('lien-', '')));
		await filter.fill('vps');
		await expect.poll(shown).toEqual(['vps']);
		await expect(page.locator('[data-filter-status]')).toHaveText('1 produit correspond.');
		await filter.fill('DEDIE');
		await expect.poll(shown).toEqual(['dedicated']);
		await filter.fill('hebergement');
		const hosting = await shown();
		await filter.fill('Hébergement');
		await expect.poll(shown).toEqual(hosting);
		expect(hosting).toEqual(expect.arrayContaining(['hosting', 'plesk']));
		await filter.fill('mx pl');
		await expect.poll(shown).toEqual(['mxplan']);
		// Universes with no product shown are hidden too.
		await expect(page.locator('[data-universe]:visible')).toHaveCount(1);
		await filter.fill('zzz');
		await expect.poll(shown).toEqual([]);
		await expect(page.locator('[data-filter-status]')).toHaveText(
			'Aucun produit ne correspond à «\u00a0zzz\u00a0».',
		);
		await filter.press('Escape');
		await expect.poll(shown).toEqual(products.map((p) => p.anchor));
	});

	test('without JavaScript: every link, and no control that does nothing', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(agentsPath);
		await expect(page.locator('[data-support-links] a[href]:visible')).toHaveCount(
			sections.length +
				universes.filter((u) => !products.some((p) => p.anchor === u.anchor)).length +
				products.length * 3,
		);
		await expect(page.locator('[data-support-links] button:visible')).toHaveCount(0);
		await expect(page.locator('[data-support-links] input:visible')).toHaveCount(0);
		await context.close();
	});

	test('is out of the search and at the end of the sidebar, and the guide leads to it', async ({
		page,
	}) => {
		await page.goto(agentsPath);
		await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body');
		const found = await page.evaluate(async () => {
			const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
			const urls: string[] = [];
			for (const query of ['liens pour le support', 'copier', 'anciennes ancres']) {
				const search = await pagefind.search(query);
				for (const result of search.results) urls.push((await result.data()).url);
			}
			return urls;
		});
		expect(found).not.toContain(agentsPath);

		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(guidePath);
		const groups = page.locator('#starlight__sidebar ul.top-level > li');
		await expect(groups.last().locator('summary')).toHaveText('Pour le support');
		await expect(groups.last().getByRole('link')).toHaveText('Liens pour le support');
		await expect(groups.last().getByRole('link')).toHaveAttribute('href', agentsPath);
		// The guide's own group stays as it was: the agents' page is not in the customers' path.
		await expect(groups.first().getByRole('link', { name: 'Liens pour le support' })).toHaveCount(
			0,
		);
		// The guide's footer leads to it.
		await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute(
			'href',
			agentsPath,
		);
	});

	for (const theme of ['dark', 'light'] as const) {
		test(`has no accessibility violation (axe, ${theme} theme)`, async ({ page }) => {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(agentsPath);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expect(page.getByRole('searchbox', { name: 'Trouver un produit' })).toBeVisible();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}
});
