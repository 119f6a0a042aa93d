import type { Page } from '@playwright/test';
import { builtSite, pagePolicy } from '../build-checks/built-site.ts';
import { products } from '../src/catalogue/index.ts';
import { headerPolicyOf } from '../src/security/csp.ts';
import { expect, guidePath, test, watchOutsideRequests } from './support/fixtures';
import { runIslands } from './support/islands';

/**
 * The policy in a real browser, with the header of `_headers` (served by e2e/support/serve.ts) and
 * the `<meta>` both in force: no violation anywhere, a search that works under it (loaded only when
 * opened), no inline handler in the running pages, no cookie, no storage of our own. What the build
 * says (the policy's hashes, the headers of `_headers`, external links) is checked without a
 * browser in build-checks/ (csp, headers and external-links tests).
 */

/** Every page of the build by its address (the 404 page has tests of its own below). */
const routes = builtSite()
	.pages.map((page) => page.route)
	.filter((route) => route !== '/404.html')
	.sort();

/** The pages' policy (their `<meta>`), as the header must send it. */
const headerPolicy = headerPolicyOf(pagePolicy(builtSite().page('/')));

/** An address the site does not have: the host answers with 404.html and status 404. */
const unknownRoute = '/cette-page-n-existe-pas/';

/** The assistant's deep links (`?action=…&produit=…#assistant`), one per product. */
const assistantLinks = products.map(
	(product) => `${guidePath}?action=resilier&produit=${product.anchor}#assistant`,
);

/**
 * Records every `securitypolicyviolation` of the page and of every page it navigates to, and the
 * Pagefind worker's fallback warning (a worker refused by the policy only says so there).
 */
async function watchPolicy(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeBinding('__reportViolation', ({ frame }, text: string) => {
		violations.push(`${frame.url()}: ${text}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportViolation(text: string): void })
				.__reportViolation;
			report(
				`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} ` +
					`(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
			);
		});
	});
	page.on('console', (message) => {
		if (/pagefind/i.test(message.text()) && message.type() === 'warning')
			violations.push(`console: ${message.text()}`);
	});
	return violations;
}

/** Opens the search with Ctrl+K, asks Pagefind and waits for its French answer. */
async function search(page: Page, query: string): Promise<void> {
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
	await page.keyboard.type(query);
	await expect(page.locator('#starlight__search .pagefind-ui__search-input')).toHaveValue(query);
	await expect(page.locator('.pagefind-ui__message')).toHaveText(/^\d+ résultats? pour /);
}

/** Inline event handlers (`on…` attributes) in the page as it runs, islands included. */
function inlineHandlers(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((element) =>
			[...element.attributes]
				.filter((attribute) => /^on/i.test(attribute.name))
				.map((attribute) => `<${element.localName} ${attribute.name}>`),
		),
	);
}

test.describe('under the policy', () => {
	test('every page, its islands and the search run without a violation, an inline handler, a cookie or storage of ours', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const violations = await watchPolicy(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		for (const route of routes) {
			const response = await page.goto(route);
			// The policy in force is the header's (and the <meta>'s): the server sends it.
			expect(response?.headers()['content-security-policy'], route).toBe(headerPolicy);
			await runIslands(page);
			expect(await inlineHandlers(page), route).toEqual([]);
			await search(page, 'résilier');
		}
		expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
		// A result leads to the guide, which runs under the policy too.
		await page.locator('.pagefind-ui__result-link').first().click();
		await runIslands(page);
		// And from the assistant's deep link, another search and its result.
		await page.goto(assistantLinks[0] ?? guidePath);
		await runIslands(page);
		await search(page, 'nom de domaine');
		await page.locator('.pagefind-ui__result-link').first().click();
		expect(violations).toEqual([]);
		expect(await page.context().cookies()).toEqual([]);
		expect(await page.evaluate(() => document.cookie)).toBe('');
		// Only Starlight's theme key, which its theme picker writes empty (« auto ») on every page:
		// no preference until the reader picks one, and nothing of ours.
		const storage = () => page.evaluate(() => ({ ...localStorage }));
		expect(await storage()).toEqual({ 'starlight-theme': '' });
		await page.locator('starlight-theme-select select').first().selectOption('light');
		expect(await storage()).toEqual({ 'starlight-theme': 'light' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});

	test('the 404 page and its search run without a violation', async ({ browser, baseURL }) => {
		// A context of its own: Chromium logs the 404 status as an error, which the guards would count.
		const context = await browser.newContext({ baseURL: baseURL ?? '' });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && !/status of 404/.test(message.text()))
				problems.push(`console: ${message.text()}`);
		});
		const violations = await watchPolicy(page);
		const response = await page.goto(unknownRoute);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toBeVisible();
		await search(page, 'résilier');
		expect([...problems, ...violations]).toEqual([]);
		await context.close();
	});

	test('the assistant runs from each of its deep links without a violation or an inline handler', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const violations = await watchPolicy(page);
		for (const link of assistantLinks) {
			await page.goto(link);
			await expect(page.locator('astro-island').first()).toBeAttached();
			await runIslands(page);
			expect(await inlineHandlers(page), link).toEqual([]);
		}
		expect(violations).toEqual([]);
	});

	test('no site may frame the pages', async ({ browser, baseURL }) => {
		// A page of its own: the refusal is logged as an error, which the guards would count.
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${baseURL}/`);
		await page.setContent(`<iframe src="${baseURL}${guidePath}"></iframe>`);
		// Chromium puts its error page in place of a frame the page refuses.
		await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
		await expect(
			page.frameLocator('iframe').getByText('Comment résilier vos services'),
		).toHaveCount(0);
		await context.close();
	});
});

test.describe('the search, loaded when opened', () => {
	test('a page loads nothing of the search before it is opened', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(guidePath);
		await page.waitForLoadState('networkidle');
		await page.mouse.move(0, 0);
		expect(requests.filter((path) => /search-ui|search-results|\/pagefind\//.test(path))).toEqual(
			[],
		);
	});

	for (const [how, open] of [
		['a click', (page: Page) => page.locator('button[data-open-modal]').click()],
		['Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
		['/', (page: Page) => page.keyboard.press('/')],
	] as const) {
		test(`${how} opens the dialog at once; what is typed meanwhile is searched`, async ({
			page,
		}) => {
			const violations = await watchPolicy(page);
			// Pagefind's UI is held back until the reader has typed: the dialog must not wait for it.
			let release = () => {};
			const held = new Promise<void>((resolve) => {
				release = resolve;
			});
			await page.route('**/_astro/search-ui.*.js', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(guidePath);
			await expect(page.locator('button[data-open-modal]')).toBeEnabled();
			await open(page);
			const dialog = page.locator('site-search dialog');
			await expect(dialog).toBeVisible();
			await expect(page.locator('[data-search-pending-input]')).toBeFocused();
			await page.keyboard.type('résiliation');
			release();
			const input = page.locator('#starlight__search .pagefind-ui__search-input');
			await expect(input).toHaveValue('résiliation');
			await expect(input).toBeFocused();
			await expect(page.locator('[data-search-pending]')).toHaveCount(0);
			await expect(page.locator('.pagefind-ui__message')).toHaveText(/^\d+ résultats? pour /);
			await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
			// `/` typed in the field is text; Escape closes; Ctrl+K opens it again, ready.
			await page.keyboard.type('/');
			await expect(input).toHaveValue('résiliation/');
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await page.keyboard.press('Control+k');
			await expect(dialog).toBeVisible();
			await expect(input).toBeFocused();
			expect(violations).toEqual([]);
		});
	}
});

test.describe('no request leaves the site', () => {
	test('the guard that every test runs with catches a request to another host', async ({
		browser,
		baseURL,
	}) => {
		// A context of its own: this page must make the very request the guards forbid.
		const context = await browser.newContext({ baseURL: baseURL ?? '' });
		const origin = new URL(baseURL ?? '').origin;
		const requests = watchOutsideRequests(context, origin);
		const page = await context.newPage();
		await page.goto('/');
		const elsewhere = 'http://127.0.0.2:9/';
		await page.goto(elsewhere).catch(() => undefined);
		requests.stop();
		expect(requests.outside).toEqual([`request to another host: ${elsewhere}`]);
		await context.close();
	});
});
