import type { Page } from '@playwright/test';
import type { Answers } from '../../src/assistant/flow.ts';
import { outcomeFor } from '../../src/assistant/outcome.ts';
import { stepTitle } from '../../src/assistant/step-title.ts';
import type { Action } from '../../src/catalogue/ending.ts';
import { cancelNoteAnchor } from '../../src/catalogue/ending.ts';
import { planFor } from '../../src/catalogue/plan.ts';
import { plainText, type UiLabel } from '../../src/catalogue/rich-text.ts';
import { cancelNoteFor } from '../../src/catalogue/rules.ts';
import type { Product } from '../../src/catalogue/schema.ts';
import { assistantRoot, expectStep } from './assistant';
import { expect } from './fixtures';

/** What the outcome shows, read in one go once the step is rendered. */
async function readOutcome(page: Page) {
	return assistantRoot(page).evaluate((root) => {
		const plan = root.querySelector('.as-plan');
		const text = (node: Element | null | undefined) => node?.textContent ?? '';
		return {
			heading: text(root.querySelector('.as-heading')),
			steps: [...(plan?.querySelectorAll('ol.procedure-steps > li') ?? [])].map((li) => ({
				text: text(li),
				labels: [...li.querySelectorAll(':scope > .ui-action')].map((label) => ({
					shown: text(label.querySelector('[aria-hidden="true"]') ?? label),
					spoken: text(label.querySelector('.sr-only')) || undefined,
				})),
			})),
			planText: text(plan),
			planLinks: [...(plan?.querySelectorAll('a') ?? [])].map((a) => ({
				name: text(a),
				href: a.getAttribute('href'),
			})),
			sectionLinks: [...root.querySelectorAll(':scope a[href^="#"]')]
				.filter((a) => !a.closest('.as-plan, .as-answers, .as-error-summary'))
				.map((a) => ({ name: text(a), href: a.getAttribute('href') })),
		};
	});
}

/**
 * The outcome shows, for these answers, its kind (`data-outcome`), then `planFor(product, action)`:
 * the numbered Control Panel steps with their labels, or the dedicated guide, or the notes; and a
 * link to the place of the guide that says the same (the product's section, or its cancel note).
 */
export async function expectOutcome(
	page: Page,
	product: Product,
	action: Action,
	answers: Answers = { action, produit: product.anchor },
): Promise<void> {
	await expectStep(page, 'resultat');
	const kind = outcomeFor({ ...answers, action }, product);
	await expect(assistantRoot(page).locator('.as-plan')).toHaveAttribute('data-outcome', kind);
	const shown = await readOutcome(page);
	expect(shown.heading).toContain(stepTitle({ step: 'resultat', answers: { action } }, product));
	if (['contact-administrateur', 'renouvellement-manuel', 'service-suspendu'].includes(kind))
		return;
	const plan = planFor(product, action);
	expect(shown.steps.map((step) => step.labels)).toEqual(
		plan.steps.map((step) =>
			step
				.filter((segment): segment is UiLabel => typeof segment !== 'string' && 'ui' in segment)
				// A label made of punctuation (« ... ») is drawn, and spoken in words.
				.map((label) => ({ shown: label.ui, spoken: label.spoken })),
		),
	);
	for (const [index, step] of plan.steps.entries()) {
		for (const segment of step) {
			if (typeof segment === 'string') expect(shown.steps[index]?.text).toContain(segment);
		}
	}
	const guideLinks =
		plan.intro === 'guide' && plan.guide
			? [
					{ name: 'guide', href: plan.guide.url },
					...plan.guide.parts.map((part) => ({ name: part.label, href: part.url })),
				]
			: [];
	for (const link of guideLinks) expect(shown.planLinks).toContainEqual(link);
	for (const note of plan.notes) {
		for (const segment of note) {
			expect(shown.planText).toContain(
				typeof segment === 'string' ? segment : plainText([segment]),
			);
		}
	}
	const guidePlace =
		action === 'resilier'
			? {
					name: `Voir la section «\u00a0${product.label}\u00a0» du guide`,
					href: `#${product.anchor}`,
				}
			: {
					name: 'Voir l’annulation d’une résiliation dans le guide',
					href: `#${cancelNoteFor(product) ? cancelNoteAnchor(product) : 'annuler'}`,
				};
	expect(shown.sectionLinks).toContainEqual(guidePlace);
}
