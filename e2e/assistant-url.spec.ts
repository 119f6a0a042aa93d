import type { Locator, Page } from '@playwright/test';
import type { StepId } from '../src/assistant/flow.ts';
import { products } from '../src/catalogue/index.ts';
import { checks } from '../src/catalogue/rules.ts';
import * as ui from './support/assistant';
import { expectOutcome } from './support/assistant-outcome';
import { expect, guidePath, test } from './support/fixtures';
import { ownPage, watchProblems } from './support/own-page';

const vps = ui.productByAnchor('vps');
const domain = ui.productByAnchor('domain');

/** The focused element is this one (read in the page, for keyboard walks). */
async function isFocused(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has the focus, as a keyboard user would (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
	for (let presses = 0; presses < max; presses++) {
		if (await isFocused(target)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

/** From the last control of a step: Tab reaches « Continuer », Enter continues. */
async function tabAndContinue(page: Page): Promise<void> {
	await page.keyboard.press('Tab');
	await expect(ui.continueButton(page)).toBeFocused();
	await page.keyboard.press('Enter');
}

/** With the focus on a radio: Space checks it, then on to the next step. */
async function checkAndContinue(page: Page, radio: Locator): Promise<void> {
	await page.keyboard.press('Space');
	await expect(radio).toBeChecked();
	await tabAndContinue(page);
}

test.describe('the assistant’s state lives in the URL', () => {
	test('a link that terminates opens its first question, without taking focus or scroll', async ({
		page,
	}) => {
		await ui.openAssistant(page, `?action=resilier&produit=${vps.anchor}`);
		await ui.expectStep(page, 'contact');
		await expect(ui.assistantRoot(page)).toContainText(vps.label);
		await expect(page.locator('body')).toBeFocused();
		await expect(ui.stepHeading(page)).not.toBeFocused();
		await expect(page.locator('#assistant')).toBeInViewport();
		await expect(ui.assistantRoot(page).locator('.as-notice')).toHaveCount(0);
	});

	test('a link that cancels a termination opens the outcome', async ({ page }) => {
		await ui.openAssistant(page, `?action=annuler&produit=${domain.anchor}`);
		await expectOutcome(page, domain, 'annuler');
		await expect(page.locator('body')).toBeFocused();
	});

	test('a link cannot skip the checklist', async ({ page }) => {
		await ui.openAssistant(
			page,
			`?action=resilier&produit=${vps.anchor}&contact=oui&situation=automatique&etape=resultat`,
		);
		await ui.expectStep(page, 'verification');
	});

	test('Back and Forward walk the steps, answers kept', async ({ page }) => {
		await ui.openAssistant(page);
		const root = ui.assistantRoot(page);
		const resilier = root.getByRole('radio', { name: ui.actionLabel('resilier'), exact: true });
		await resilier.check();
		await ui.continueButton(page).click();
		await ui.expectStep(page, 'produit');
		await ui.productRadio(page, vps).check();
		await ui.continueButton(page).click();
		await ui.answerConditions(page);
		await ui.passChecklist(page);
		const answers = { action: 'resilier', contact: 'oui', situation: 'automatique' } as const;
		await expectOutcome(page, vps, 'resilier', answers);
		await page.evaluate(() => Object.assign(window, { walked: true }));

		const expectBackAt = async (step: StepId) => {
			await ui.expectStep(page, step);
			await expect(ui.stepHeading(page)).toBeFocused();
			if (step === 'action') await expect(resilier).toBeChecked();
			if (step === 'produit') await expect(ui.productRadio(page, vps)).toBeChecked();
			if (step === 'contact') {
				await expect(
					root.getByRole('radio', { name: ui.choiceLabel('contact', 'oui') }),
				).toBeChecked();
			}
			if (step === 'situation') {
				const automatic = ui.choiceLabel('situation', 'automatique');
				await expect(root.getByRole('radio', { name: automatic })).toBeChecked();
			}
			if (step === 'verification') {
				for (const check of checks.items)
					await expect(root.getByRole('checkbox', { name: check.label(vps) })).toBeChecked();
			}
			if (step === 'resultat') await expectOutcome(page, vps, 'resilier', answers);
		};
		const walked: StepId[] = ['action', 'produit', 'contact', 'situation', 'verification'];
		for (const step of [...walked].reverse()) {
			await page.goBack();
			await expectBackAt(step);
		}
		for (const step of [...walked.slice(1), 'resultat'] as const) {
			await page.goForward();
			await expectBackAt(step);
		}
		// Still the same document: Back and Forward moved within the page's history, no reload.
		expect(await page.evaluate(() => 'walked' in window)).toBe(true);
	});

	test('unknown, repeated, hostile or huge values are ignored with a short French notice', async ({
		page,
	}) => {
		test.slow(); // a page load per case
		await page.addInitScript(() => {
			(window as unknown as { pwned: boolean }).pwned = false;
		});
		const markup = '<img src=x onerror="window.pwned=true">';
		const cases: Array<{ query: string; step: StepId }> = [
			{ query: '?action=__proto__&produit=inconnu', step: 'action' },
			{ query: `?action=resilier&action=annuler&produit=${vps.anchor}`, step: 'action' },
			{ query: `?action=annuler&produit=${encodeURIComponent(markup)}`, step: 'produit' },
			{
				query: `?action=annuler&produit=${domain.anchor}&etape=${encodeURIComponent('<script>window.pwned=true</script>')}`,
				step: 'resultat',
			},
			{ query: `?action=annuler&produit=${'a'.repeat(10 * 1024)}`, step: 'produit' },
			{ query: '?action=resilier&produit=%E0%A4%A&etape=', step: 'produit' },
		];
		for (const { query, step } of cases) {
			await ui.openAssistant(page, query);
			await ui.expectStep(page, step);
			const root = ui.assistantRoot(page);
			const notices = root.locator('.as-notice');
			await expect(notices, query.slice(0, 80)).toBeVisible();
			const text = (await notices.textContent()) ?? '';
			expect(text.length).toBeLessThan(200);
			expect(text).toMatch(/ignorée?s?\./);
			// Text, never markup: nothing of the query made it into the page.
			await expect(page.locator('img[src="x"], .as-root script')).toHaveCount(0);
			await expect(root).not.toContainText('onerror');
			expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(
				false,
			);
			// The step is drawn (a throw would also fail the test through the page-error guard).
			await expect(ui.stepHeading(page)).toBeVisible();
		}
	});

	test('arriving at a section keeps that section in view, focus on the page', async ({ page }) => {
		/** Where a heading reached by its link stands: its top, in CSS pixels from the window's. */
		const headingTop = (id: string) =>
			page.locator(`[id="${id}"]`).evaluate((heading) => heading.getBoundingClientRect().top);
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 360, height: 740 },
		]) {
			await page.setViewportSize(viewport);
			// Where any heading lands: far below the assistant, which stays out of view there.
			await page.goto(`${guidePath}#${domain.anchor}`);
			await expect(page.locator(`[id="${domain.anchor}"]`)).toBeInViewport();
			const landing = await headingTop(domain.anchor);
			const headerBottom = await page
				.locator('header.header')
				.evaluate((header) => header.getBoundingClientRect().bottom);
			expect(landing).toBeGreaterThanOrEqual(headerBottom);

			for (const { hash, query } of [
				{ hash: vps.anchor, query: '' },
				{ hash: vps.anchor, query: `?action=annuler&produit=${vps.anchor}` },
				// Right after the assistant: the island is in view, runs, and its first step (or the
				// one the query asks for, much taller) takes the place of what was drawn.
				{ hash: 'consequences', query: '' },
				{ hash: 'consequences', query: '?action=annuler' },
				{ hash: 'consequences', query: `?action=resilier&produit=${vps.anchor}` },
			]) {
				const label = `#${hash}${query} at ${viewport.width} px`;
				await page.goto(`${guidePath}${query}#${hash}`);
				if (hash === 'consequences') {
					await expect(ui.assistantRoot(page), label).not.toHaveAttribute(
						'data-assistant-step',
						'sans-js',
					);
				}
				await expect
					.poll(async () => Math.abs((await headingTop(hash)) - landing), label)
					.toBeLessThanOrEqual(1);
				await expect(page.locator('body'), label).toBeFocused();
			}

			// The same, following the introduction's link from the top of the page: the assistant
			// runs once the jump has shown it, and the section stays where the jump put it.
			await page.goto(guidePath);
			await page.locator('.sl-markdown-content > p a[href="#consequences"]').click();
			await expect(ui.assistantRoot(page)).not.toHaveAttribute('data-assistant-step', 'sans-js');
			await expect
				.poll(
					async () => Math.abs((await headingTop('consequences')) - landing),
					`link to #consequences at ${viewport.width} px`,
				)
				.toBeLessThanOrEqual(1);
		}
	});

	test('links to sections of the page are not the assistant’s business', async ({ page }) => {
		// Arrived with an ignored value (a notice is shown), the reader follows the guide's own links.
		await ui.openAssistant(page, '?action=inconnue');
		await expect(ui.assistantRoot(page).locator('.as-notice')).toBeVisible();
		const staticLink = page.locator('.product-index a[href="#vps"]').first();
		await staticLink.click();
		await expect(page.locator('#vps')).toBeInViewport();
		const focusInAssistant = ui.assistantRoot(page).locator(':focus');
		await expect(focusInAssistant).toHaveCount(0);
		await page.goBack();
		await expect(page).toHaveURL(/#assistant$/);
		await expect(focusInAssistant).toHaveCount(0);

		// From an outcome, its link to the same words in the guide.
		await ui.openAssistant(page, `?action=resilier&produit=sms`);
		await ui
			.assistantRoot(page)
			.getByRole('link', { name: /^Voir la section/ })
			.click();
		await expect(page.locator('[id="sms"]')).toBeInViewport();
		await expect(focusInAssistant).toHaveCount(0);
		await ui.expectStep(page, 'resultat');
	});

	test('keeps no cookie and nothing in localStorage (sessionStorage only)', async ({
		page,
		context,
	}) => {
		await page.addInitScript(() => {
			const writes: string[] = [];
			(window as unknown as { storageWrites: string[] }).storageWrites = writes;
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (this === window.localStorage) writes.push(`localStorage ${key}`);
				return setItem.call(this, key, value);
			};
			const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
			Object.defineProperty(document, 'cookie', {
				get: () => cookie?.get?.call(document),
				set: (value: string) => {
					writes.push(`cookie ${value}`);
					cookie?.set?.call(document, value);
				},
			});
		});
		await ui.openAssistant(page);
		await ui
			.assistantRoot(page)
			.getByRole('radio', { name: ui.actionLabel('resilier'), exact: true })
			.check();
		await ui.continueButton(page).click();
		await ui.productRadio(page, vps).check();
		await ui.continueButton(page).click();
		await ui.answerConditions(page);
		await ui.passChecklist(page);
		await ui.assistantRoot(page).getByLabel('Date de fin de l’abonnement').fill('2030-01-15');
		await ui.assistantRoot(page).getByRole('button', { name: 'Calculer' }).click();
		await ui.assistantRoot(page).getByRole('button', { name: 'Recommencer' }).click();
		await ui.expectStep(page, 'action');

		// Starlight keeps the reader's colour theme under its own key; the assistant writes nothing.
		const starlightKeys = ['starlight-theme'];
		const writes = await page.evaluate(
			() => (window as unknown as { storageWrites: string[] }).storageWrites,
		);
		expect(writes.filter((w) => !starlightKeys.some((key) => w === `localStorage ${key}`))).toEqual(
			[],
		);
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys.filter((key) => !starlightKeys.includes(key))).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		// The ticked boxes are remembered for this tab only.
		expect(await page.evaluate(() => Object.keys(sessionStorage).length)).toBeGreaterThan(0);
	});
});

test.describe('the assistant with the keyboard alone', () => {
	test('Tab, Space, arrow keys and Enter reach the outcome and back', async ({ page }) => {
		await ui.openAssistant(page);
		const root = ui.assistantRoot(page);
		const resilier = root.getByRole('radio', { name: ui.actionLabel('resilier'), exact: true });
		const annuler = root.getByRole('radio', { name: ui.actionLabel('annuler'), exact: true });
		await tabTo(page, resilier);
		await page.keyboard.press('Space');
		await expect(resilier).toBeChecked();
		await page.keyboard.press('ArrowDown');
		await expect(annuler).toBeChecked();
		await expect(annuler).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(resilier).toBeChecked();
		await tabAndContinue(page);

		await ui.expectStep(page, 'produit');
		await expect(ui.stepHeading(page)).toBeFocused();
		await page.keyboard.press('Tab');
		const filter = root.getByRole('searchbox');
		await expect(filter).toBeFocused();
		await page.keyboard.type('vps');
		await expect(root.getByRole('radio')).toHaveCount(1);
		await page.keyboard.press('Tab');
		await expect(ui.productRadio(page, vps)).toBeFocused();
		await checkAndContinue(page, ui.productRadio(page, vps));

		// The two questions about the conditions: the first answer of each.
		for (const [step, label] of [
			['contact', ui.choiceLabel('contact', 'oui')],
			['situation', ui.choiceLabel('situation', 'automatique')],
		] as const) {
			await ui.expectStep(page, step);
			await expect(ui.stepHeading(page)).toBeFocused();
			const radio = root.getByRole('radio', { name: label, exact: true });
			await tabTo(page, radio);
			await checkAndContinue(page, radio);
		}

		await ui.expectStep(page, 'verification');
		await expect(ui.stepHeading(page)).toBeFocused();
		await tabTo(page, ui.continueButton(page));
		await page.keyboard.press('Enter');
		const summary = root.locator('.as-error-summary');
		await expect(summary).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const first = root.getByRole('checkbox').first();
		await expect(first).toBeFocused();
		for (const box of await root.getByRole('checkbox').all()) {
			await expect(box).toBeFocused();
			await page.keyboard.press('Space');
			await expect(box).toBeChecked();
			await page.keyboard.press('Tab');
		}
		await expect(ui.continueButton(page)).toBeFocused();
		await page.keyboard.press('Enter');

		await expectOutcome(page, vps, 'resilier', {
			action: 'resilier',
			contact: 'oui',
			situation: 'automatique',
		});
		await expect(ui.stepHeading(page)).toBeFocused();
		const edit = root.getByRole('link', { name: 'Modifier le service' });
		await tabTo(page, edit, 30);
		await page.keyboard.press('Enter');
		await ui.expectStep(page, 'produit');
		await expect(ui.stepHeading(page)).toBeFocused();
		await expect(ui.productRadio(page, vps)).toBeChecked();
		const restart = root.getByRole('button', { name: 'Recommencer' });
		await tabTo(page, restart, 30);
		await page.keyboard.press('Enter');
		await ui.expectStep(page, 'action');
		await expect(ui.stepHeading(page)).toBeFocused();
	});
});

test.describe('the assistant without JavaScript', () => {
	test('lists every product as a link to its section, with no control', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const problems = watchProblems(page);
		await page.goto(`${guidePath}?action=resilier&produit=${vps.anchor}#assistant`);
		const root = ui.assistantRoot(page);
		await expect(root).toHaveAttribute('data-assistant-step', 'sans-js');
		for (const product of products) {
			await expect(root.locator(`a[href="#${product.anchor}"]`), product.anchor).toHaveCount(1);
		}
		// The first question's hidden shape (it holds the space until the island runs) is not drawn
		// without JavaScript: nothing on screen or for a screen reader to use.
		for (const control of await root
			.locator('input, button, select, textarea, form, [tabindex]')
			.all())
			await expect(control).toBeHidden();
		for (const role of ['radio', 'checkbox', 'button', 'textbox', 'form'] as const)
			await expect(root.getByRole(role)).toHaveCount(0);
		await root.locator(`a[href="#${domain.anchor}"]`).click();
		await expect(page.locator(`[id="${domain.anchor}"]`)).toBeInViewport();
		expect(problems).toEqual([]);
		await context.close();
	});
});

test.describe('an agent’s link to the assistant', () => {
	const link = `${guidePath}?action=annuler&produit=sms#annuler-sms`;

	test('without JavaScript, lands on the guide’s text for that product and action', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const problems = watchProblems(page);
		await page.goto(link);
		const note = page.locator('[id="annuler-sms"]');
		await expect(note).toBeInViewport();
		await expect(note).toContainText('aucune résiliation à annuler');
		expect(problems).toEqual([]);
		await context.close();
	});

	test('with JavaScript, opens the assistant there instead', async ({ page, baseURL }) => {
		await page.goto(link);
		await ui.expectStep(page, 'resultat');
		await expect(page).toHaveURL(ui.assistantUrl(baseURL, '?action=annuler&produit=sms'));
		await expect(ui.assistantRoot(page).locator('.as-plan')).toHaveAttribute(
			'data-outcome',
			'rien-a-annuler',
		);
		await expect(page.locator('#assistant')).toBeInViewport();
		// A section reached by its own link, query or not, stays where it is.
		await page.goto(`${guidePath}?action=annuler&produit=sms#consequences`);
		await expect(page.locator('#consequences')).toBeInViewport();
		await expect(page).toHaveURL(/#consequences$/);
	});
});

test.describe('the assistant after leaving the page', () => {
	test('still works when coming back (back/forward cache or reload)', async ({
		playwright,
		baseURL,
	}) => {
		test.slow(); // a browser of its own
		// Playwright turns Chromium's back/forward cache off by default: this browser keeps it on.
		const { chromiumArgs, resolveChromium } = await import('./support/browser');
		const executablePath = resolveChromium();
		const browser = await playwright.chromium.launch({
			args: chromiumArgs,
			ignoreDefaultArgs: ['--disable-back-forward-cache'],
			...(executablePath ? { executablePath } : {}),
		});
		const { page, problems } = await ownPage(browser, baseURL);
		await ui.openAssistant(page, `?action=annuler&produit=${domain.anchor}`);
		await expectOutcome(page, domain, 'annuler');
		await page.evaluate(() => {
			(window as unknown as { sameDocument: boolean }).sameDocument = true;
		});
		await page.goto('/');
		// A page restored from the cache fires no load event: wait for the navigation only.
		await page.goBack({ waitUntil: 'commit' });
		await expectOutcome(page, domain, 'annuler');
		const restored = await page.evaluate(
			() => (window as unknown as { sameDocument?: boolean }).sameDocument === true,
		);
		test.info().annotations.push({
			type: 'bfcache',
			description: restored ? 'restored from the back/forward cache' : 'reloaded (no bfcache)',
		});
		// The assistant answers as before.
		await ui.assistantRoot(page).getByRole('link', { name: 'Modifier le service' }).click();
		await ui.expectStep(page, 'produit');
		await expect(ui.stepHeading(page)).toBeFocused();
		await ui.productRadio(page, vps).check();
		await ui.continueButton(page).click();
		await expectOutcome(page, vps, 'annuler');
		await page.goBack({ waitUntil: 'commit' });
		await ui.expectStep(page, 'produit');
		await expect(ui.productRadio(page, vps)).toBeChecked();
		expect(problems).toEqual([]);
		await browser.close();
	});
});
