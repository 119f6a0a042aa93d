import { expect, type Page } from '@playwright/test';

/**
 * Runs every island of the page: each `client:visible` island still asleep is scrolled into view,
 * as a reader would, until none is left (each one's `ssr` attribute goes once it has hydrated).
 */
export async function runIslands(page: Page): Promise<void> {
	const asleep = page.locator('astro-island[ssr]');
	for (let left = await asleep.count(); left > 0; left = await asleep.count()) {
		// In the page: an island that wakes meanwhile must not leave a locator waiting for it. An
		// island draws no box of its own (`display: contents`): Astro watches its children.
		await page.evaluate(() => {
			const island = document.querySelector('astro-island[ssr]');
			(island?.firstElementChild ?? island)?.scrollIntoView({ block: 'nearest' });
		});
		await expect(asleep).not.toHaveCount(left);
	}
}
