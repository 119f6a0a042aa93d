import type { Page } from '@playwright/test';
import { assistantRoot, expectStep, openAssistant, productByAnchor } from './support/assistant';
import { expect, test } from './support/fixtures';
import { ownPage } from './support/own-page';

/**
 * The last moment to act is the end of the subscription (Paris wall-clock time) minus exactly
 * 24 hours, written in French, in Paris time. Across a daylight-saving change that is 23 or 25 hours
 * of wall-clock time. Playwright's clock makes « already past » deterministic.
 */
const domain = productByAnchor('domain');
const hour = 3_600_000;
const nbsp = '\u00a0';

/** « samedi 28 mars 2026 à 23 h 00 (heure de Paris) », with its non-breaking spaces. */
function parisLabel(weekday: string, day: string, month: string, year: number, time: string) {
	const [hh, mm] = time.split(':');
	return `${weekday} ${day}${nbsp}${month} ${year} à ${hh}${nbsp}h${nbsp}${mm} (heure de Paris)`;
}

const cases = [
	{
		name: 'spring forward: the night of 28 to 29 March lasts 23 hours',
		end: { date: '2026-03-30', time: '' },
		// 30 March 00:00 CEST = 29 March 22:00 UTC; minus 24 h = 28 March 22:00 UTC = 23:00 CET.
		deadlineUtc: Date.UTC(2026, 2, 28, 22, 0),
		label: parisLabel('samedi', '28', 'mars', 2026, '23:00'),
		calendarStart: 'DTSTART;TZID=Europe/Paris:20260328T230000',
	},
	{
		name: 'fall back: the night of 24 to 25 October lasts 25 hours',
		end: { date: '2026-10-26', time: '00:00' },
		// 26 October 00:00 CET = 25 October 23:00 UTC; minus 24 h = 24 October 23:00 UTC = 01:00 CEST.
		deadlineUtc: Date.UTC(2026, 9, 24, 23, 0),
		label: parisLabel('dimanche', '25', 'octobre', 2026, '01:00'),
		calendarStart: 'DTSTART;TZID=Europe/Paris:20261025T010000',
	},
	{
		name: 'a leap day at a given time',
		end: { date: '2028-03-01', time: '09:30' },
		deadlineUtc: Date.UTC(2028, 1, 29, 8, 30),
		label: parisLabel('mardi', '29', 'février', 2028, '09:30'),
		calendarStart: 'DTSTART;TZID=Europe/Paris:20280229T093000',
	},
];

async function enterEnd(page: Page, date: string, time: string) {
	const root = assistantRoot(page);
	await root.getByLabel('Date de fin de l’abonnement').fill(date);
	const timeField = root.getByLabel('Heure de fin (facultatif)');
	// 00:00 unless the reader says otherwise.
	await expect(timeField).toHaveValue('00:00');
	if (time) await timeField.fill(time);
	await root.getByRole('button', { name: 'Calculer' }).click();
}

async function openOutcome(page: Page, anchor = domain.anchor) {
	await openAssistant(page, `?action=annuler&produit=${anchor}`);
	await expectStep(page, 'resultat');
}

test.describe('the deadline', () => {
	for (const { name, end, deadlineUtc, label, calendarStart } of cases) {
		test(`${name}: one minute before, in time; one minute after, past`, async ({ page }) => {
			await page.clock.setFixedTime(deadlineUtc - 60_000);
			await openOutcome(page);
			await enterEnd(page, end.date, end.time);
			const root = assistantRoot(page);
			const inTime = root.locator('.as-deadline-ok');
			await expect(inTime).toBeVisible();
			await expect(inTime.locator('strong')).toHaveText(label, { useInnerText: true });
			expect(await inTime.locator('strong').textContent()).toBe(label);
			await expect(inTime).toHaveAttribute('data-deadline', new Date(deadlineUtc).toISOString());
			await expect(inTime).toContainText(`dans 1${nbsp}minute`);
			await expect(root.locator('.as-deadline-past')).toHaveCount(0);
			// Said in a polite live region: the focus stays on the button.
			await expect(root.locator('.as-deadline-result')).toHaveAttribute('aria-live', 'polite');
			// A reminder for the reader's calendar, made in the page, at the deadline in Paris time.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				root.getByRole('link', { name: 'Ajouter un rappel à mon agenda' }).click(),
			]);
			expect(download.suggestedFilename()).toBe('rappel-resiliation.ics');
			const path = await download.path();
			const ics = (await import('node:fs')).readFileSync(path, 'utf8');
			expect(ics.split('\r\n')).toContain(calendarStart);
			expect(ics).toContain('BEGIN:VTIMEZONE');
			expect(ics.replace(/\r\n[ \t]/g, '')).toContain(
				`SUMMARY:Annuler la résiliation\u00a0: ${domain.label}`,
			);

			await page.clock.setFixedTime(deadlineUtc + 60_000);
			await root.getByRole('button', { name: 'Calculer' }).click();
			await expect(root.getByRole('button', { name: 'Calculer' })).toBeFocused();
			const past = root.locator('.as-deadline-past');
			await expect(past).toBeVisible();
			expect(await past.locator('strong').textContent()).toBe(label);
			await expect(past).toContainText('Ce moment est déjà passé');
			await expect(inTime).toHaveCount(0);
		});
	}

	test('the deadline itself is still in time', async ({ page }) => {
		const [spring] = cases;
		if (!spring) throw new Error('no case');
		await page.clock.setFixedTime(spring.deadlineUtc);
		await openOutcome(page);
		await enterEnd(page, spring.end.date, spring.end.time);
		await expect(assistantRoot(page).locator('.as-deadline-ok')).toContainText(
			'dans moins d’une minute',
		);
	});

	test('does not depend on the reader’s time zone', async ({ browser, baseURL }) => {
		const { context, page, problems } = await ownPage(browser, baseURL, 'America/New_York');
		for (const { end, deadlineUtc, label } of cases) {
			await page.clock.setFixedTime(deadlineUtc - 2 * hour);
			expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBeGreaterThan(0);
			await openOutcome(page);
			await enterEnd(page, end.date, end.time);
			const inTime = assistantRoot(page).locator('.as-deadline-ok');
			expect(await inTime.locator('strong').textContent()).toBe(label);
			await expect(inTime).toHaveAttribute('data-deadline', new Date(deadlineUtc).toISOString());
			await expect(inTime).toContainText(`dans 2${nbsp}heures`);
		}
		expect(problems).toEqual([]);
		await context.close();
	});

	test('past: a domain still has its redemption period; other services, the support', async ({
		page,
	}) => {
		const [spring] = cases;
		if (!spring) throw new Error('no case');
		await page.clock.setFixedTime(spring.deadlineUtc + hour);
		await openOutcome(page);
		await enterEnd(page, spring.end.date, spring.end.time);
		const late = assistantRoot(page).locator('.as-deadline-late');
		await expect(late.first()).toContainText('période de rédemption');
		await expect(
			late.getByRole('link', { name: 'Gérer le renouvellement de mes services' }),
		).toBeVisible();
		await openOutcome(page, 'vps');
		await enterEnd(page, spring.end.date, spring.end.time);
		await expect(late).toContainText('support');
		await expect(late).not.toContainText('rédemption');
	});

	test('an empty date is an error tied to its field, and summarised', async ({ page }) => {
		await openOutcome(page);
		const root = assistantRoot(page);
		await root.getByRole('button', { name: 'Calculer' }).click();
		const summary = root.locator('.as-deadline .as-error-summary');
		await expect(summary).toBeFocused();
		await summary.getByRole('link').click();
		const date = root.getByLabel('Date de fin de l’abonnement');
		await expect(date).toBeFocused();
		await expect(date).toHaveAttribute('aria-invalid', 'true');
		await expect(date).toHaveAccessibleDescription(/Saisissez la date de fin de l’abonnement/);
	});
});
