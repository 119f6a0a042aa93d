import type { Page } from '@playwright/test';
import { all, baseDistFolder, builtSite } from '../build-checks/built-site.ts';
import { expect, guidePath, test } from './support/fixtures';
import { runIslands } from './support/islands';

/**
 * The site served from a sub-path, as when it is built with Astro's `base` (`npm run build:base`:
 * `astro build --base /aide/ --outDir dist-base`) and a host serves it under `/aide/`. That every
 * address the build writes stays under it is read in the build by build-checks/base-path.test.ts.
 */

const base = '/aide/';
// Playwright's config starts the server for this build (serve.ts --base /aide/) on the next port.
const port = Number(process.env.E2E_BASE_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 1);
const origin = `http://127.0.0.1:${port}`;
const at = (path: string) => `${base}${path.replace(/^\//, '')}`;
/** Fails, saying to run `npm run build:base`, when that build is missing. */
const site = builtSite(baseDistFolder);

test.use({ baseURL: origin });

/** Fails on any request that leaves the sub-path or that the server cannot answer. */
function watchRequests(page: Page): string[] {
	const problems: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin) return;
		if (!url.pathname.startsWith(base)) problems.push(`outside ${base}: ${url.pathname}`);
		else if (response.status() >= 400 && response.request().resourceType() !== 'document')
			problems.push(`${response.status()} ${url.pathname}`);
	});
	return problems;
}

test('every page loads all it needs from under the sub-path, islands included', async ({
	page,
}) => {
	const problems = watchRequests(page);
	// The 404 has its own test; the old /fr/ address only redirects to the guide.
	const served = site.pages.filter(
		(p) => p.route !== '/404.html' && all('a[data-redirect-target]', p.tree).length === 0,
	);
	expect(served.length).toBeGreaterThanOrEqual(3);
	for (const route of served.map((p) => at(p.route))) {
		const response = await page.goto(route);
		expect(response?.status(), route).toBe(200);
		await expect(page.locator('link[rel="stylesheet"]').first()).toBeAttached();
		await runIslands(page);
		// Links the islands wrote once running stay under the sub-path too.
		const links = await page
			.locator('a[href^="/"]')
			.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
		expect(
			links.filter((href) => !href.startsWith(base)),
			route,
		).toEqual([]);
	}
	expect(problems).toEqual([]);
});

test('the sidebar and the home page lead to the guide', async ({ page }) => {
	const problems = watchRequests(page);
	await page.goto(base);
	await page.getByRole('link', { name: 'Résilier un service' }).click();
	await expect(page).toHaveURL(`${origin}${at(guidePath)}`);
	await expect(page.locator('h1')).toHaveText('Comment résilier vos services OVHcloud');
	expect(problems).toEqual([]);
});

test('the search works under the sub-path and its results lead there', async ({ page }) => {
	const problems = watchRequests(page);
	await page.goto(base);
	await expect(page.locator('button[data-open-modal]')).toBeEnabled();
	await page.keyboard.press('Control+k');
	await page.keyboard.type('nom de domaine');
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await expect(input).toHaveValue('nom de domaine');
	await expect(page.locator('.pagefind-ui__message')).toHaveText(/^\d+ résultats? pour /);
	// The results are drawn once ordered, just after the message.
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	const hrefs = await page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href.startsWith(base), href).toBe(true);
	await page.locator('.pagefind-ui__result-link').first().click();
	await expect(page).toHaveURL(new RegExp(`^${origin}${base}`));
	await expect(page.locator('h1')).toBeVisible();
	expect(problems).toEqual([]);
});

test('the assistant runs from a deep link under the sub-path', async ({ page }) => {
	const problems = watchRequests(page);
	await page.goto(`${at(guidePath)}?action=resilier&produit=vps#assistant`);
	await runIslands(page);
	await expect(page.locator('#assistant')).toBeAttached();
	expect(problems).toEqual([]);
});

test('an unknown address under the sub-path gets the styled 404 page', async ({ browser }) => {
	// A context of its own: Chromium logs the 404 status as an error, which the guards would count.
	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	const problems = watchRequests(page);
	const response = await page.goto(at('/cette-page-n-existe-pas/'));
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toBeVisible();
	const stylesheets = page.locator('link[rel="stylesheet"]:not([media="print"])');
	expect(await stylesheets.count()).toBeGreaterThan(0);
	expect(
		await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--sl-color-bg')),
	).not.toBe('');
	expect(problems).toEqual([]);
	await context.close();
});
