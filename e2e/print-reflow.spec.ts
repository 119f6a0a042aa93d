import type { Page } from '@playwright/test';
import { expect, guidePath, test } from './support/fixtures';

/** The guide on paper, and the pages at 320 px wide and at 200 % zoom (WCAG 1.4.10), both themes. */

test.describe('printing the guide', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(guidePath);
		await page.emulateMedia({ media: 'print' });
	});

	test('shows the guide without the site’s navigation and controls', async ({ page }) => {
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('#consequences')).toBeVisible();
		await expect(page.locator('#vps')).toBeVisible();
		await expect(page.locator('.procedure-steps').first()).toBeVisible();
		for (const chrome of [
			'header.header',
			'#starlight__sidebar',
			'.right-sidebar-container',
			'mobile-starlight-toc',
			'site-search',
			'starlight-theme-select',
			'.pagination-links',
			'.sl-skip-link',
			'a.sl-anchor-link',
			'[data-assistant-step]',
		]) {
			for (const element of await page.locator(chrome).all()) {
				await expect(element, chrome).toBeHidden();
			}
		}
		// The text uses the page's whole width.
		const width = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
		expect(width).toBeGreaterThan((page.viewportSize()?.width ?? 0) * 0.9);
	});

	test('prints each external link’s address after it', async ({ page }) => {
		const links = page.locator('main a[href^="https://"]');
		expect(await links.count()).toBeGreaterThan(0);
		for (const link of (await links.all()).slice(0, 10)) {
			const href = await link.getAttribute('href');
			const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
			expect(after).toBe(`" (${href})"`);
		}
		const internal = page.locator('main a[href^="#"]').first();
		expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
	});

	test('keeps steps, warnings and illustrations whole, and headings with their text', async ({
		page,
	}) => {
		const breakInside = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el).breakInside);
		for (const selector of [
			'.procedure-steps > li',
			'.starlight-aside',
			'.services-illustration',
			'.product-ending',
		]) {
			expect(await breakInside(selector), selector).toBe('avoid');
		}
		for (const selector of ['h2', 'h3', 'h4']) {
			const value = await page
				.locator(`main ${selector}`)
				.first()
				.evaluate((el) => getComputedStyle(el).breakAfter);
			expect(value, selector).toBe('avoid');
		}
	});

	test('makes a PDF', async ({ page }) => {
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBeGreaterThan(3);
	});
});

/** Elements of the page that stick out on the right (the page itself must not scroll sideways). */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			if (el.closest('dialog:not([open]), [hidden], .sr-only, pre, table')) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			if (box.right > width + 1) {
				out.push(
					`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.right)} > ${width})`,
				);
			}
		}
		return {
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: width,
			out: out.slice(0, 10),
		};
	});
}

const pages = [
	{ name: 'the guide', path: guidePath, sidebar: true },
	{ name: 'the agents’ page', path: '/billing/liens-support/', sidebar: true },
	{ name: 'the 404 page', path: '/404.html', sidebar: false },
] as const;

const viewports = [
	// WCAG reflow: 320 CSS px wide.
	{ name: '320 px', width: 320, height: 640, deviceScaleFactor: 1 },
	// A 1280 px window at 200 % zoom: 640 CSS px at two device pixels each.
	{ name: '200 % zoom', width: 640, height: 400, deviceScaleFactor: 2 },
];

for (const theme of ['light', 'dark'] as const) {
	for (const viewport of viewports) {
		test.describe(`reflow at ${viewport.name}, ${theme} theme`, () => {
			test.use({
				viewport: { width: viewport.width, height: viewport.height },
				deviceScaleFactor: viewport.deviceScaleFactor,
			});

			for (const { name, path, sidebar } of pages) {
				test(`${name} reads without scrolling sideways`, async ({ page }) => {
					await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					await expect(page.locator('h1')).toBeVisible();
					// Scroll through so that lazy parts (islands) render.
					await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
					await page.evaluate(() => window.scrollTo(0, 0));
					const result = await overflow(page);
					expect(result.out, `${path}`).toEqual([]);
					expect(result.scrollWidth).toBeLessThanOrEqual(result.clientWidth);
					// Still usable: the menu and the search are reachable.
					await expect(page.getByRole('button', { name: 'Rechercher', exact: true })).toBeVisible();
					// Below 50rem the sidebar is behind the menu button (the 404 page has none).
					await expect(page.locator('button.sl-menu-button')).toHaveCount(sidebar ? 1 : 0);
					if (sidebar) {
						await page.locator('button.sl-menu-button').click();
						await expect(page.locator('#starlight__sidebar')).toBeVisible();
						const sidebarBox = await page.locator('#starlight__sidebar').boundingBox();
						expect(sidebarBox?.width ?? 0).toBeLessThanOrEqual(viewport.width);
					}
				});
			}
		});
	}
}
