import { test as base, expect } from '@playwright/test';

export const guidePath = '/billing/how-to-cancel-your-services/';

/**
 * Every test runs with two guards: a console error or an uncaught page error fails it, and so does
 * any request to a host other than the local server (the site uses no third-party host).
 */
export const test = base.extend<{ guards: undefined }>({
	guards: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			await page.context().route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') {
					return route.continue();
				}
				problems.push(`request to another host: ${url.href}`);
				return route.abort();
			});
			await use(undefined);
			expect(problems, 'console errors, page errors or outside requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
