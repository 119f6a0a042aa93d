import { test as bare, type Page, type Request } from '@playwright/test';
import type { Action } from '../src/catalogue/ending.ts';
import {
	actionLabel,
	assistantRoot,
	continueButton,
	expectStep,
	openAssistant,
	productByAnchor,
	productRadio,
	stepHeading,
} from './support/assistant';
import { expectOutcome } from './support/assistant-outcome';
import { expect, test } from './support/fixtures';

/**
 * The outcome step's code (procedure, deadline, « Vos réponses ») is a chunk of its own, loaded
 * once the reader has answered the first question: readers who never use the assistant, or only
 * look at it, do not download it.
 */

const outcomeChunk = /\/_astro\/OutcomeStep\.[\w-]+\.js$/;
const domain = productByAnchor('domain');

function outcomeRequests(page: Page): Request[] {
	const seen: Request[] = [];
	page.on('request', (request) => {
		if (outcomeChunk.test(new URL(request.url()).pathname)) seen.push(request);
	});
	return seen;
}

async function answerAction(page: Page, action: Action) {
	await assistantRoot(page)
		.getByRole('radio', { name: actionLabel(action), exact: true })
		.check();
	await continueButton(page).click();
	await expectStep(page, 'produit');
}

test('the outcome’s code loads after the first answer, not with the page', async ({ page }) => {
	const requests = outcomeRequests(page);
	await openAssistant(page);
	await expectStep(page, 'action');
	// Give an eager loader every chance to show itself.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
	expect(requests).toHaveLength(0);
	await answerAction(page, 'annuler');
	await expect.poll(() => requests.length).toBe(1);
	await productRadio(page, domain).check();
	await continueButton(page).click();
	await expectOutcome(page, domain, 'annuler');
	await expect(stepHeading(page)).toBeFocused();
	expect(requests).toHaveLength(1);
});

bare(
	'when the outcome’s code cannot load, the reader gets the section and a later step retries',
	async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			// The browser reports the refused request itself; nothing else may go wrong.
			const url = message.location().url;
			if (message.type() === 'error' && !outcomeChunk.test(new URL(url || 'about:blank').pathname))
				errors.push(`console: ${message.text()}`);
		});
		await page.route(outcomeChunk, (route) => route.abort('connectionfailed'));

		await openAssistant(page);
		await answerAction(page, 'annuler');
		await productRadio(page, domain).check();
		await continueButton(page).click();
		await expectStep(page, 'resultat');
		const root = assistantRoot(page);
		await expect(stepHeading(page)).toBeFocused();
		await expect(root).toContainText('La procédure n’a pas pu être chargée');
		await expect(
			root.getByRole('link', { name: `Voir la section «\u00a0${domain.label}\u00a0» du guide` }),
		).toHaveAttribute('href', `#${domain.anchor}`);

		// The network is back: the next step change loads the code, and the outcome shows in full.
		await page.unroute(outcomeChunk);
		await page.goBack();
		await expectStep(page, 'produit');
		await continueButton(page).click();
		await expectOutcome(page, domain, 'annuler');
		expect(errors).toEqual([]);
	},
);

test.describe('before the island runs, the assistant keeps the space of the step to come', () => {
	const island = /\/_astro\/Assistant\.[\w-]+\.js$/;

	/** The assistant's height while its code is held back, then once it runs. */
	async function heights(page: Page, query: string) {
		let release = () => {};
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		await page.route(island, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`/billing/how-to-cancel-your-services/${query}#assistant`);
		const root = assistantRoot(page);
		await expect(root).toHaveAttribute('data-assistant-step', 'sans-js');
		await expect(root.locator('.as-pending')).toBeVisible();
		const before = await root.evaluate((element) => element.getBoundingClientRect().height);
		release();
		await expect(root).not.toHaveAttribute('data-assistant-step', 'sans-js');
		const after = await root.evaluate((element) => element.getBoundingClientRect().height);
		return { before, after, screen: page.viewportSize()?.height ?? 0 };
	}

	// Widths where the question's heading wraps or not, and where Starlight's type grows.
	for (const width of [320, 412, 768, 1280]) {
		test(`the first question, ${width} px wide`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			const { before, after } = await heights(page, '');
			expect(Math.abs(after - before), `${before} px, then ${after} px`).toBeLessThanOrEqual(1);
		});
	}

	test('a link further on: a screen’s height, and the step is at least as tall', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		const { before, after, screen } = await heights(
			page,
			`?action=annuler&produit=${domain.anchor}`,
		);
		expect(before).toBeGreaterThanOrEqual(screen);
		expect(after).toBeGreaterThanOrEqual(screen);
	});

	// A support link to a product that asks about the conditions opens the contact question: the
	// space kept is that question's own, drawn hidden, to the pixel.
	for (const width of [360, 1280]) {
		test(`a link to the contact question, ${width} px wide`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			const { before, after } = await heights(page, `?action=resilier&produit=${domain.anchor}`);
			expect(Math.abs(after - before), `${before} px, then ${after} px`).toBeLessThanOrEqual(1);
		});
	}
});
