import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Answers, FlowState, StepId } from '../../src/assistant/flow.ts';
import { outcomeFor } from '../../src/assistant/outcome.ts';
import { actions, questions, type Situation } from '../../src/assistant/questions.ts';
import { stepTitle } from '../../src/assistant/step-title.ts';
import { cancelNoteAnchor } from '../../src/catalogue/ending.ts';
import { products, universes } from '../../src/catalogue/index.ts';
import { type Action, planFor } from '../../src/catalogue/plan.ts';
import { plainText, type UiLabel } from '../../src/catalogue/rich-text.ts';
import { cancelNoteFor } from '../../src/catalogue/rules.ts';
import type { Product } from '../../src/catalogue/schema.ts';
import { expect, guidePath } from './fixtures';

/** The assistant's root element; `data-assistant-step` is `sans-js` until the island runs. */
export function assistantRoot(page: Page): Locator {
	return page.locator('.as-root');
}

/** Waits until the island has hydrated and shows this step. */
export async function expectStep(page: Page, step: StepId): Promise<void> {
	await expect(assistantRoot(page)).toHaveAttribute('data-assistant-step', step);
}

/** Opens the guide at the assistant (with an optional query) and waits for the island to run. */
export async function openAssistant(page: Page, query = ''): Promise<void> {
	await page.goto(`${guidePath}${query}#assistant`);
	await expect(assistantRoot(page)).not.toHaveAttribute('data-assistant-step', 'sans-js');
}

export function productByAnchor(anchor: string): Product {
	const product = products.find((p) => p.anchor === anchor);
	if (!product) throw new Error(`no product ${anchor} in the catalogue`);
	return product;
}

export function universeLabel(product: Product): string {
	return universes.find((u) => u.anchor === product.universe)?.label ?? '';
}

export function actionLabel(action: Action): string {
	return actions.find((a) => a.id === action)?.label ?? '';
}

export function titleOf(state: FlowState, product?: Product): string {
	return stepTitle(state, product);
}

/** The label of an answer to the contact or situation question. */
export function choiceLabel(question: 'contact' | 'situation', value: string): string {
	const label = questions[question].choices.find((c) => c.value === value)?.label;
	if (!label) throw new Error(`no answer ${value} to ${question}`);
	return label;
}

/** Answers the contact and situation questions through the UI (as an administrator contact by default). */
export async function answerConditions(
	page: Page,
	situation: Situation = 'automatique',
): Promise<void> {
	await expectStep(page, 'contact');
	await assistantRoot(page)
		.getByRole('radio', { name: choiceLabel('contact', 'oui') })
		.check();
	await continueButton(page).click();
	await expectStep(page, 'situation');
	await assistantRoot(page)
		.getByRole('radio', { name: choiceLabel('situation', situation), exact: true })
		.check();
	await continueButton(page).click();
}

/**
 * The heading of the step shown, the one that takes the focus; once the island runs only (before,
 * the first question is drawn hidden under « Chargement de l’assistant… »).
 */
export function stepHeading(page: Page): Locator {
	return page.locator('.as-root:not([data-assistant-step="sans-js"]) .as-heading');
}

export function continueButton(page: Page): Locator {
	return assistantRoot(page).getByRole('button', { name: 'Continuer', exact: true });
}

/** The radio of a product, inside the fieldset of its universe. */
export function productRadio(page: Page, product: Product): Locator {
	return assistantRoot(page)
		.getByRole('group', { name: universeLabel(product), exact: true })
		.getByRole('radio', { name: product.label, exact: true });
}

/** The URL the assistant should show for a query, with its section anchor. */
export function assistantUrl(baseURL: string | undefined, query: string): string {
	return new URL(`${guidePath}${query}#assistant`, baseURL).href;
}

/** Answers the first two questions through the UI (radios and « Continuer »). */
export async function chooseActionAndProduct(
	page: Page,
	action: Action,
	product: Product,
): Promise<void> {
	await assistantRoot(page)
		.getByRole('radio', { name: actionLabel(action), exact: true })
		.check();
	await continueButton(page).click();
	await expectStep(page, 'produit');
	await productRadio(page, product).check();
	await continueButton(page).click();
}

/** Ticks the three boxes of the checklist and continues to the outcome. */
export async function passChecklist(page: Page): Promise<void> {
	await expectStep(page, 'verification');
	for (const box of await assistantRoot(page).getByRole('checkbox').all()) await box.check();
	await continueButton(page).click();
	await expectStep(page, 'resultat');
}

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
	expect(shown.heading).toContain(titleOf({ step: 'resultat', answers: { action } }, product));
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

/**
 * For pages of a context a test makes itself (the fixtures guard only the default page): collects
 * console errors and uncaught errors.
 */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 A/AA rules, on the whole page or one part of it. */
export async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page }).withTags(wcagTags);
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
	}));
}
