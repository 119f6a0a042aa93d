/** The search dialog in the smoke suite: it finds a section and lands on it. */
import assert from 'node:assert/strict';
import { guidePath, landing } from './guide-checks.ts';
import { type SmokeCheck, smokeCheck } from './smoke-check.ts';
import { waitFor } from './tab.ts';

export const searchChecks: SmokeCheck[] = [
	smokeCheck('the search dialog finds the VPS section and lands on it', async (tab) => {
		await tab.goto('/');
		await tab.click('button[data-open-modal]');
		const input = '#starlight__search .pagefind-ui__search-input';
		await waitFor(
			tab,
			'the search field, focused',
			(selector) => document.activeElement === document.querySelector(selector),
			input,
		);
		await tab.type(input, 'vps');
		const result = `.pagefind-ui__result-nested a.pagefind-ui__result-link[href="${guidePath}#vps"]`;
		// Pagefind answers each key (debounced): only the message naming the whole query says the
		// results are those of « vps ».
		await waitFor(
			tab,
			`the results for « vps » with a sub-result ${guidePath}#vps`,
			(link) =>
				/^\d+ résultats? pour «\s*vps\s*»$/.test(
					document.querySelector('.pagefind-ui__message')?.textContent ?? '',
				) && Boolean(document.querySelector(link)),
			result,
		);
		await tab.click(result);
		await waitFor(
			tab,
			'the guide at #vps',
			(path) => location.pathname + location.hash === path,
			`${guidePath}#vps`,
		);
		await waitFor(tab, '#vps below the header, in the viewport', landing, 'vps');
		const dialogOpen = await tab.evaluate(() =>
			Boolean(document.querySelector('site-search dialog[open]')),
		);
		assert.equal(dialogOpen, false, 'the dialog is closed');
	}),
];
