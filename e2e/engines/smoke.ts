/**
 * The customer's essentials in one engine (issue 11): the guide and an anchor landing, each kind
 * of ending of the assistant through its UI with the deadline, Back, the search dialog, the copy
 * button of the support page; after each check, no console error, page error, failed load or CSP
 * violation. Run by `firefox.smoke.ts` and `webkit.smoke.ts` (`npm run test:engines`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Action } from '../../src/catalogue/ending.ts';
import { products } from '../../src/catalogue/index.ts';
import { planFor } from '../../src/catalogue/plan.ts';
import { assistantSelectors, expectStep, fillDeadline, walkToOutcome } from './assistant-steps.ts';
import { startSite } from './server.ts';
import { type EngineChoice, type OpenBrowser, type Tab, waitFor } from './tab.ts';

const guidePath = '/billing/how-to-cancel-your-services/';
const supportPath = '/billing/liens-support/';

/** Where an element lies against the fixed header and the viewport, once the page has landed. */
function landing(id: string) {
	const target = document.getElementById(id);
	const header = document.querySelector('header.header');
	if (!target || !header) return null;
	const box = target.getBoundingClientRect();
	const headerBottom = header.getBoundingClientRect().bottom;
	const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + 2);
	const visible = Boolean(hit && (target === hit || target.contains(hit)));
	return box.top >= headerBottom && box.bottom <= innerHeight && visible
		? { top: box.top, headerBottom }
		: null;
}

/** Whitespace of any kind (French non-breaking spaces included) as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

function productLabel(anchor: string): string {
	const product = products.find((p) => p.anchor === anchor);
	if (!product) throw new Error(`no product ${anchor} in the catalogue`);
	return product.label;
}

/** The outcome shows the product's plan for this action: its steps, its guide or its notes. */
async function expectPlan(tab: Tab, action: Action, anchor: string) {
	const product = products.find((p) => p.anchor === anchor);
	if (!product) throw new Error(`no product ${anchor} in the catalogue`);
	const plan = planFor(product, action);
	const shown = await waitFor(
		tab,
		'the outcome’s plan',
		(selector) => {
			const element = document.querySelector(selector);
			if (!element) return null;
			return {
				steps: element.querySelectorAll('ol.procedure-steps > li').length,
				links: [...element.querySelectorAll('a')].map((a) => a.getAttribute('href')),
				text: element.textContent ?? '',
			};
		},
		assistantSelectors.plan,
	);
	assert.equal(shown.steps, plan.steps.length, 'numbered steps');
	if (plan.guide) assert.ok(shown.links.includes(plan.guide.url), `link to ${plan.guide.url}`);
	for (const note of plan.notes) {
		for (const part of note) {
			if (typeof part !== 'string') continue;
			assert.ok(spaced(shown.text).includes(spaced(part)), part);
		}
	}
	return plan;
}

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

		check('the guide loads and #vps lands below the fixed header, visible', async (tab) => {
			await tab.goto(`${guidePath}#vps`);
			const title = await tab.evaluate(() => document.querySelector('h1')?.textContent?.trim());
			assert.equal(title, 'Comment résilier vos services OVHcloud');
			await waitFor(tab, '#vps below the header, in the viewport', landing, 'vps');
		});

		check('résilier a VPS: checklist, procedure, deadline in time, Back', async (tab) => {
			await tab.goto(`${guidePath}#assistant`);
			const steps = await walkToOutcome(tab, 'resilier', 'vps');
			assert.deepEqual(steps, ['action', 'produit', 'contact', 'situation', 'verification']);
			const heading = await expectStep(tab, 'resultat');
			assert.ok(heading.includes(productLabel('vps')), heading);
			await expectPlan(tab, 'resilier', 'vps');
			// 15 June 2099 09:30 in Paris is 07:30 UTC (summer time); 24 hours earlier.
			const shown = await fillDeadline(tab, { date: '2099-06-15', time: '09:30' });
			assert.equal(shown.kind, 'in-time', shown.text);
			assert.equal(shown.deadline, '2099-06-14T07:30:00.000Z');
			assert.ok(spaced(shown.text).includes('dimanche 14 juin 2099 à 09 h 30'), shown.text);
			await tab.back();
			await expectStep(tab, 'verification');
		});

		check('résilier Hosted Private Cloud: its dedicated guide', async (tab) => {
			await tab.goto(`${guidePath}#assistant`);
			await walkToOutcome(tab, 'resilier', 'privatecloud');
			const plan = await expectPlan(tab, 'resilier', 'privatecloud');
			assert.equal(plan.intro, 'guide');
		});

		check('résilier SMS: the special case’s notes', async (tab) => {
			await tab.goto(`${guidePath}#assistant`);
			await walkToOutcome(tab, 'resilier', 'sms');
			const plan = await expectPlan(tab, 'resilier', 'sms');
			assert.equal(plan.intro, 'none');
		});

		check('annuler for a domain: procedure, deadline already past, Back', async (tab) => {
			await tab.goto(`${guidePath}#assistant`);
			const steps = await walkToOutcome(tab, 'annuler', 'domain');
			assert.deepEqual(steps, ['action', 'produit']);
			await expectPlan(tab, 'annuler', 'domain');
			// 15 January 2020 00:00 in Paris is 14 January 23:00 UTC (winter time); 24 hours earlier.
			const shown = await fillDeadline(tab, { date: '2020-01-15' });
			assert.equal(shown.kind, 'past', shown.text);
			assert.equal(shown.deadline, '2020-01-13T23:00:00.000Z');
			await tab.back();
			await expectStep(tab, 'produit');
		});

		check('the search dialog finds the VPS section and lands on it', async (tab) => {
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
		});

		check('the support page’s « Copier » copies, or says how to copy', async (tab) => {
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
			console.log(`${engine.name}: « Copier » ${outcome.copied ? 'copied' : 'fell back'}`);
		});
	});
}
