/** The support page in the smoke suite: its « Copier » button copies, or says how to copy. */
import assert from 'node:assert/strict';
import { type SmokeCheck, smokeCheck } from './smoke-check.ts';
import { waitFor } from './tab.ts';

const supportPath = '/billing/liens-support/';

export const supportChecks: SmokeCheck[] = [
	smokeCheck(
		'the support page’s « Copier » copies, or says how to copy',
		async (tab, engineName) => {
			await tab.goto(supportPath);
			// The first link of the VPS's entry: its section, on the host the page is served at.
			const button = '[data-entry="vps"] [data-link] button[data-copy="link"]';
			await waitFor(
				tab,
				'a visible « Copier »',
				(s) => document.querySelector<HTMLButtonElement>(s)?.hidden === false,
				button,
			);
			await tab.click(button);
			const outcome = await waitFor(
				tab,
				'what the copy says',
				(selector) => {
					const copy = document.querySelector<HTMLButtonElement>(selector);
					// One status region for the page's copy buttons.
					const status = document.querySelector('[data-copy-status]');
					const said = status?.textContent ?? '';
					const url = copy?.closest('[data-link]')?.querySelector('a[href]') as HTMLAnchorElement;
					return said
						? { said, url: url?.href ?? '', copied: copy?.dataset.copied !== undefined }
						: null;
				},
				button,
			);
			if (outcome.copied) assert.equal(outcome.said, `Lien copié\u00a0: ${outcome.url}`);
			else
				assert.equal(
					outcome.said,
					'Impossible de copier\u00a0: sélectionnez le texte et copiez-le.',
				);
			console.log(`${engineName}: « Copier » ${outcome.copied ? 'copied' : 'fell back'}`);
		},
	),
];
