import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { commonLinks, products } from '../src/catalogue/index.ts';
import { headerPolicy } from '../src/starlight/csp.ts';
import { expect, guidePath, test } from './support/fixtures';
import { runIslands } from './support/islands';

/**
 * The policy in a real browser, with the header of `_headers` (served by e2e/support/serve.ts) and
 * the `<meta>` both in force: no violation anywhere, a search that works under it (loaded only when
 * opened), no cookie, no storage of our own, the other security headers, and clean external links.
 */

const dist = fileURLToPath(new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url));

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? files(path) : [path];
	});
}

/** Every page of the build by its address (the 404 page has tests of its own below). */
const routes = files(dist)
	.filter((file) => file.endsWith('.html') && !file.endsWith('404.html'))
	.map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''))
	.sort();

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

test.describe('under the policy', () => {
	test('every page, its islands and the search run without a violation', async ({ page }) => {
		test.setTimeout(120_000);
		const violations = await watchPolicy(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		for (const route of routes) {
			await page.goto(route);
			await runIslands(page);
			await search(page, 'résilier');
		}
		expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
		// A result leads to the guide, which runs under the policy too.
		await page.locator('.pagefind-ui__result-link').first().click();
		await runIslands(page);
		expect(violations).toEqual([]);
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

	test('the assistant runs from each of its deep links without a violation', async ({ page }) => {
		test.setTimeout(120_000);
		const violations = await watchPolicy(page);
		for (const link of assistantLinks) {
			await page.goto(link);
			await expect(page.locator('astro-island').first()).toBeAttached();
			await runIslands(page);
		}
		expect(violations).toEqual([]);
	});

	test('pages are served with the policy and the other security headers', async ({ request }) => {
		for (const route of [...routes, unknownRoute, '/pagefind/pagefind-worker.js', '/favicon.svg']) {
			const response = await request.get(route);
			const headers = response.headers();
			expect(headers['content-security-policy'], route).toBe(headerPolicy);
			expect(headers['x-content-type-options'], route).toBe('nosniff');
			expect(headers['referrer-policy'], route).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], route).toMatch(/camera=\(\).*microphone=\(\)/);
			expect(headers['x-frame-options'], route).toBe('DENY');
			expect(headers['cross-origin-opener-policy'], route).toBe('same-origin');
			expect(headers['set-cookie'], route).toBeUndefined();
		}
	});

	test('only files with a content hash in their name are cached for good', async ({ request }) => {
		const immutable = 'public, max-age=31536000, immutable';
		const built = files(dist).map((file) => `/${relative(dist, file)}`);
		const hashed = built.filter((path) => /^\/(_astro|pagefind\/(fragment|index))\//.test(path));
		expect(hashed.length).toBeGreaterThan(10);
		for (const path of hashed) {
			// Vite's and Pagefind's names carry a hash of the content: a new build, a new name.
			expect(path).toMatch(/[._][A-Za-z0-9_-]{5,}\.[a-z_]+$/);
		}
		for (const path of hashed.filter((_, i) => i % 5 === 0))
			expect((await request.get(path)).headers()['cache-control'], path).toBe(immutable);
		for (const path of [...routes, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'])
			expect((await request.get(path)).headers()['cache-control'], path).toBeUndefined();
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

	test('French stemming and accents: « resilier » finds « résiliation »', async ({ page }) => {
		await page.goto('/');
		await search(page, 'resilier');
		await expect(page.locator('.pagefind-ui__results mark').first()).toBeVisible();
		await expect(page.locator('.pagefind-ui__results')).toContainText(/résili/i);
	});
});

test.describe('privacy', () => {
	test('no cookie and no localStorage, until the reader picks a theme', async ({ page }) => {
		test.setTimeout(90_000);
		for (const route of routes) {
			await page.goto(route);
			await runIslands(page);
		}
		await page.goto(assistantLinks[0] ?? guidePath);
		await runIslands(page);
		await search(page, 'nom de domaine');
		await page.locator('.pagefind-ui__result-link').first().click();
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

	test('no inline event handler in the running pages', async ({ page }) => {
		// A walk through every page with its islands running: longer than one page's default.
		test.setTimeout(180_000);
		for (const route of [...routes, ...assistantLinks.slice(0, 3)]) {
			await page.goto(route);
			await runIslands(page);
			const handlers = await page.evaluate(() =>
				[...document.querySelectorAll('*')].flatMap((element) =>
					[...element.attributes]
						.filter((attribute) => /^on/i.test(attribute.name))
						.map((attribute) => `<${element.localName} ${attribute.name}>`),
				),
			);
			expect(handlers, route).toEqual([]);
		}
	});
});

test.describe('links to other sites', () => {
	/** An address a reader can follow safely: https, a real host name, nothing odd. */
	function problemWith(address: string): string | undefined {
		if (/\s/.test(address)) return 'contains a space';
		let url: URL;
		try {
			url = new URL(address);
		} catch {
			return 'is not a URL';
		}
		if (url.protocol !== 'https:') return 'is not https';
		if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(url.hostname))
			return 'has no domain name';
		if (url.username || url.password) return 'carries credentials';
		if (url.port) return 'names a port';
		if (url.href !== address) return `is not written as browsers read it (${url.href})`;
		return undefined;
	}

	test('every external URL of the catalogue is https and well-formed', () => {
		const addresses = [
			...Object.values(commonLinks),
			...products.flatMap((product) => [
				product.productUrl,
				...('guide' in product.ending
					? [product.ending.guide.url, ...product.ending.guide.parts.map((part) => part.url)]
					: []),
			]),
		].filter((address): address is string => Boolean(address));
		expect(addresses.length).toBeGreaterThan(products.length);
		const problems = addresses.flatMap((address) => {
			const problem = problemWith(address);
			return problem ? [`${address} ${problem}`] : [];
		});
		expect(problems).toEqual([]);
	});

	test('every link of the build to another site is https and well-formed', () => {
		const problems: string[] = [];
		for (const file of files(dist).filter((path) => path.endsWith('.html'))) {
			const html = readFileSync(file, 'utf8');
			for (const match of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
				const address = (match[2] ?? '').replaceAll('&amp;', '&');
				if (!/^[a-z][a-z0-9+.-]*:/i.test(address) || /^(mailto|tel):/.test(address)) continue;
				if (match[1] !== 'href') {
					problems.push(`${relative(dist, file)}: ${match[1]} to another site ${address}`);
					continue;
				}
				const problem = problemWith(address);
				if (problem) problems.push(`${relative(dist, file)}: ${address} ${problem}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
