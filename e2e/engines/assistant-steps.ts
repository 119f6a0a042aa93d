/**
 * Every interaction of the smoke suite with the assistant, one function per step, through the
 * selectors below and nothing else: when the flow changes, this file is the one to adapt.
 */
import type { Action } from '../../src/catalogue/ending.ts';
import type { Tab } from './tab.ts';
import { waitFor } from './tab.ts';

export const assistantSelectors = {
	/** The island's root; `data-assistant-step` names the step shown (`sans-js` before it runs). */
	root: '.as-root',
	/** The heading of the step shown, once the island runs; it takes the focus on a step change. */
	heading: '.as-root:not([data-assistant-step="sans-js"]) .as-heading',
	action: (action: string) => `input[name="action"][value="${action}"]`,
	product: (anchor: string) => `input[name="produit"][value="${anchor}"]`,
	/** The questions about the conditions: an administrator contact, renewing automatically. */
	contactYes: 'input[name="contact"][value="oui"]',
	automaticRenewal: 'input[name="situation"][value="automatique"]',
	uncheckedCheck: 'input[name="verification"]:not(:checked)',
	/** « Continuer ». */
	continueButton: '.as-root .as-button--primary',
	deadlineDate: '#as-fin-date',
	deadlineTime: '#as-fin-heure',
	/** « Calculer ». */
	deadlineSubmit: '.as-deadline button[type="submit"]',
	deadlineInTime: '.as-deadline-ok[data-deadline]',
	deadlinePast: '.as-deadline-past[data-deadline]',
	/** The outcome's procedure (numbered steps, dedicated guide or special notes). */
	plan: '.as-root .as-plan',
} as const;

/** Waits until the island runs (the guide opened at `#assistant` makes it visible). */
export function waitForAssistant(tab: Tab): Promise<string> {
	return waitFor(
		tab,
		'the assistant to run',
		(root) => {
			const step = document.querySelector<HTMLElement>(root)?.dataset.assistantStep;
			return step && step !== 'sans-js' ? step : '';
		},
		assistantSelectors.root,
	);
}

/**
 * Waits until `step` is shown with its heading focused (the assistant moves the focus there on
 * every step change, history moves included), and returns the heading's text.
 */
export function expectStep(tab: Tab, step: string): Promise<string> {
	return waitFor(
		tab,
		`step « ${step} » with its heading focused`,
		(root, heading, wanted) => {
			const shown = document.querySelector<HTMLElement>(root)?.dataset.assistantStep;
			const title = document.querySelector(heading);
			return shown === wanted && title && document.activeElement === title
				? (title.textContent ?? '')
				: '';
		},
		assistantSelectors.root,
		assistantSelectors.heading,
		step,
	);
}

export function chooseAction(tab: Tab, action: Action): Promise<void> {
	return tab.click(assistantSelectors.action(action));
}

export function chooseProduct(tab: Tab, anchor: string): Promise<void> {
	return tab.click(assistantSelectors.product(anchor));
}

/** Ticks every box of the checklist, one click each. */
export async function tickChecks(tab: Tab): Promise<number> {
	let ticked = 0;
	const left = () =>
		tab.evaluate(
			(selector) => document.querySelectorAll(selector).length,
			assistantSelectors.uncheckedCheck,
		);
	while ((await left()) > 0 && ticked < 10) {
		await tab.click(assistantSelectors.uncheckedCheck);
		ticked++;
	}
	return ticked;
}

export function continueStep(tab: Tab): Promise<void> {
	return tab.click(assistantSelectors.continueButton);
}

/**
 * Answers each question up to the outcome: the action, the product, the conditions (as an
 * administrator contact whose service renews automatically) and the checklist when asked.
 * A step it does not know fails with its name (add it here).
 */
export async function walkToOutcome(tab: Tab, action: Action, product: string): Promise<string[]> {
	const seen: string[] = [];
	let step = await waitForAssistant(tab);
	while (step !== 'resultat') {
		seen.push(step);
		if (step === 'action') await chooseAction(tab, action);
		else if (step === 'produit') await chooseProduct(tab, product);
		else if (step === 'contact') await tab.click(assistantSelectors.contactYes);
		else if (step === 'situation') await tab.click(assistantSelectors.automaticRenewal);
		else if (step === 'verification') await tickChecks(tab);
		else throw new Error(`assistant-steps.ts does not know the step « ${step} »`);
		await continueStep(tab);
		step = await waitFor(
			tab,
			`a step after « ${step} »`,
			(root, before) => {
				const now = document.querySelector<HTMLElement>(root)?.dataset.assistantStep;
				return now !== before ? now : '';
			},
			assistantSelectors.root,
			step,
		);
		await expectStep(tab, step);
	}
	return seen;
}

/**
 * The ways a reader may type a date, the one of the page's locale first: `06/15/2099` (English),
 * `15/06/2099` (French), then the other orders. A date field's order follows the browser's own
 * language, which the page cannot read (Chromium ignores an emulated locale there).
 */
function dateTypings(date: string): string[] {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	const local = new Date(year, month - 1, day);
	const shown = new Intl.DateTimeFormat(undefined, {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(local);
	const [y, m, d] = date.split('-');
	return [
		...new Set([shown.replace(/\s/g, ' '), `${m}/${d}/${y}`, `${d}/${m}/${y}`, `${y}-${m}-${d}`]),
	];
}

function fieldValue(selector: string): string {
	return document.querySelector<HTMLInputElement>(selector)?.value ?? '';
}

/**
 * Types a date into a date field as a reader does: in the order the field shows (tried in turn,
 * emptied between tries, until the field holds the date). Returns what was typed.
 */
async function typeDate(tab: Tab, selector: string, date: string): Promise<string> {
	const tried: string[] = [];
	for (const typed of await tab.evaluate(dateTypings, date)) {
		await tab.evaluate((field) => {
			const input = document.querySelector<HTMLInputElement>(field);
			// Empty, and without the focus: the next focus starts at the first part of the date.
			input?.blur();
			if (input) input.value = '';
		}, selector);
		await tab.type(selector, typed);
		const value = await tab.evaluate(fieldValue, selector);
		if (value === date) return typed;
		tried.push(`« ${typed} » gave « ${value} »`);
	}
	throw new Error(`no typing of ${date} fills ${selector}: ${tried.join('; ')}`);
}

export type DeadlineShown = { kind: 'in-time' | 'past'; deadline: string; text: string };

/**
 * Types the end of the subscription (`2099-06-15`, and `09:30` or no time to keep 00:00) into the
 * deadline form the way the engine shows its fields, presses « Calculer » and returns what the
 * assistant answers.
 */
export async function fillDeadline(
	tab: Tab,
	end: { date: string; time?: string },
): Promise<DeadlineShown> {
	// The outcome draws its plan first, the deadline form a frame later.
	await waitFor(
		tab,
		'the deadline form',
		(selector) => document.querySelector(selector) !== null,
		assistantSelectors.deadlineDate,
	);
	await typeDate(tab, assistantSelectors.deadlineDate, end.date);
	const time = end.time ?? '00:00';
	// A morning time reads the same in a 24-hour and a 12-hour field (AM is the default).
	if (end.time) await tab.type(assistantSelectors.deadlineTime, end.time);
	const timeHeld = await tab.evaluate(fieldValue, assistantSelectors.deadlineTime);
	if (timeHeld !== time) throw new Error(`the time field holds « ${timeHeld} », not « ${time} »`);
	await tab.click(assistantSelectors.deadlineSubmit);
	return waitFor(
		tab,
		'the deadline',
		(inTime, past) => {
			const shown = document.querySelector<HTMLElement>(`${inTime}, ${past}`);
			if (!shown) return null;
			return {
				kind: shown.matches(inTime) ? ('in-time' as const) : ('past' as const),
				deadline: shown.dataset.deadline ?? '',
				text: shown.textContent ?? '',
			};
		},
		assistantSelectors.deadlineInTime,
		assistantSelectors.deadlinePast,
	);
}
