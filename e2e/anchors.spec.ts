import anchors from '../src/catalogue/anchors.json' with { type: 'json' };
import { expect, guidePath, test } from './support/fixtures';

test.describe('anchors are a public contract', () => {
	for (const entry of anchors) {
		test(`#${entry.anchor} lands on « ${entry.heading} »`, async ({ page }) => {
			await page.goto(`${guidePath}#${entry.anchor}`);
			await expect(page.locator(`[id="${entry.anchor}"]`)).toHaveCount(1);
			const heading = page.locator(`:is(h2, h3, h4)[id="${entry.target}"]`);
			await expect(heading).toHaveCount(1);
			await expect(heading).toHaveText(entry.heading);
			await expect(heading).toBeInViewport();
			// Not hidden under the sticky header.
			const headerBottom = await page
				.locator('header.header')
				.evaluate((header) => header.getBoundingClientRect().bottom);
			const headingBox = await heading.evaluate((h) => h.getBoundingClientRect().toJSON());
			expect(headingBox.top).toBeGreaterThanOrEqual(headerBottom);
		});
	}

	test('every heading anchor is in « Sur cette page » and has its link', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto(guidePath);
		const toc = page.locator('starlight-toc nav');
		await expect(toc.locator('h2')).toHaveText('Sur cette page');
		for (const entry of anchors.filter((e) => e.kind !== 'alias')) {
			await expect(toc.locator(`a[href="#${entry.anchor}"]`), entry.anchor).toHaveCount(1);
			await expect(
				page.locator(`.sl-heading-wrapper:has([id="${entry.anchor}"]) a.sl-anchor-link`),
			).toHaveAttribute('href', `#${entry.anchor}`);
		}
	});

	test('the page’s own links, and a reload, put each section where its address does', async ({
		page,
	}) => {
		// Anything that lays out the page lazily (content-visibility, say) must not move a landing.
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1400, height: 900 });
		const top = (id: string) =>
			page.locator(`[id="${id}"]`).evaluate((heading) => heading.getBoundingClientRect().top);
		for (const entry of anchors.filter((e) => e.kind !== 'alias')) {
			await page.goto(`${guidePath}#${entry.anchor}`);
			const landing = await top(entry.target);

			await page.goto(guidePath);
			await page.locator(`starlight-toc nav a[href="#${entry.anchor}"]`).click();
			await expect(page).toHaveURL(new RegExp(`#${entry.anchor}$`));
			await expect
				.poll(async () => Math.abs((await top(entry.target)) - landing), `link to #${entry.anchor}`)
				.toBeLessThanOrEqual(1);

			await page.reload();
			await expect
				.poll(
					async () => Math.abs((await top(entry.target)) - landing),
					`reload at #${entry.anchor}`,
				)
				.toBeLessThanOrEqual(1);
		}
	});

	test('works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const entry of anchors.filter((e) => e.kind === 'alias')) {
			await page.goto(`${guidePath}#${entry.anchor}`);
			await expect(page.locator(`[id="${entry.target}"]`)).toBeInViewport();
		}
		await context.close();
	});

	test('copying a heading link takes one click and is announced', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(guidePath);
		const link = page.locator('.sl-heading-wrapper:has(#vps) a.sl-anchor-link');
		await expect(link).toHaveAccessibleName(/Copier le lien vers la section «\sVPS/);
		await link.click();
		await expect(page.locator('[data-heading-link-status]')).toHaveText('Lien copié');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			new URL(`${guidePath}#vps`, page.url()).href,
		);
		await expect(page).toHaveURL(/#vps$/);
	});
});
