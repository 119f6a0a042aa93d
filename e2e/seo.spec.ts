import AxeBuilder from '@axe-core/playwright';
import anchors from '../src/catalogue/anchors.json' with { type: 'json' };
import { products, sections } from '../src/catalogue/index.ts';
import { expect, guidePath, test } from './support/fixtures';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a help page is expected to have: canonical, cards, structured data, sitemap, 404, old path. */

test.describe('the guide’s metadata', () => {
	test('canonical link, French OpenGraph and Twitter cards', async ({ page }) => {
		await page.goto(guidePath);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(/^https?:\/\//);
		const url = new URL(canonical ?? '');
		expect(url.pathname).toBe(guidePath);
		const meta = (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
		const title = await page.locator('h1').textContent();
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(await meta('og:url')).toBe(canonical);
		expect(await meta('og:locale')).toBe('fr_FR');
		expect(await meta('og:type')).toBe('article');
		expect(await meta('og:title')).toBe(title);
		expect(await meta('og:description')).toBe(description);
		expect(await meta('og:site_name')).toBe('Aide OVHcloud');
		expect(await meta('twitter:card')).toBe('summary');
		expect(await meta('twitter:title')).toBe(title);
		expect(await meta('twitter:description')).toBe(description);
		expect(await meta('article:modified_time')).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	test('structured data: a schema.org HowTo built from the catalogue', async ({ page }) => {
		await page.goto(guidePath);
		const scripts = page.locator('script[type="application/ld+json"]');
		await expect(scripts).toHaveCount(1);
		const data = JSON.parse((await scripts.textContent()) ?? '{}');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe('HowTo');
		expect(data.name).toBe(await page.locator('h1').textContent());
		expect(data.inLanguage).toBe('fr-FR');
		expect(data.url).toBe(canonical);
		const steps: Array<{ '@type': string; url: string; itemListElement: unknown[] }> = data.step;
		expect(steps.map((s) => s.url)).toEqual([
			...products.map((p) => `${canonical}#${p.anchor}`),
			`${canonical}#annuler`,
		]);
		for (const step of steps) {
			expect(step['@type']).toBe('HowToSection');
			expect(step.itemListElement.length, step.url).toBeGreaterThan(0);
			// Each section's address lands on a heading of the page.
			const id = new URL(step.url).hash.slice(1);
			await expect(page.locator(`:is(h2, h3, h4)[id="${id}"]`), id).toHaveCount(1);
		}
		const vps = steps.find((s) => s.url.endsWith('#vps'));
		expect(JSON.stringify(vps)).toContain('Résilier');
		expect(JSON.stringify(steps.at(-1))).toContain("Confirmer l'annulation");
	});

	test('a sitemap on the same site lists the guide and only pages to index', async ({
		page,
		request,
	}) => {
		await page.goto(guidePath);
		const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
		const site = new URL(canonical).origin;
		await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
		const index = await (await request.get('/sitemap-index.xml')).text();
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
		expect(sitemaps.length).toBeGreaterThan(0);
		const locs: string[] = [];
		for (const sitemap of sitemaps) {
			expect(sitemap.startsWith(`${site}/`)).toBe(true);
			const xml = await (await request.get(new URL(sitemap).pathname)).text();
			locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
		}
		expect(locs).toContain(canonical);
		expect(locs.every((loc) => loc.startsWith(`${site}/`))).toBe(true);
		expect(locs.some((loc) => loc.includes('404'))).toBe(false);
		for (const loc of locs) {
			const html = await (await request.get(new URL(loc).pathname)).text();
			expect(html, `${loc} is in the sitemap`).not.toMatch(/<meta name="robots" content="noindex/);
		}
	});
});

test.describe('the old French address', () => {
	const oldPath = '/fr/billing/how-to-cancel-your-services/';

	for (const entry of anchors.filter((e) =>
		['ssl', 'gofurther', 'vps', 'annuler'].includes(e.anchor),
	)) {
		test(`${oldPath}#${entry.anchor} leads to the guide at #${entry.anchor}`, async ({ page }) => {
			await page.goto(`${oldPath}#${entry.anchor}`);
			await expect(page).toHaveURL(new RegExp(`${escapeRegExp(guidePath)}#${entry.anchor}$`));
			await expect(page.locator(`:is(h2, h3, h4)[id="${entry.target}"]`)).toBeInViewport();
		});
	}

	test('keeps the query too (an assistant link)', async ({ page }) => {
		const guideRequest = page.waitForRequest(
			(r) => r.isNavigationRequest() && new URL(r.url()).pathname === guidePath,
		);
		await page.goto(`${oldPath}?action=annuler&produit=domain#assistant`);
		const query = new URL((await guideRequest).url()).searchParams;
		expect(query.get('action')).toBe('annuler');
		expect(query.get('produit')).toBe('domain');
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(guidePath)}\\?.*#assistant$`));
		await expect(page.locator('#assistant')).toBeInViewport();
	});

	test('works without the trailing slash', async ({ page }) => {
		await page.goto('/fr/billing/how-to-cancel-your-services#vps');
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(guidePath)}#vps$`));
		await expect(page.locator('#vps')).toBeInViewport();
	});

	test('is not indexed, points to the guide, and works without JavaScript', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		const response = await page.request.get(oldPath);
		const html = await response.text();
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toMatch(
			/<link rel="canonical" href="https?:\/\/[^"]+\/billing\/how-to-cancel-your-services\/">/,
		);
		await page.goto(oldPath);
		await expect(page).toHaveURL(new RegExp(`${guidePath}$`));
		await expect(page.locator('h1')).toHaveText('Comment résilier vos services OVHcloud');
		await context.close();
	});

	test('the hosts that read _redirects answer with a permanent redirect', async ({ request }) => {
		const rules = (await (await request.get('/_redirects')).text())
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'))
			.map((line) => line.trim().split(/\s+/));
		expect(rules).toContainEqual([oldPath, guidePath, '301']);
	});
});

test.describe('the 404 page', () => {
	test('is in French, answers 404, and offers the guide and the search', async ({ page }) => {
		// The host answers an unknown address with this page and a 404 status; the browser would
		// log that status as a console error, which the fixture forbids: the page is opened directly.
		const response = await page.request.get('/cette-page-n-existe-pas/');
		expect(response.status()).toBe(404);
		expect(await response.text()).toMatch(/<h1 [^>]*>Page introuvable<\/h1>/);
		await page.goto('/404.html');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page).toHaveTitle(/^Page introuvable/);
		await expect(page.locator('h1')).toHaveText('Page introuvable');
		await expect(
			page.getByRole('link', { name: 'Ouvrir le guide de résiliation' }),
		).toHaveAttribute('href', guidePath);
		for (const section of sections.filter((s) => s.anchor !== 'aller-plus-loin')) {
			await expect(page.getByRole('link', { name: section.title, exact: true })).toHaveAttribute(
				'href',
				`${guidePath}#${section.anchor}`,
			);
		}
		await page.getByRole('button', { name: 'Rechercher dans l’aide' }).click();
		const input = page.locator('#starlight__search .pagefind-ui__search-input');
		await expect(input).toBeVisible();
		await expect(input).toBeFocused();
		await input.pressSequentially('mx plan');
		const result = page.locator(`.pagefind-ui__result-nested a[href="${guidePath}#mxplan"]`);
		await result.click();
		await expect(page).toHaveURL(new RegExp(`${guidePath}#mxplan$`));
	});

	test('without JavaScript, it shows no search button that would do nothing', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		await page.goto('/404.html');
		await expect(page.getByRole('button', { name: 'Rechercher dans l’aide' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Ouvrir le guide de résiliation' })).toBeVisible();
		await context.close();
	});

	for (const theme of ['dark', 'light'] as const) {
		test(`has no accessibility violation (axe, ${theme} theme)`, async ({ page }) => {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto('/404.html');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expect(page.getByRole('button', { name: 'Rechercher dans l’aide' })).toBeVisible();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}
});
