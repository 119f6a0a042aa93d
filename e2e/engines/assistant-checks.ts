/**
 * The assistant in the smoke suite: each kind of ending through its UI, with the deadline and
 * Back (the steps themselves are driven by `assistant-steps.ts`).
 */
import assert from 'node:assert/strict';
import type { Action } from '../../src/catalogue/ending.ts';
import { products } from '../../src/catalogue/index.ts';
import { planFor } from '../../src/catalogue/plan.ts';
import { assistantSelectors, expectStep, fillDeadline, walkToOutcome } from './assistant-steps.ts';
import { guidePath } from './guide-checks.ts';
import { type SmokeCheck, smokeCheck } from './smoke-check.ts';
import { type Tab, waitFor } from './tab.ts';

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

export const assistantChecks: SmokeCheck[] = [
	smokeCheck('résilier a VPS: checklist, procedure, deadline in time, Back', async (tab) => {
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
	}),
	smokeCheck('résilier Hosted Private Cloud: its dedicated guide', async (tab) => {
		await tab.goto(`${guidePath}#assistant`);
		await walkToOutcome(tab, 'resilier', 'privatecloud');
		const plan = await expectPlan(tab, 'resilier', 'privatecloud');
		assert.equal(plan.intro, 'guide');
	}),
	smokeCheck('résilier SMS: the special case’s notes', async (tab) => {
		await tab.goto(`${guidePath}#assistant`);
		await walkToOutcome(tab, 'resilier', 'sms');
		const plan = await expectPlan(tab, 'resilier', 'sms');
		assert.equal(plan.intro, 'none');
	}),
	smokeCheck('annuler for a domain: procedure, deadline already past, Back', async (tab) => {
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
	}),
];
