import type { Page } from '@playwright/test';
import { type FlowEvent, type FlowState, initialState, transition } from '../src/assistant/flow.ts';
import { actions, questions } from '../src/assistant/questions.ts';
import { stepTitle } from '../src/assistant/step-title.ts';
import { decodeQuery, encodeQuery, productLookup } from '../src/assistant/url.ts';
import type { Action } from '../src/catalogue/ending.ts';
import { products } from '../src/catalogue/index.ts';
import { resolveProductIn } from '../src/catalogue/queries.ts';
import { checks } from '../src/catalogue/rules.ts';
import type { Product } from '../src/catalogue/schema.ts';
import {
	actionLabel,
	assistantRoot,
	continueButton,
	expectStep,
	productRadio,
	stepHeading,
} from './support/assistant';
import { expect, guidePath, test } from './support/fixtures';
import {
	fixedPaths,
	marker,
	noticePattern,
	oldAddress,
	randomPath,
	seededRandom,
} from './support/hostile-urls';
import { watchProblems } from './support/own-page';

/**
 * The assistant opened in a real browser at hostile or odd addresses (e2e/support/hostile-urls.ts:
 * markup, script payloads, huge values, unknown ids, repeated keys, broken percent-encoding,
 * unicode). Every case: no page or console error, nothing injected, the step and notices the URL
 * calls for, a usable assistant; one case in ten is also driven through to an outcome.
 *
 * `npm test` opens the fixed addresses only, in one test: the same generators run as a property
 * over the decoder and the render in vitest (src/assistant/url-fuzz.test.ts), hundreds of cases a
 * second. `npm run test:fuzz` (FUZZ_FULL=1) opens 300 generated addresses too, from a seed:
 * `FUZZ_SEED=<n>` picks another set (the default is fixed), `FUZZ_CASES=<n>` another number of
 * cases, `FUZZ_ONLY=<i,j,…>` replays some cases only. Each case is generated from the seed and its
 * index alone, so a failure replays with the same two numbers:
 * `FUZZ_FULL=1 FUZZ_SEED=<n> FUZZ_ONLY=<i> npx playwright test e2e/assistant-fuzz.spec.ts`.
 */

const full = Boolean(process.env.FUZZ_FULL);
const defaultSeed = 0x5eed_a551;
const seed = parseSeed(process.env.FUZZ_SEED);
const caseCount = Math.max(1, Number.parseInt(process.env.FUZZ_CASES ?? '', 10) || 300);
const only = (process.env.FUZZ_ONLY ?? '')
	.split(',')
	.map((s) => Number.parseInt(s, 10))
	.filter((n) => Number.isInteger(n));
const batchSize = 20;
/** One case in this many is driven to an outcome through the UI. */
const driveEvery = 10;

function parseSeed(value: string | undefined): number {
	const parsed = Number(value);
	return value && Number.isFinite(parsed) ? parsed >>> 0 : defaultSeed;
}

// ---------------------------------------------------------------------------------------------
// Cases

interface FuzzCase {
	index: number;
	/** What `page.goto` receives, relative to the site. */
	path: string;
	/** Through the old address's redirect. */
	redirected: boolean;
	/** Driven to an outcome with these answers. */
	drive?: { action: Action; product: Product };
}

function makeCase(index: number): FuzzCase {
	const random = seededRandom(seed ^ Math.imul(index + 1, 0x9e3779b9));
	const path = fixedPaths[index] ?? randomPath(random);
	const drive =
		index % driveEvery === driveEvery - 1
			? { action: random.pick(actions).id, product: random.pick(products) }
			: undefined;
	return {
		index,
		path,
		redirected: path.startsWith(oldAddress),
		...(drive ? { drive } : {}),
	};
}

const cases = Array.from({ length: full ? caseCount : fixedPaths.length }, (_, index) =>
	makeCase(index),
).filter((c) => only.length === 0 || only.includes(c.index));

// ---------------------------------------------------------------------------------------------
// Checks

/** How the page would read a query: the pure decoder, as in the island, boxes never ticked. */
const lookup = {
	resolveProduct: (value: string) => resolveProductIn(products, value),
	isVerified: () => false,
};
const productOf = productLookup(lookup);

/**
 * Once the island has run (and, at the outcome, once the outcome's code is there), what the page
 * shows and holds, read in one go; `false` until then. The island is `client:visible`: a fragment
 * that scrolls elsewhere leaves it asleep until it is scrolled to, as a reader would. Runs in the
 * page, polled on every frame.
 */
function readHydratedPage(markerName: string) {
	const root = document.querySelector('.as-root');
	if (!root) return false;
	if (root.getAttribute('data-assistant-step') === 'sans-js') {
		const box = root.getBoundingClientRect();
		if (box.bottom <= 0 || box.top >= innerHeight) root.scrollIntoView({ block: 'start' });
		return false;
	}
	// The outcome's code loads on demand: until it is there, its step shows a link only.
	if (
		root.getAttribute('data-assistant-step') === 'resultat' &&
		!root.querySelector('.as-plan') &&
		!/n’a pas pu être chargée/.test(root.textContent ?? '')
	) {
		return false;
	}
	const heading = root.querySelector('.as-heading');
	const box = heading?.getBoundingClientRect();
	const notice = root.querySelector('.as-notice');
	const suspicious: string[] = [];
	for (const element of document.querySelectorAll('*')) {
		for (const { name, value } of element.attributes) {
			if (name.startsWith('on') || value.includes(markerName) || /^\s*javascript:/i.test(value)) {
				suspicious.push(`<${element.localName} ${name}="${value.slice(0, 80)}">`);
			}
		}
	}
	const injected = [
		...document.querySelectorAll(
			'img[src="x"], svg[onload], iframe, object, embed, details[ontoggle], [srcdoc], .as-root script, .as-root style',
		),
	].map((element) => element.outerHTML.slice(0, 120));
	return {
		step: root.getAttribute('data-assistant-step'),
		roots: document.querySelectorAll('.as-root').length,
		heading: heading?.textContent ?? null,
		headingShown:
			!!heading &&
			!!box &&
			box.width > 0 &&
			box.height > 0 &&
			getComputedStyle(heading).visibility !== 'hidden',
		controls: root.querySelectorAll('input:not([disabled]), button:not([disabled])').length,
		notices: notice ? [...notice.children].map((p) => `${p.localName}: ${p.textContent}`) : [],
		noticeElements: notice ? notice.querySelectorAll('*').length : 0,
		suspicious,
		injected,
		fired: markerName in window,
		title: document.title,
		search: location.search,
		pathname: location.pathname,
	};
}

async function checkCase(
	page: Page,
	fuzz: FuzzCase,
	problems: string[],
	baseURL: string | undefined,
): Promise<void> {
	// A URL that differs from the current one only in its fragment would not load a new document.
	const href = new URL(fuzz.path, baseURL);
	const here = URL.parse(page.url());
	if (
		here?.origin === href.origin &&
		here.pathname === href.pathname &&
		here.search === href.search
	) {
		await page.goto('about:blank');
	}
	// No need to wait for `load`: the island's hydration is what counts.
	await page.goto(fuzz.path, { waitUntil: 'commit' });
	if (fuzz.redirected) {
		await page.waitForURL((url) => url.pathname === guidePath, { waitUntil: 'commit' });
	}
	const hydrated = await page.waitForFunction(readHydratedPage, marker, { timeout: 15_000 });
	const shown = await hydrated.jsonValue();
	await hydrated.dispose();
	if (!shown) throw new Error('the assistant never ran');

	expect(problems, 'page or console errors').toEqual([]);
	expect(shown.fired, `a payload ran (window.${marker} is set)`).toBe(false);
	expect(shown.injected, 'elements a payload would create').toEqual([]);
	expect(shown.suspicious, 'event-handler or javascript: attributes, or the marker').toEqual([]);
	expect(shown.roots).toBe(1);
	expect(shown.pathname).toBe(guidePath);

	const decoded = decodeQuery(shown.search, lookup);
	const state: FlowState = decoded.state ?? initialState;
	const product = products.find((p) => p.anchor === state.answers.produit);
	expect(shown.step, `the step for ${shown.search.slice(0, 200)}`).toBe(state.step);
	expect(shown.heading).toContain(stepTitle(state, product));
	expect(shown.headingShown, 'the step heading is visible').toBe(true);
	expect(shown.controls, 'the step has controls').toBeGreaterThan(0);
	expect(shown.title).not.toContain(marker);
	// Notices: short French sentences of the assistant's own, text only, never the value given.
	expect(shown.notices).toEqual(decoded.notices.map((notice) => `p: ${notice}`));
	expect(shown.noticeElements).toBe(decoded.notices.length);
	for (const notice of decoded.notices) {
		expect(notice).toMatch(noticePattern);
		expect(notice).not.toContain(marker);
	}
	if (fuzz.drive) await driveToOutcome(page, state, fuzz.drive);
	expect(problems, 'page or console errors').toEqual([]);
}

/**
 * From wherever the link left it, to an outcome: « Recommencer » if offered, then the questions
 * still open. A link may have answered some already (`?produit=vps` opens the first question with
 * the product kept): the flow's own `transition` says which step each answer leads to.
 */
async function driveToOutcome(
	page: Page,
	start: FlowState,
	{ action, product }: { action: Action; product: Product },
) {
	const root = assistantRoot(page);
	let state = start;
	const answer = async (event: FlowEvent) => {
		await continueButton(page).click();
		const result = transition(state, event, productOf);
		if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
		state = result.state;
		await expectStep(page, state.step);
	};
	const restart = root.getByRole('button', { name: 'Recommencer', exact: true });
	if ((await restart.count()) > 0) {
		await restart.first().click();
		state = initialState;
	}
	await expectStep(page, 'action');
	expect(state.step).toBe('action');
	await root.getByRole('radio', { name: actionLabel(action), exact: true }).check();
	await answer({ type: 'answer', question: 'action', value: action });
	if (state.step === 'produit') {
		await productRadio(page, product).check();
		await answer({ type: 'answer', question: 'produit', value: product.anchor });
	}
	// An administrator contact whose service renews automatically.
	for (const [question, value] of [
		['contact', 'oui'],
		['situation', 'automatique'],
	] as const) {
		if (state.step !== question) continue;
		const label = questions[question].choices.find((c) => c.value === value)?.label ?? '';
		await root.getByRole('radio', { name: label, exact: true }).check();
		await answer({ type: 'answer', question, value });
	}
	if (state.step === 'verification') {
		for (const box of await root.getByRole('checkbox').all()) await box.check();
		await answer({ type: 'confirm-checks', ticked: checks.items.map((c) => c.id) });
	}
	expect(state.step).toBe('resultat');
	const shownProduct = productOf(state.answers.produit ?? '');
	await expect(stepHeading(page)).toContainText(stepTitle(state, shownProduct));
	await expect(root.locator('.as-plan')).toBeVisible();
	await expect(root.locator('.as-notice')).toHaveCount(0);
	const url = new URL(page.url());
	expect(`${url.search}${url.hash}`).toBe(`${encodeQuery(state, productOf)}#assistant`);
	expect(await page.evaluate((name) => name in window, marker)).toBe(false);
	// Ticked boxes are kept for the tab: forget them, the next case reads its URL afresh.
	await page.evaluate(() => sessionStorage.clear());
}

function describeCase(fuzz: FuzzCase, baseURL: string | undefined): string {
	const url = new URL(fuzz.path, baseURL).href;
	const shown =
		url.length <= 600
			? url
			: `${url.slice(0, 600)}… (${url.length} characters in all; FUZZ_ONLY replays it exactly)`;
	const drive = fuzz.drive ? `, driven: ${fuzz.drive.action} ${fuzz.drive.product.anchor}` : '';
	return [
		`fuzz case #${fuzz.index} (FUZZ_SEED=${seed}${drive})`,
		`URL: ${shown}`,
		`replay: FUZZ_FULL=1 FUZZ_SEED=${seed} FUZZ_ONLY=${fuzz.index} npx playwright test e2e/assistant-fuzz.spec.ts`,
	].join('\n');
}

/** Opens each case in turn; fails with the first few cases that went wrong, each with its replay. */
async function runCases(page: Page, batch: FuzzCase[], baseURL: string | undefined) {
	// A second or two a case, up to five on a busy machine, more for those driven to the end.
	test.setTimeout(30_000 + batch.length * 7_000);
	const problems = watchProblems(page);
	const failures: string[] = [];
	for (const fuzz of batch) {
		problems.length = 0;
		try {
			await checkCase(page, fuzz, problems, baseURL);
		} catch (error) {
			failures.push(`${describeCase(fuzz, baseURL)}\n${(error as Error).message}`);
			// Leave whatever state the failure left (a navigation still going on, say).
			await page.goto('about:blank').catch(() => undefined);
			// A few failures say enough; the rest of the batch would only add time.
			if (failures.length >= 3) break;
		}
	}
	if (failures.length > 0) throw new Error(failures.join('\n\n――――――――\n\n'));
}

// ---------------------------------------------------------------------------------------------

if (full) {
	test.describe(`assistant fuzzing, FUZZ_SEED=${seed}, ${cases.length} cases`, () => {
		for (let start = 0; start < cases.length; start += batchSize) {
			const batch = cases.slice(start, start + batchSize);
			const first = batch[0]?.index ?? 0;
			const last = batch.at(-1)?.index ?? first;
			test(`cases ${first}–${last}`, async ({ page, baseURL }) => {
				await runCases(page, batch, baseURL);
			});
		}
	});
} else {
	test(`the assistant at ${cases.length} fixed hostile addresses`, async ({ page, baseURL }) => {
		await runCases(page, cases, baseURL);
	});
}
