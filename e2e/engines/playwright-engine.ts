/**
 * Playwright's own Firefox or WebKit, where they are installed (`npx playwright install firefox
 * webkit`, on a laptop): used instead of Debian's browsers, as they are what Playwright supports.
 */
import { existsSync } from 'node:fs';
import { type BrowserType, firefox, type Page, webkit } from '@playwright/test';
import { probeScript, probeStorageKey, takeProblemsInPage } from './probe.ts';
import { callExpression, type OpenBrowser, type Tab } from './tab.ts';

export const playwrightBrowsers = { firefox, webkit } as const;

/** Whether Playwright's own build of this browser is installed here. */
export function hasPlaywrightBrowser(type: BrowserType): boolean {
	try {
		return existsSync(type.executablePath());
	} catch {
		return false;
	}
}

export async function openPlaywright(type: BrowserType, origin: string): Promise<OpenBrowser> {
	const browser = await type.launch();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
	});
	await context.addInitScript(probeScript);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return {
		description: `${type.name()} ${browser.version()} (Playwright)`,
		tab: playwrightTab(page, origin, problems),
		close: () => browser.close(),
	};
}

function playwrightTab(page: Page, origin: string, problems: string[]): Tab {
	const evaluate: Tab['evaluate'] = (fn, ...args) => page.evaluate(callExpression(fn, args));
	return {
		async goto(path) {
			await page.goto(new URL(path, origin).href);
		},
		evaluate,
		click: (selector) => page.click(selector),
		type: (selector, text) => page.locator(selector).pressSequentially(text),
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
