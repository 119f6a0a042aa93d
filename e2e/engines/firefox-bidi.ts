/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright's `moz-firefox`
 * channel fails against it: see `shared/stack-notes.md`). puppeteer-core never downloads a browser.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { probeScript, probeStorageKey, takeProblemsInPage } from './probe.ts';
import { callExpression, type OpenBrowser, type Tab } from './tab.ts';

export async function openFirefoxBidi(
	executablePath: string,
	origin: string,
): Promise<OpenBrowser> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		defaultViewport: { width: 1280, height: 720 },
	});
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
	await page.evaluateOnNewDocument(probeScript);
	return {
		description: `Firefox ${(await browser.version()).replace(/^firefox\//, '')} (puppeteer-core, WebDriver BiDi)`,
		tab: puppeteerTab(page, origin, problems),
		close: () => browser.close(),
	};
}

function puppeteerTab(page: Page, origin: string, problems: string[]): Tab {
	const evaluate: Tab['evaluate'] = (fn, ...args) =>
		page.evaluate(callExpression(fn, args)) as Promise<never>;
	return {
		async goto(path) {
			await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
		},
		evaluate,
		click: (selector) => page.click(selector),
		async type(selector, text) {
			await page.focus(selector);
			await page.keyboard.type(text);
		},
		async back() {
			await page.goBack();
		},
		// The browser's own reports, then the probe's.
		takeProblems: async () => [
			...problems.splice(0),
			...(await evaluate(takeProblemsInPage, probeStorageKey)),
		],
	};
}
