import { expect, type Page } from '@playwright/test';

/** Scrolls through the page so that every `client:visible` island runs, then waits for them all. */
export async function runIslands(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
		}
	});
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
