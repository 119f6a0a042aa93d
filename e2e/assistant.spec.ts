import { countMessage, filterProducts } from '../src/assistant/filter.ts';
import { type StepId, stepNumber } from '../src/assistant/flow.ts';
import type { Action } from '../src/catalogue/ending.ts';
import { findProduct, products, universes } from '../src/catalogue/index.ts';
import { checks as checkRules } from '../src/catalogue/rules.ts';
import * as ui from './support/assistant';
import { expectOutcome } from './support/assistant-outcome';
import { expect, guidePath, test } from './support/fixtures';

const vps = ui.productByAnchor('vps');
const domain = ui.productByAnchor('domain');
const hosting = ui.productByAnchor('hosting');
/** The checks as the reader sees them for the VPS (whose data is deleted: all three). */
const checks = checkRules.items.map((c) => ({ label: c.label(vps), error: c.error(vps) }));

test.describe('the assistant’s questions', () => {
	test('first asks what to do, with two radios and « Continuer »', async ({ page }) => {
		await ui.openAssistant(page);
		await ui.expectStep(page, 'action');
		const root = ui.assistantRoot(page);
		const group = root.getByRole('group', { name: /Que souhaitez-vous faire\s\?/ });
		await expect(group.getByRole('radio')).toHaveCount(2);
		await expect(group.getByRole('radio', { name: ui.actionLabel('resilier') })).not.toBeChecked();
		await expect(group.getByRole('radio', { name: ui.actionLabel('annuler') })).not.toBeChecked();
		await expect(root.getByRole('button')).toHaveText(['Continuer']);
		// No answer: an error summary, no silent disabled button.
		await expect(ui.continueButton(page)).toBeEnabled();
		await ui.continueButton(page).click();
		const summary = root.locator('.as-error-summary');
		await expect(summary).toBeFocused();
		await summary.getByRole('link').click();
		await expect(group.getByRole('radio', { name: ui.actionLabel('resilier') })).toBeFocused();
		await ui.expectStep(page, 'action');
	});

	test('then lists the products, one fieldset per universe', async ({ page }) => {
		await ui.openAssistant(page, '?action=resilier');
		await ui.expectStep(page, 'produit');
		const root = ui.assistantRoot(page);
		await expect(ui.stepHeading(page)).toContainText('Quel est votre service\u202f?');
		const groups = root.locator('fieldset');
		await expect(groups.locator(':scope > legend')).toHaveText(universes.map((u) => u.label));
		for (const [index, universe] of universes.entries()) {
			const labels = products.filter((p) => p.universe === universe.anchor).map((p) => p.label);
			await expect(groups.nth(index).locator('label')).toHaveText(labels);
		}
		await expect(root.getByRole('radio')).toHaveCount(products.length);
		await expect(root.locator('.as-count')).toHaveText(countMessage(products.length));
	});

	test('the filter narrows the list, ignoring case and accents, and says how many match', async ({
		page,
	}) => {
		await ui.openAssistant(page, '?action=annuler');
		const root = ui.assistantRoot(page);
		const filter = root.getByRole('searchbox', { name: 'Filtrer la liste des services' });
		const status = root.locator('[data-assistant-status]');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		// Which products each query finds is filter.test.ts's business; here, that the page shows them.
		const queries = [
			'hebergement',
			'HÉBERGEMENT web',
			'exchange',
			'vps',
			'telecom',
			'aucun-produit-ainsi',
		];
		for (const query of queries) {
			await filter.fill(query);
			const matching = filterProducts(products, universes, query);
			await expect(root.getByRole('radio')).toHaveCount(matching.length);
			await expect(root.locator('fieldset label')).toHaveText(matching.map((p) => p.label));
			await expect(root.locator('.as-count')).toHaveText(countMessage(matching.length));
			// Said in the polite live region, without moving the focus.
			await expect(status).toHaveText(countMessage(matching.length));
			await expect(filter).toBeFocused();
		}
		// Nothing matches: « Continuer » points at the filter.
		await ui.continueButton(page).click();
		await expect(root.locator('.as-error-summary')).toBeFocused();
		await root.locator('.as-error-summary').getByRole('link').click();
		await expect(filter).toBeFocused();
		await filter.fill('');
		await expect(root.getByRole('radio')).toHaveCount(products.length);
	});

	test('the conditions are asked as questions, errors tied to their answers', async ({ page }) => {
		await ui.openAssistant(page, `?action=resilier&produit=${vps.anchor}`);
		await ui.expectStep(page, 'contact');
		const root = ui.assistantRoot(page);
		const group = root.getByRole('group', { name: /contact administrateur de votre VPS/ });
		await expect(group).toHaveAccessibleDescription(/Seul le contact administrateur/);
		await ui.continueButton(page).click();
		const summary = root.locator('.as-error-summary');
		await expect(summary).toBeFocused();
		await summary.getByRole('link').click();
		const yes = group.getByRole('radio', { name: ui.choiceLabel('contact', 'oui') });
		await expect(yes).toBeFocused();
		await expect(yes).toHaveAttribute('aria-invalid', 'true');
		await expect(group).toHaveAccessibleDescription(
			/Indiquez si vous êtes le contact administrateur/,
		);
		await ui.answerConditions(page);
		await ui.expectStep(page, 'verification');
	});

	test('the checklist states the consequence; the error summary leads to each unticked box', async ({
		page,
	}) => {
		await ui.openAssistant(
			page,
			`?action=resilier&produit=${vps.anchor}&contact=oui&situation=automatique`,
		);
		await ui.expectStep(page, 'verification');
		const root = ui.assistantRoot(page);
		await expect(root.getByRole('heading', { name: 'Ce que vous perdrez' })).toBeVisible();
		await expect(root).toContainText('sans possibilité de récupération');
		const boxes = root.getByRole('checkbox');
		await expect(boxes).toHaveCount(checks.length);
		for (const check of checks) {
			await expect(root.getByRole('checkbox', { name: check.label })).not.toBeChecked();
		}

		const summary = root.locator('.as-error-summary');
		const tryToContinue = async (unticked: typeof checks) => {
			await expect(ui.continueButton(page)).toBeEnabled();
			await ui.continueButton(page).click();
			await expect(summary).toBeFocused();
			await expect(summary).toHaveAttribute('role', 'alert');
			await expect(summary.getByRole('heading')).toHaveText('Il y a un problème');
			await expect(summary.getByRole('link')).toHaveText(unticked.map((c) => c.error));
			for (const check of unticked) {
				await summary.getByRole('link', { name: check.error }).click();
				const box = root.getByRole('checkbox', { name: check.label });
				await expect(box).toBeFocused();
				await expect(box).toHaveAttribute('aria-invalid', 'true');
				await expect(box).toHaveAccessibleDescription(`Erreur\u00a0: ${check.error}`);
			}
			await ui.expectStep(page, 'verification');
		};
		await tryToContinue(checks);
		const [, second] = checks;
		if (!second) throw new Error('three checks expected');
		await root.getByRole('checkbox', { name: second.label }).check();
		await tryToContinue(checks.filter((check) => check !== second));
		await ui.passChecklist(page);
		await expectOutcome(page, vps, 'resilier');
	});

	test('focus goes to the new step’s heading and the page title names the step', async ({
		page,
	}) => {
		await ui.openAssistant(page);
		const baseTitle = await page.title();
		const expectArrived = async (step: StepId, action?: Action) => {
			await ui.expectStep(page, step);
			const answers = action
				? { action, ...(step === 'produit' ? {} : { produit: hosting.anchor }) }
				: {};
			const shown = { step, answers };
			const title = ui.titleOf(
				shown,
				step === 'resultat' || step === 'contact' ? hosting : undefined,
			);
			const number = stepNumber(shown, findProduct);
			await expect(ui.stepHeading(page)).toBeFocused();
			await expect(ui.stepHeading(page)).toHaveText(
				number === null ? title : `Étape ${number} – ${title}`,
			);
			await expect(page).toHaveTitle(`${title} – ${baseTitle}`);
		};
		await ui.chooseActionAndProduct(page, 'resilier', hosting);
		await expectArrived('contact', 'resilier');
		await ui.answerConditions(page);
		await ui.passChecklist(page);
		await expectArrived('resultat', 'resilier');
		await ui.assistantRoot(page).getByRole('button', { name: 'Recommencer' }).click();
		await expectArrived('action');
		await ui
			.assistantRoot(page)
			.getByRole('radio', { name: ui.actionLabel('annuler'), exact: true })
			.check();
		await ui.continueButton(page).click();
		await expectArrived('produit', 'annuler');
		await ui.assistantRoot(page).getByRole('button', { name: 'Recommencer' }).click();
		await expectArrived('action');
	});
});

test.describe('« Vos réponses »', () => {
	test('lists each answer with « Modifier »; changing one keeps the other', async ({
		page,
		baseURL,
	}) => {
		await ui.openAssistant(page, `?action=annuler&produit=${domain.anchor}`);
		await expectOutcome(page, domain, 'annuler');
		const answers = ui.assistantRoot(page).getByRole('region', { name: 'Vos réponses' });
		await expect(answers.locator('dt')).toHaveText([
			'Ce que vous souhaitez faire',
			'Votre service',
		]);
		await expect(answers.locator('dd:not(.as-answer-edit)')).toHaveText([
			ui.actionLabel('annuler'),
			domain.label,
		]);
		// Real links: they work in a new tab too.
		await expect(answers.getByRole('link', { name: 'Modifier le service' })).toHaveAttribute(
			'href',
			`${guidePath}?action=annuler&produit=${domain.anchor}&etape=produit#assistant`,
		);
		await expect(answers.getByRole('link', { name: 'Modifier l’action' })).toHaveAttribute(
			'href',
			`${guidePath}?action=annuler&produit=${domain.anchor}&etape=action#assistant`,
		);

		await answers.getByRole('link', { name: 'Modifier le service' }).click();
		await ui.expectStep(page, 'produit');
		await expect(ui.productRadio(page, domain)).toBeChecked();
		await ui.productRadio(page, vps).check();
		await ui.continueButton(page).click();
		await expectOutcome(page, vps, 'annuler');

		await answers.getByRole('link', { name: 'Modifier l’action' }).click();
		await ui.expectStep(page, 'action');
		await ui
			.assistantRoot(page)
			.getByRole('radio', { name: ui.actionLabel('resilier'), exact: true })
			.check();
		await ui.continueButton(page).click();
		await ui.answerConditions(page);
		await ui.passChecklist(page);
		await expectOutcome(page, vps, 'resilier');
		await expect(answers.locator('dt')).toHaveText([
			'Ce que vous souhaitez faire',
			'Votre service',
			'Contact administrateur',
			'Situation du service',
			'Vérifications',
		]);
		await expect(answers.locator('dd:not(.as-answer-edit)')).toHaveText([
			ui.actionLabel('resilier'),
			vps.label,
			ui.choiceLabel('contact', 'oui'),
			ui.choiceLabel('situation', 'automatique'),
			'Confirmées',
		]);
		await expect(page).toHaveURL(
			ui.assistantUrl(
				baseURL,
				`?action=resilier&produit=${vps.anchor}&contact=oui&situation=automatique&etape=resultat`,
			),
		);

		await ui.assistantRoot(page).getByRole('button', { name: 'Recommencer' }).click();
		await ui.expectStep(page, 'action');
		await expect(ui.assistantRoot(page).getByRole('radio', { checked: true })).toHaveCount(0);
		await expect(page).toHaveURL(ui.assistantUrl(baseURL, ''));
	});

	test('the procedure is read without a doubled word, each illustration once', async ({ page }) => {
		for (const query of ['?action=annuler&produit=vps', '?action=resilier&produit=plesk']) {
			await ui.openAssistant(page, query);
			await ui.expectStep(page, 'resultat');
			// What assistive technologies get: the accessibility tree of the outcome's procedure.
			const tree = await ui.assistantRoot(page).locator('.as-plan').ariaSnapshot();
			expect(tree, query).toContain('bouton d’actions (trois points)');
			expect(tree, query).not.toMatch(/\b(\p{L}+) \1\b/iu);
			// One image, named by its description (an image's content is not read: ARIA's
			// « children presentational »).
			expect(tree.match(/img "Illustration de la page/g), query).toHaveLength(1);
			expect(tree, query).not.toMatch(/- figure/);
		}
	});

	test('« Copier le lien » copies the address and says so politely', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await ui.openAssistant(page, `?action=annuler&produit=${domain.anchor}`);
		await ui.assistantRoot(page).getByRole('button', { name: 'Copier le lien' }).click();
		const status = ui.assistantRoot(page).locator('[data-assistant-status]');
		await expect(status).toHaveText('Lien copié');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	});

	test('« Imprimer » prints the answers, steps, deadline and address, not the site', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			window.print = () => {
				(window as unknown as { printedWith: string }).printedWith =
					document.documentElement.dataset.print ?? '';
			};
		});
		await ui.openAssistant(page, `?action=annuler&produit=${domain.anchor}`);
		const root = ui.assistantRoot(page);
		await root.getByLabel('Date de fin de l’abonnement').fill('2030-01-15');
		await root.getByRole('button', { name: 'Calculer' }).click();
		await expect(root.locator('.as-deadline-ok')).toBeVisible();
		await root.getByRole('button', { name: 'Imprimer' }).click();
		expect(
			await page.evaluate(() => (window as unknown as { printedWith: string }).printedWith),
		).toBe('assistant');

		await page.emulateMedia({ media: 'print' });
		await expect(root.getByRole('region', { name: 'Vos réponses' })).toBeVisible();
		await expect(root.locator('ol.procedure-steps')).toBeVisible();
		await expect(root.locator('.as-deadline-ok')).toBeVisible();
		await expect(root.getByText(page.url(), { exact: false })).toBeVisible();
		// Nothing to click on paper.
		for (const button of await root.getByRole('button').all()) await expect(button).toBeHidden();
		for (const link of await root.getByRole('link', { name: /^Modifier/ }).all())
			await expect(link).toBeHidden();
		for (const chrome of [
			'header.header',
			'nav[aria-label="principale"]',
			'.right-sidebar-container',
			'mobile-starlight-toc',
			'footer',
			'h1',
			'.sl-heading-wrapper:has(#consequences)',
		]) {
			const element = page.locator(chrome).first();
			await expect(page.locator(chrome), chrome).not.toHaveCount(0);
			await expect(element, chrome).toBeHidden();
		}
		// Printing done: the page prints whole again.
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		await expect(page.locator('html')).not.toHaveAttribute('data-print');
		await expect(page.locator('h1')).toBeVisible();
	});
});
