import { type BrowserContext, test as base, expect, type Request } from '@playwright/test';

export const guidePath = '/billing/how-to-cancel-your-services/';

/**
 * Records every request of a context's pages and workers to another origin than the site's (`data:`
 * and `blob:` addresses stay in the page). Watches without routing: routing every request would
 * turn the browser's HTTP cache off. Returns the list it fills, and how to stop.
 */
export function watchOutsideRequests(context: BrowserContext, origin: string) {
	const outside: string[] = [];
	const onRequest = (request: Request) => {
		const url = new URL(request.url());
		if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return;
		outside.push(`request to another host: ${url.href}`);
	};
	context.on('request', onRequest);
	return { outside, stop: () => context.off('request', onRequest) };
}

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
			const requests = watchOutsideRequests(page.context(), origin);
			await use(undefined);
			requests.stop();
			expect(
				[...problems, ...requests.outside],
				'console errors, page errors or outside requests',
			).toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
