import type { Locator, Page } from '@playwright/test';
import type { FlowState, StepId } from '../../src/assistant/flow.ts';
import { actions, questions, type Situation } from '../../src/assistant/questions.ts';
import { stepTitle } from '../../src/assistant/step-title.ts';
import type { Action } from '../../src/catalogue/ending.ts';
import { products, universes } from '../../src/catalogue/index.ts';
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
