import type { Answers } from '../src/assistant/flow.ts';
import { type OutcomeKind, outcomeFor } from '../src/assistant/outcome.ts';
import type { Situation } from '../src/assistant/questions.ts';
import { asksConditions, checksFor } from '../src/catalogue/ending.ts';
import { products } from '../src/catalogue/index.ts';
import type { Product } from '../src/catalogue/schema.ts';
import * as ui from './support/assistant';
import { expectOutcome } from './support/assistant-outcome';
import { expect, test } from './support/fixtures';

/** The answers of an administrator contact to the conditions, for a product that asks them. */
const asAdmin = (situation: Situation) =>
	({ action: 'resilier', contact: 'oui', situation }) as const satisfies Omit<Answers, 'produit'>;

/**
 * The 36 outcomes are checked as renders (src/assistant/steps/outcomes.test.ts); here, one journey
 * through the real UI per kind of ending, and the same outcome reached by its link.
 */
const journeys: Array<{ kind: OutcomeKind; anchor: string; answers: Omit<Answers, 'produit'> }> = [
	{ kind: 'procedure', anchor: 'vps', answers: asAdmin('automatique') },
	{ kind: 'guide-dedie', anchor: 'voip', answers: asAdmin('inconnu') },
	{
		kind: 'contact-administrateur',
		anchor: 'hosting',
		answers: { action: 'resilier', contact: 'non' },
	},
	{ kind: 'renouvellement-manuel', anchor: 'domain', answers: asAdmin('manuel') },
	{ kind: 'service-suspendu', anchor: 'xdsl', answers: asAdmin('suspendu') },
	{ kind: 'suppression-ressources', anchor: 'publiccloud', answers: { action: 'resilier' } },
	{ kind: 'rien-a-resilier', anchor: 'sms', answers: { action: 'resilier' } },
	{ kind: 'laisser-expirer', anchor: 'ssl_sectigo', answers: { action: 'resilier' } },
	{ kind: 'non-documente', anchor: 'plesk', answers: { action: 'resilier' } },
	{ kind: 'annulation', anchor: 'managedbaremetal', answers: { action: 'annuler' } },
	{ kind: 'annulation-si-listee', anchor: 'plesk', answers: { action: 'annuler' } },
	{ kind: 'rien-a-annuler', anchor: 'publiccloud', answers: { action: 'annuler' } },
];

/** Goes through the questions this product asks, with these answers. */
async function answerThrough(
	page: import('@playwright/test').Page,
	product: Product,
	answers: Answers,
) {
	const action = answers.action ?? 'resilier';
	await ui.chooseActionAndProduct(page, action, product);
	if (action !== 'resilier' || !asksConditions(product.ending)) return;
	await ui.expectStep(page, 'contact');
	if (answers.contact === 'non') {
		await ui
			.assistantRoot(page)
			.getByRole('radio', { name: ui.choiceLabel('contact', 'non') })
			.check();
		await ui.continueButton(page).click();
		return;
	}
	await ui.answerConditions(page, answers.situation ?? 'automatique');
	const goesOn = answers.situation === 'automatique' || answers.situation === 'inconnu';
	if (goesOn && checksFor(product.ending).length > 0) await ui.passChecklist(page);
}

test.describe('one journey per kind of ending', () => {
	test('the table covers every kind', () => {
		const kinds = new Set(journeys.map((j) => j.kind));
		expect(kinds.size).toBe(journeys.length);
		for (const journey of journeys) {
			const product = ui.productByAnchor(journey.anchor);
			expect(outcomeFor({ ...journey.answers, produit: product.anchor }, product)).toBe(
				journey.kind,
			);
		}
	});

	for (const { kind, anchor, answers } of journeys) {
		test(`${kind} (${anchor}): through the questions, then by its link`, async ({
			page,
			baseURL,
		}) => {
			const product = ui.productByAnchor(anchor);
			const full = { ...answers, produit: anchor };
			await ui.openAssistant(page);
			await answerThrough(page, product, full);
			await expectOutcome(page, product, answers.action ?? 'resilier', full);
			const url = new URL(page.url());
			expect(url.hash).toBe('#assistant');
			// The same outcome from its address, in a fresh load (the checklist passed in this tab).
			await page.goto(url.href);
			await expectOutcome(page, product, answers.action ?? 'resilier', full);
			expect(page.url()).toBe(ui.assistantUrl(baseURL, url.search));
		});
	}
});

test.describe('changing an answer', () => {
	test('« Modifier » the action keeps the product and forgets the questions about it', async ({
		page,
	}) => {
		const vps = ui.productByAnchor('vps');
		await ui.openAssistant(page, '?action=resilier&produit=vps&contact=oui&situation=manuel');
		await expectOutcome(page, vps, 'resilier', {
			action: 'resilier',
			contact: 'oui',
			situation: 'manuel',
		});
		const root = ui.assistantRoot(page);
		await root.getByRole('link', { name: 'Modifier l’action' }).click();
		await ui.expectStep(page, 'action');
		await expect(root.getByRole('radio', { name: ui.actionLabel('resilier') })).toBeChecked();
		await root.getByRole('radio', { name: ui.actionLabel('annuler') }).check();
		await ui.continueButton(page).click();
		await expectOutcome(page, vps, 'annuler');
		await expect(page).toHaveURL(/\?action=annuler&produit=vps#assistant$/);
	});

	test('« Modifier » the product keeps the action', async ({ page }) => {
		const [first, second] = products;
		if (!first || !second) throw new Error('the catalogue needs two products');
		await ui.openAssistant(page, `?action=annuler&produit=${first.anchor}`);
		await expectOutcome(page, first, 'annuler');
		await ui.assistantRoot(page).getByRole('link', { name: 'Modifier le service' }).click();
		await ui.expectStep(page, 'produit');
		await expect(ui.productRadio(page, first)).toBeChecked();
		await ui.productRadio(page, second).check();
		await ui.continueButton(page).click();
		await expectOutcome(page, second, 'annuler');
	});

	test('a product alias in a link names its product', async ({ page }) => {
		for (const product of products.filter((p) => p.aliases.length > 0)) {
			for (const alias of product.aliases) {
				await ui.openAssistant(page, `?action=annuler&produit=${alias}`);
				await ui.expectStep(page, 'resultat');
				await expect(ui.assistantRoot(page).locator('.as-heading')).toContainText(product.label);
				await expect(ui.assistantRoot(page).locator('.as-notice')).toHaveCount(0);
			}
		}
	});
});
