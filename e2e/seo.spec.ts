import AxeBuilder from '@axe-core/playwright';
import { builtSite } from '../build-checks/built-site.ts';
import anchors from '../src/catalogue/anchors.json' with { type: 'json' };
import { expect, guidePath, test } from './support/fixtures';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a help page is expected to have, where it takes a browser: the old address leads to the
 * guide at the right place, the 404 page answers 404 and its search works, axe. The metadata, the
 * structured data, the sitemap and the 404 page's links are read in the build by
 * build-checks/seo.test.ts.
 */

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

	test('works without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		await page.goto(oldPath);
		await expect(page).toHaveURL(new RegExp(`${guidePath}$`));
		await expect(page.locator('h1')).toHaveText('Comment résilier vos services OVHcloud');
		await context.close();
	});
});

test.describe('the 404 page', () => {
	test('answers 404 with itself, and its search leads to the guide', async ({ page }) => {
		// The host answers an unknown address with this page and a 404 status; the browser would
		// log that status as a console error, which the fixture forbids: the page is opened directly.
		const response = await page.request.get('/cette-page-n-existe-pas/');
		expect(response.status()).toBe(404);
		expect(await response.text()).toBe(builtSite().read('404.html'));
		await page.goto('/404.html');
		await expect(page.locator('h1')).toHaveText('Page introuvable');
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
