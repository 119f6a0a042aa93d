import type { Page } from '@playwright/test';
import anchors from '../src/catalogue/anchors.json' with { type: 'json' };
import { expect, guidePath, test } from './support/fixtures';

/**
 * Anchors are a public contract: a link to any of them lands on its heading (or, for a rule or a
 * product's cancel note, its paragraph), in view and below the sticky header, and stays there however the reader gets there. That each anchor is in the page
 * once, with its heading, its « Sur cette page » entry and its copy link, is read in the build by
 * build-checks/anchors.test.ts.
 */

/** Where a link to this anchor puts its heading: in view, below the sticky header. */
async function expectLanding(page: Page, entry: (typeof anchors)[number]): Promise<number> {
	const heading = page.locator(`[id="${entry.target}"]`);
	await expect(heading).toBeInViewport();
	const { top, headerBottom } = await heading.evaluate((element) => ({
		top: element.getBoundingClientRect().top,
		headerBottom: document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0,
	}));
	expect(top, `#${entry.anchor} under the sticky header`).toBeGreaterThanOrEqual(headerBottom);
	return top;
}

const headingAnchors = anchors.filter((e) => e.kind !== 'alias');
/** The heading anchors in a few tests, so that both workers share them. */
const groupSize = 7;

test.describe('anchors are a public contract', () => {
	test('each alias lands on its heading', async ({ page }) => {
		for (const entry of anchors.filter((e) => e.kind === 'alias')) {
			await page.goto(`${guidePath}#${entry.anchor}`);
			await expectLanding(page, entry);
		}
	});

	for (let start = 0; start < headingAnchors.length; start += groupSize) {
		const group = headingAnchors.slice(start, start + groupSize);
		test(`#${group[0]?.anchor} to #${group.at(-1)?.anchor} land on their heading, by a link, from the page and on reload`, async ({
			page,
		}) => {
			// Anything that lays out the page lazily (content-visibility, say) must not move a landing.
			test.setTimeout(90_000);
			await page.setViewportSize({ width: 1400, height: 900 });
			const top = (id: string) =>
				page.locator(`[id="${id}"]`).evaluate((heading) => heading.getBoundingClientRect().top);
			for (const entry of group) {
				await page.goto(`${guidePath}#${entry.anchor}`);
				const landing = await expectLanding(page, entry);

				await page.goto(guidePath);
				// Sections and universes are in « Sur cette page », products in the guide's product
				// list; the rules and cancel notes (text, not headings) are reached by links in the
				// text and from outside, as a fragment change.
				const fromList = page.locator(
					`starlight-toc nav a[href="#${entry.anchor}"], .product-index a[href="#${entry.anchor}"]`,
				);
				if (entry.kind === 'rule' || entry.kind === 'cancel-note') {
					await page.evaluate((id) => {
						location.hash = id;
					}, entry.anchor);
				} else await fromList.first().click();
				await expect(page).toHaveURL(new RegExp(`#${entry.anchor}$`));
				await expect
					.poll(
						async () => Math.abs((await top(entry.target)) - landing),
						`link to #${entry.anchor}`,
					)
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
	}

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
