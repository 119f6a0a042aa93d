import type { Browser, BrowserContext, Page } from '@playwright/test';

/**
 * For pages of a context a test makes itself (the fixtures guard only the default page): collects
 * console errors and uncaught errors.
 */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}

/** A page in a context of its own (French, in this time zone), watched as above. */
export async function ownPage(
	browser: Browser,
	baseURL: string | undefined,
	timezoneId = 'Europe/Paris',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
	const context = await browser.newContext({
		...(baseURL ? { baseURL } : {}),
		locale: 'fr-FR',
		timezoneId,
	});
	const page = await context.newPage();
	return { context, page, problems: watchProblems(page) };
}
