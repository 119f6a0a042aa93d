import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { products, sections, universes } from '../src/catalogue/index.ts';
import { supportLinks } from '../src/support/entries.ts';
import { expect, guidePath, test } from './support/fixtures';

/**
 * The agents' page: every link from the catalogue, copy buttons, a filter, out of search. What the
 * build writes (TOC, liens.json) is read from dist and dist-base without a browser, by vitest:
 * src/support/support-links.dist.test.ts.
 */
const agentsPath = '/billing/liens-support/';
const data = supportLinks();
const productEntries = data.universes.flatMap((universe) => universe.products);
/** Every link of the page, in page order, with the label its export gives it. */
const pageLinks = [...data.sections, ...data.universes.flatMap((u) => [u, ...u.products])].flatMap(
	(entry) =>
		entry.links.map((link) => ({ label: `${entry.title} — ${link.label}`, href: link.href })),
);

const port = Number(process.env.E2E_PORT ?? 4399);
/** The two test servers (playwright.config.ts): the site at the root, and built for `/aide/`. */
const servers = [
	{
		name: 'root',
		base: '',
		origin: `http://127.0.0.1:${port}`,
	},
	{
		name: '/aide/',
		base: '/aide',
		origin: `http://127.0.0.1:${Number(process.env.E2E_BASE_PORT ?? port + 1)}`,
	},
] as const;

function entry(page: Page, anchor: string) {
	return page.locator(`[data-entry="${anchor}"]`);
}

const linkCount = pageLinks.length;

test.describe('the agents’ page « Liens pour le support »', () => {
	test('lists every section, universe and product with its permanent address', async ({ page }) => {
		await page.goto(agentsPath);
		await expect(page.locator('h1')).toHaveText('Liens pour le support');
		const origin = new URL(page.url()).origin;
		for (const section of sections) {
			const box = entry(page, section.anchor);
			await expect(box.getByRole('heading', { name: section.title, exact: true })).toBeVisible();
			const link = box.locator(`a[href="${guidePath}#${section.anchor}"]`);
			await expect(link, section.anchor).toHaveText(`${origin}${guidePath}#${section.anchor}`);
			for (const alias of section.aliases) await expect(box).toContainText(`#${alias}`);
		}
		for (const universe of universes) {
			await expect(page.locator(`[id="univers-${universe.anchor}"]`)).toBeVisible();
		}
		for (const product of productEntries) {
			const box = entry(page, product.anchor);
			await expect(box.getByRole('heading', { name: product.title, exact: true })).toBeVisible();
			for (const link of product.links) {
				await expect(box.locator(`a[href="${link.href}"]`), link.href).toHaveText(
					`${origin}${link.href}`,
				);
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
			.locator('[data-link] a[href]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toEqual(pageLinks.map((link) => link.href));
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
			// An assistant link ends with the guide's text for it (where a reader without JavaScript
			// lands); with JavaScript the page moves to the assistant.
			const assistant = target.searchParams.has('action');
			const landing = assistant ? '#assistant' : target.hash;
			await expect.poll(() => new URL(page.url()).hash, href).toBe(landing);
			await expect(page.locator(`[id="${landing.slice(1)}"]`), href).toBeInViewport();
			if (assistant) {
				await expect(page.locator('[data-assistant-step]')).toHaveCount(1);
				expect(target.hash, href).not.toBe('#assistant');
				await expect(page.locator(`[id="${target.hash.slice(1)}"]`), href).toHaveCount(1);
			}
		}
	});

	for (const server of servers) {
		test.describe(`served at ${server.name}`, () => {
			test.use({ baseURL: server.origin });
			const served = (href: string) => `${server.origin}${server.base}${href}`;
			const openWithClipboard = async (page: Page, context: BrowserContext) => {
				await context.grantPermissions(['clipboard-read', 'clipboard-write']);
				await page.goto(`${server.base}${agentsPath}`);
			};

			test('shows and copies every address on the serving host, and says so', async ({
				page,
				context,
			}) => {
				await openWithClipboard(page, context);
				const shown = await page
					.locator('[data-link] a[href]')
					.evaluateAll((links) => links.map((a) => a.textContent));
				expect(shown).toEqual(pageLinks.map((link) => served(link.href)));

				const box = entry(page, 'vps');
				const button = box.getByRole('button', {
					name: 'Copier le lien « Résilier avec l’assistant » de « VPS (Virtual Private Servers) »',
				});
				await button.click();
				const expected = served(`${guidePath}?action=resilier&produit=vps#vps`);
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
				const status = page.locator('[data-copy-status]');
				await expect(status).toHaveText(`Lien copié\u00a0: ${expected}`);
				await expect(status).toHaveAttribute('role', 'status');
				// A visible « Copié » beside the button (screen readers hear the status instead).
				await expect(button.locator('xpath=following-sibling::*[1]')).toHaveText('Copié');
				await expect(button.locator('xpath=following-sibling::*[1]')).toBeVisible();
			});

			test('« Copier tous les liens » copies a product’s links and the page’s, as text and Markdown', async ({
				page,
				context,
			}) => {
				await openWithClipboard(page, context);
				const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
				const status = page.locator('[data-copy-status]');
				const vps = productEntries.find((p) => p.anchor === 'vps');
				const vpsLinks = vps?.links ?? [];
				expect(vpsLinks.length).toBeGreaterThan(1);

				await entry(page, 'vps')
					.getByRole('button', {
						name: 'Copier tous les liens (Markdown) de « VPS (Virtual Private Servers) »',
					})
					.click();
				await expect
					.poll(clipboard)
					.toBe(
						vpsLinks
							.map((l) => `- [VPS (Virtual Private Servers) — ${l.label}](${served(l.href)})\n`)
							.join(''),
					);
				await expect(status).toHaveText(
					`${vpsLinks.length} liens copiés en Markdown, de «\u00a0VPS (Virtual Private Servers)\u00a0».`,
				);

				await page
					.getByRole('button', { name: 'Copier tous les liens (texte) de la page' })
					.click();
				await expect
					.poll(clipboard)
					.toBe(pageLinks.map((l) => `${l.label}\u00a0: ${served(l.href)}\n`).join(''));
				await expect(status).toHaveText(`${linkCount} liens copiés en texte, de la page.`);
				const pageButton = page.getByRole('button', {
					name: 'Copier tous les liens (texte) de la page',
				});
				await expect(pageButton.locator('xpath=following-sibling::*[1]')).toBeVisible();
			});
		});
	}

	test('finds a product from part of its name, accents and case ignored', async ({ page }) => {
		await page.goto(agentsPath);
		const filter = page.getByRole('searchbox', { name: 'Trouver un produit' });
		const shown = () =>
			page
				.locator('[data-product]:visible')
				.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.entry));
		await filter.fill('vps');
		await expect.poll(shown).toEqual(['vps']);
		await expect(page.locator('[data-filter-status]')).toHaveText('1 produit correspond.');
		// The product's heading goes with its box.
		await expect(page.locator('#lien-vps')).toBeVisible();
		await expect(page.locator('#lien-dedicated')).toBeHidden();
		await filter.fill('DEDIE');
		await expect.poll(shown).toEqual(['dedicated']);
		await filter.fill('hebergement');
		const hosting = await shown();
		await filter.fill('Hébergement');
		await expect.poll(shown).toEqual(hosting);
		expect(hosting).toEqual(expect.arrayContaining(['hosting', 'plesk']));
		await filter.fill('mx pl');
		await expect.poll(shown).toEqual(['mxplan']);
		// Universes with no product shown are hidden too, their heading included.
		await expect(page.locator('[data-universe]:visible')).toHaveCount(1);
		await expect(page.locator('#univers-baremetalcloud')).toBeHidden();
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
		await expect(page.locator('[data-link] a[href]:visible')).toHaveCount(linkCount);
		await expect(page.locator('.sl-markdown-content button:visible')).toHaveCount(0);
		await expect(page.locator('.sl-markdown-content input:visible')).toHaveCount(0);
		await expect(page.locator('[data-product]:visible')).toHaveCount(products.length);
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

	for (const width of [1280, 360]) {
		for (const theme of ['dark', 'light'] as const) {
			test(`has no accessibility violation (axe, ${theme} theme, ${width} px)`, async ({
				page,
			}) => {
				// axe over some 300 links and buttons: over 30 s on a busy 2-core machine.
				test.setTimeout(120_000);
				await page.setViewportSize({ width, height: 900 });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(agentsPath);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await expect(page.getByRole('searchbox', { name: 'Trouver un produit' })).toBeVisible();
				await expect(
					page.getByRole('button', { name: 'Copier tous les liens (texte) de la page' }),
				).toBeVisible();
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(results.violations).toEqual([]);
			});
		}
	}
});
