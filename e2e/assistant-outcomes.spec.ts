import { checks } from '../src/assistant/flow.ts';
import { consequenceText } from '../src/catalogue/consequences.ts';
import { products } from '../src/catalogue/index.ts';
import {
	actionLabel,
	assistantRoot,
	assistantUrl,
	chooseActionAndProduct,
	continueButton,
	expectOutcome,
	expectStep,
	openAssistant,
	passChecklist,
	productRadio,
} from './support/assistant';
import { expect, test } from './support/fixtures';

/**
 * Every action × product, through the real UI, one page load per product: terminate (with the
 * checklist), then « Modifier » the action to cancel the termination, the product being kept.
 */
test.describe('the assistant reaches every outcome', () => {
	for (const product of products) {
		test(`${product.label} (#${product.anchor}): résilier, puis annuler la résiliation`, async ({
			page,
			baseURL,
		}) => {
			await openAssistant(page);
			await expectStep(page, 'action');
			await chooseActionAndProduct(page, 'resilier', product);

			// The checklist is about this product.
			await expectStep(page, 'verification');
			const root = assistantRoot(page);
			await expect(root).toContainText(product.label);
			const consequence = consequenceText[product.consequence];
			const lossHeading = root.getByRole('heading', { name: 'Ce que vous perdrez' });
			const loss = lossHeading.locator('xpath=following-sibling::p[1]');
			if (consequence) await expect(loss).toHaveText(consequence);
			else {
				await expect(loss).not.toBeEmpty();
				for (const text of Object.values(consequenceText))
					if (text) await expect(loss).not.toHaveText(text);
			}
			await expect(root.getByRole('checkbox')).toHaveCount(checks.length);
			await passChecklist(page);
			await expectOutcome(page, product, 'resilier');
			await expect(page).toHaveURL(
				assistantUrl(baseURL, `?action=resilier&produit=${product.anchor}&etape=resultat`),
			);

			// « Modifier » the action: the product is kept, no checklist for a cancellation.
			await root.getByRole('link', { name: 'Modifier l’action' }).click();
			await expectStep(page, 'action');
			await expect(root.getByRole('radio', { name: actionLabel('resilier') })).toBeChecked();
			await root.getByRole('radio', { name: actionLabel('annuler') }).check();
			await continueButton(page).click();
			await expectOutcome(page, product, 'annuler');
			await expect(page).toHaveURL(
				assistantUrl(baseURL, `?action=annuler&produit=${product.anchor}`),
			);
		});
	}

	test('a product alias in a link names its product', async ({ page }) => {
		for (const product of products.filter((p) => p.aliases.length > 0)) {
			for (const alias of product.aliases) {
				await openAssistant(page, `?action=resilier&produit=${alias}`);
				await expectStep(page, 'verification');
				await expect(assistantRoot(page)).toContainText(product.label);
				await expect(assistantRoot(page).locator('.as-notice')).toHaveCount(0);
			}
		}
	});

	test('« Modifier » the product keeps the action', async ({ page }) => {
		const [first, second] = products;
		if (!first || !second) throw new Error('the catalogue needs two products');
		await openAssistant(page, `?action=annuler&produit=${first.anchor}`);
		await expectOutcome(page, first, 'annuler');
		await assistantRoot(page).getByRole('link', { name: 'Modifier le service' }).click();
		await expectStep(page, 'produit');
		await expect(productRadio(page, first)).toBeChecked();
		await productRadio(page, second).check();
		await continueButton(page).click();
		await expectOutcome(page, second, 'annuler');
	});
});
