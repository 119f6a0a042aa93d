/**
 * The customer's essentials in one engine (issue 11): the guide and an anchor landing, each kind
 * of ending of the assistant through its UI with the deadline, Back, the search dialog, the copy
 * button of the support page; after each check, no console error, page error, failed load or CSP
 * violation. Run by `firefox.smoke.ts` and `webkit.smoke.ts` (`npm run test:engines`). The checks
 * live by concern in `*-checks.ts`; this file runs them in order in one browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assistantChecks } from './assistant-checks.ts';
import { guideChecks } from './guide-checks.ts';
import { searchChecks } from './search-checks.ts';
import { startSite } from './server.ts';
import { supportChecks } from './support-checks.ts';
import type { EngineChoice, OpenBrowser, Tab } from './tab.ts';

export function smokeSuite(engine: EngineChoice): void {
	if ('missing' in engine) {
		if (process.env.REQUIRE_ENGINES) {
			test(`${engine.name}: required (REQUIRE_ENGINES) but ${engine.missing}`, () => {
				assert.fail(engine.missing);
			});
			return;
		}
		// Said on its own line and counted in the summary's « skipped ».
		console.log(`${engine.name} SKIPPED: ${engine.missing}`);
		test(`${engine.name}: the smoke suite`, { skip: engine.missing }, () => {});
		return;
	}

	describe(engine.name, { timeout: 120_000 }, () => {
		let site: Awaited<ReturnType<typeof startSite>> | undefined;
		let browser: OpenBrowser | undefined;
		before(async () => {
			site = await startSite();
			browser = await engine.open(site.origin);
			console.log(`${engine.name}: ${browser.description}`);
		});
		after(async () => {
			await browser?.close();
			await site?.stop();
		});

		/** A check, then no problem in the pages it went through. */
		const check = (name: string, body: (tab: Tab) => Promise<void>) =>
			test(name, async () => {
				if (!browser) throw new Error('no browser');
				await body(browser.tab);
				assert.deepEqual(await browser.tab.takeProblems(), [], 'problems in the page');
			});

		for (const { name, run } of [
			...guideChecks,
			...assistantChecks,
			...searchChecks,
			...supportChecks,
		]) {
			check(name, (tab) => run(tab, engine.name));
		}
	});
}
