import type { Page } from '@playwright/test';
import {
	answerConditions,
	assistantRoot,
	continueButton,
	expectStep,
	openAssistant,
	productByAnchor,
	stepHeading,
} from './support/assistant';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const voip = productByAnchor('voip');
const themes = ['light', 'dark'] as const;

/** Starlight reads the theme from its own localStorage key before the first paint. */
async function useTheme(page: Page, theme: (typeof themes)[number]) {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

/**
 * Interactive targets of the assistant smaller than 24 × 24 CSS px (WCAG 2.5.8). A link inside a
 * sentence is exempt (its size is set by the line of text); a link alone in its block is not.
 */
async function smallTargets(page: Page): Promise<string[]> {
	return assistantRoot(page).evaluate((root) => {
		const blocks = 'p, li, dd, dt, td, th, div, figcaption, legend, label';
		const small: string[] = [];
		for (const element of root.querySelectorAll<HTMLElement>(
			'a[href], button, input, select, textarea',
		)) {
			const box = element.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue; // not rendered
			if (element instanceof HTMLAnchorElement) {
				const block = element.parentElement?.closest(blocks);
				const own = element.textContent?.trim() ?? '';
				const around = block?.textContent?.trim() ?? own;
				if (around !== own) continue; // inline in text
			}
			if (box.width < 24 || box.height < 24) {
				const name = element.textContent?.trim() || element.id || element.tagName;
				small.push(`${element.tagName.toLowerCase()} « ${name} » ${box.width}×${box.height}`);
			}
		}
		return small;
	});
}

/**
 * French typography in what the assistant shows: no breakable space before « : ; ! ? » or inside
 * guillemets, and the narrow no-break space (U+202F) before « ; ! ? ».
 */
async function typographyFaults(page: Page): Promise<string[]> {
	const text = await assistantRoot(page).evaluate((root) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		let all = '';
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.parentElement?.closest('script, style, code, pre')) continue;
			all += node.nodeValue;
		}
		return all;
	});
	// A breakable space before « : ; ! ? » or after « ; a full no-break space before « ; ! ? ».
	return [...text.matchAll(/.{0,25}(?:[ \t\n\r][:;!?»]|«[ \t\n\r]|\u00a0[;!?]).{0,10}/gu)].map(
		(m) => m[0],
	);
}

/** The focused step heading is on screen, not under the sticky header or the mobile table of contents. */
async function expectFocusedHeadingInView(page: Page) {
	const heading = stepHeading(page);
	await expect(heading).toBeFocused();
	await expect(heading).toBeInViewport();
	const { top, covered } = await heading.evaluate((element) => {
		// The header, then the table of contents bar when it is stuck right under it.
		let covered = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
		const toc = document.querySelector('mobile-starlight-toc nav')?.getBoundingClientRect();
		if (toc && toc.height > 0 && toc.top <= covered + 1) covered = toc.bottom;
		return { top: element.getBoundingClientRect().top, covered };
	});
	expect(top).toBeGreaterThanOrEqual(covered);
}

/** axe (WCAG 2.2 A/AA), target sizes and typography for the step shown. */
async function expectAccessible(page: Page, what: string) {
	expect(await axeViolations(page, '.as-root'), `axe, ${what}`).toEqual([]);
	expect(await smallTargets(page), `targets, ${what}`).toEqual([]);
	expect(await typographyFaults(page), `typography, ${what}`).toEqual([]);
}

test.describe('the assistant is accessible at every step', () => {
	for (const theme of themes) {
		for (const width of [1280, 360]) {
			test(`${theme} theme, ${width} px wide`, async ({ page }) => {
				test.slow(); // up to nine axe runs
				// Every step at both widths; the error states' colours at the desktop width only.
				const check = (what: string, atEveryWidth: boolean) =>
					atEveryWidth || width > 360 ? expectAccessible(page, what) : Promise.resolve();
				await useTheme(page, theme);
				await page.setViewportSize({ width, height: 900 });
				await openAssistant(page, '?action=supprimer');
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const root = assistantRoot(page);
				await expect(root.locator('.as-notice')).toBeVisible();
				await check('first question, with a notice', true);
				await continueButton(page).click();
				await expect(root.locator('.as-error-summary')).toBeFocused();
				await check('first question, error summary', false);

				await root.getByRole('radio', { name: 'Résilier un service' }).check();
				await continueButton(page).click();
				await expectStep(page, 'produit');
				await expectFocusedHeadingInView(page);
				await check('products', true);
				await root.getByRole('searchbox').fill('aucun-produit-ainsi');
				await continueButton(page).click();
				await expect(root.locator('.as-error-summary')).toBeFocused();
				await check('products, none matching, error summary', false);
				await root.getByRole('searchbox').fill(voip.label);
				await root.getByRole('radio', { name: voip.label }).check();
				await continueButton(page).click();

				await expectStep(page, 'contact');
				await expectFocusedHeadingInView(page);
				await continueButton(page).click();
				await expect(root.locator('.as-error-summary')).toBeFocused();
				await check('contact question, error summary', true);
				await answerConditions(page);

				await expectStep(page, 'verification');
				await expectFocusedHeadingInView(page);
				await check('checklist', false);
				await continueButton(page).click();
				await expect(root.locator('.as-error-summary')).toBeFocused();
				await check('checklist, error summary', true);
				for (const box of await root.getByRole('checkbox').all()) await box.check();
				await continueButton(page).click();

				await expectStep(page, 'resultat');
				await expectFocusedHeadingInView(page);
				await root.getByRole('button', { name: 'Calculer' }).click();
				await expect(root.locator('.as-deadline .as-field-error')).toBeVisible();
				await check('outcome, deadline error', false);
				await root.getByLabel('Date de fin de l’abonnement').fill('2020-01-15');
				await root.getByRole('button', { name: 'Calculer' }).click();
				await expect(root.locator('.as-deadline-past')).toBeVisible();
				await check('outcome, past deadline', false);
				await root.getByLabel('Date de fin de l’abonnement').fill('2099-01-15');
				await root.getByRole('button', { name: 'Calculer' }).click();
				await expect(root.locator('.as-deadline-ok')).toBeVisible();
				await check('outcome, deadline', true);

				// Nothing wider than the screen.
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					width,
				);
			});
		}
	}

	test('respects prefers-reduced-motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openAssistant(page);
		const animations = await assistantRoot(page).evaluate(
			(root) =>
				[root, ...root.querySelectorAll('*')]
					.map((element) => getComputedStyle(element))
					.filter((style) => style.animationName !== 'none' || style.transitionDuration !== '0s')
					.length,
		);
		expect(animations).toBe(0);
	});
});

test.describe('the pages are accessible', () => {
	for (const theme of themes) {
		test(`the home page in the ${theme} theme`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await axeViolations(page)).toEqual([]);
		});

		test(`the guide, its assistant running, in the ${theme} theme`, async ({ page }) => {
			test.slow(); // axe over the whole guide
			await useTheme(page, theme);
			await openAssistant(page, `?action=annuler&produit=${voip.anchor}`);
			await expectStep(page, 'resultat');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
