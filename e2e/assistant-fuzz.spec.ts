import type { Page } from '@playwright/test';
import {
	type Action,
	actions,
	type FlowEvent,
	type FlowState,
	initialState,
	questions,
	stepTitle,
	transition,
} from '../src/assistant/flow.ts';
import { decodeQuery, encodeQuery, productLookup } from '../src/assistant/url.ts';
import { products, sections, universes } from '../src/catalogue/index.ts';
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
	watchProblems,
} from './support/assistant';
import { expect, guidePath, test } from './support/fixtures';

/**
 * End-to-end fuzzing of the assistant: a few hundred query strings and fragments (markup, script
 * payloads, huge values, unknown ids, repeated keys, broken percent-encoding, unicode) opened in a
 * real browser. Every case: no page or console error, nothing injected, the step and notices the
 * URL calls for, a usable assistant; one case in ten is also driven through to an outcome.
 *
 * The cases come from a seeded generator: `FUZZ_SEED=<n>` picks another set (the default is fixed),
 * `FUZZ_CASES=<n>` another number of cases, `FUZZ_ONLY=<i,j,…>` replays some cases only. Each case
 * is generated from the seed and its index alone, so a failure replays with the same two numbers:
 * `FUZZ_SEED=<n> FUZZ_ONLY=<i> npx playwright test e2e/assistant-fuzz.spec.ts`.
 */

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
/** The old French address, whose script forwards the query and the fragment to the guide. */
const oldAddress = '/fr/billing/how-to-cancel-your-services/';
/** Every payload that runs sets this global: it must stay undefined. */
const marker = '__fuzzed';

function parseSeed(value: string | undefined): number {
	const parsed = Number(value);
	return value && Number.isFinite(parsed) ? parsed >>> 0 : defaultSeed;
}

/** mulberry32: small, fast, good enough to pick fuzz cases; the same seed gives the same cases. */
function mulberry32(start: number): () => number {
	let a = start >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = ReturnType<typeof rng>;

function rng(start: number) {
	const next = mulberry32(start);
	const int = (n: number) => Math.floor(next() * n);
	return {
		chance: (p: number) => next() < p,
		int,
		pick: <T>(list: readonly T[]): T => list[int(list.length)] as T,
	};
}

// ---------------------------------------------------------------------------------------------
// Ingredients

const anchors = products.map((p) => p.anchor);
const aliases = products.flatMap((p) => p.aliases);
const otherAnchors = [
	...sections.flatMap((s) => [s.anchor, ...s.aliases]),
	...universes.map((u) => u.anchor),
];

const payloads = [
	`<img src=x onerror=window.${marker}=1>`,
	`<img src="x" onerror="window.${marker}=1">`,
	`<script>window.${marker}=1</script>`,
	`"><svg onload=window.${marker}=1>`,
	`'><svg/onload=window.${marker}=1>`,
	`</p><iframe srcdoc="<script>parent.${marker}=1</script>"></iframe>`,
	`javascript:window.${marker}=1`,
	`JaVaScRiPt:window.${marker}=1//`,
	`<a href="javascript:window.${marker}=1">x</a>`,
	`<details open ontoggle=window.${marker}=1>`,
	`<style>@import url(//example.invalid/x.css)</style>`,
	`\${window.${marker}=1}`,
	`{{constructor.constructor('window.${marker}=1')()}}`,
	`';window.${marker}=1;'`,
	`</script><script>window.${marker}=1</script>`,
	'<!--',
	']]>',
	'&lt;b&gt;',
];

/** Broken or odd percent-encoding: always written into the URL as they are. */
const percentErrors = [
	'%',
	'%%',
	'%2',
	'%E9',
	'%zz',
	'%C3%28',
	'%C0%AF',
	'%ED%A0%80',
	'%F0%9F',
	'%FF%FE',
	'%u00e9',
	'%00',
	'%2B',
	'%25',
	'%26action%3Dannuler',
	'%23assistant',
];

const unicode = [
	'\u202Evps',
	'vps\u200b',
	'\uFEFFresilier',
	'ｖｐｓ',
	're\u0301silier',
	'résilier',
	'Résilier',
	'ÉTAPE',
	'🚀',
	'👩‍💻',
	'عربي',
	'שלום',
	'\u0000',
	'\uD800',
	'\uFFFF',
	'\u2028',
	'漢字',
];

const oddValues = [
	'',
	' ',
	'+',
	'++',
	'=',
	'==',
	'&',
	';',
	'?',
	'/',
	'\\',
	'..',
	'../vps',
	'0',
	'-1',
	'1e309',
	'null',
	'undefined',
	'true',
	'NaN',
	'[]',
	'{}',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
];

const actionValues = [
	'resilier',
	'annuler',
	'resilier',
	'annuler',
	'Resilier',
	'RESILIER',
	'résilier',
	'annulé',
	'resilier ',
	' annuler',
	'annul',
	'terminate',
	'cancel',
	'resilierannuler',
];

const stepValues = [
	'action',
	'produit',
	'verification',
	'resultat',
	'sans-js',
	'Resultat',
	'résultat',
	'vérification',
	'1',
	'fin',
];

const keyVariants = [
	'Action',
	'ACTION',
	'Produit',
	'PRODUIT',
	'étape',
	'Etape',
	'action ',
	' produit',
	'act%69on',
	'pr%6Fduit',
	'%65tape',
	'action[]',
	'produit%5B%5D',
	'action%00',
	'',
	'%',
	'utm_source',
	'q',
	'lang',
	'__proto__',
	'constructor',
	'hasOwnProperty',
];

function caseVariant(random: Random, word: string): string {
	switch (random.int(3)) {
		case 0:
			return word.toUpperCase();
		case 1:
			return word.charAt(0).toUpperCase() + word.slice(1);
		default:
			return [...word].map((c) => (random.chance(0.5) ? c.toUpperCase() : c)).join('');
	}
}

/** A product value: real anchors and aliases often, or something close to one, or not at all. */
function productValue(random: Random): string {
	const anchor = random.pick(anchors);
	switch (random.int(9)) {
		case 0:
		case 1:
		case 2:
			return anchor;
		case 3:
			return random.pick(aliases);
		case 4:
			return caseVariant(random, anchor);
		case 5:
			return random.pick(otherAnchors);
		case 6:
			return random.pick([`${anchor}2`, `${anchor}-`, `-${anchor}`, `${anchor}/`, `${anchor} `]);
		case 7:
			return random.pick(['inconnu', 'vps-cloud', 'dedicated-server', 'nas-ha', 'kimsufi']);
		default:
			return random.pick(oddValues);
	}
}

/** A part of a value, with how it goes into the URL. */
interface Part {
	text: string;
	/**
	 * `raw`: as it is (the browser encodes what it must); `component`: encodeURIComponent; `plus`:
	 * the same with spaces as `+`.
	 */
	mode: 'raw' | 'component' | 'plus';
}

function encodePart({ text, mode }: Part): string {
	if (mode === 'raw') return text.replaceAll('#', '%23');
	let encoded: string;
	try {
		encoded = encodeURIComponent(text);
	} catch {
		// A lone surrogate: let the browser's URL parser deal with it.
		return text.replaceAll('#', '%23');
	}
	return mode === 'plus' ? encoded.replaceAll('%20', '+') : encoded;
}

function somePart(random: Random, key: string): Part {
	const mode = random.pick(['raw', 'component', 'component', 'plus'] as const);
	const roll = random.int(10);
	if (roll < 4) {
		const text =
			key === 'action'
				? random.pick(actionValues)
				: key === 'etape'
					? random.pick(stepValues)
					: productValue(random);
		return { text, mode };
	}
	if (roll < 6) return { text: random.pick(payloads), mode };
	if (roll < 8) return { text: random.pick(percentErrors), mode: 'raw' };
	if (roll < 9) return { text: random.pick(unicode), mode };
	return { text: random.pick(oddValues), mode };
}

/** A query longer than this would not reach the page (a 431 from the server). */
const maxQueryLength = 13_000;

/** A value over 10 kB once in the URL (the server accepts 16 kB of request head in all). */
function hugeValue(random: Random): string {
	const unit = random.pick([
		{ text: 'a', mode: 'raw' },
		{ text: 'vps', mode: 'raw' },
		{ text: payloads[0] ?? '<', mode: 'component' },
		{ text: '%zz', mode: 'raw' },
		{ text: 'é', mode: 'component' },
		{ text: '+', mode: 'raw' },
	] satisfies Part[]);
	const piece = encodePart(unit);
	return piece.repeat(Math.ceil(10_300 / piece.length));
}

/**
 * A link the assistant accepts (an action, a product, maybe a step) with one or two things wrong
 * or added: so that payloads also reach the later steps, which draw more of the page.
 */
function nearlyValidQuery(random: Random): string {
	const pairs = [
		`action=${random.pick(['resilier', 'annuler'])}`,
		`produit=${random.pick([...anchors, ...aliases])}`,
	];
	if (random.chance(0.3)) pairs.push(`etape=${random.pick(stepValues)}`);
	for (let n = 1 + random.int(2); n > 0; n--) {
		const at = random.int(pairs.length);
		const [key = 'action'] = (pairs[at] ?? '').split('=');
		switch (random.int(4)) {
			case 0:
				pairs.push(
					`${random.pick(['utm_source', 'q', 'x', ...keyVariants])}=${encodePart(somePart(random, 'x'))}`,
				);
				break;
			case 1:
				pairs[at] = `${key}=${encodePart(somePart(random, key))}`;
				break;
			case 2:
				pairs.push(`${key}=${encodePart(somePart(random, key))}`);
				break;
			default:
				pairs.splice(at, 0, pairs[at] ?? '');
		}
	}
	return `?${pairs.join('&')}`;
}

function randomQuery(random: Random): string {
	if (random.chance(0.35)) return nearlyValidQuery(random);
	const count = random.pick([0, 1, 1, 2, 2, 2, 3, 3, 4, 5]);
	const pairs: string[] = [];
	let huge = false;
	for (let n = 0; n < count; n++) {
		const key = random.chance(0.8)
			? random.pick(['action', 'produit', 'etape'])
			: random.pick(keyVariants);
		const bareKey = key.replace(/^[^a-z]+|[^a-z]+$/g, '').toLowerCase();
		let value: string;
		if (!huge && random.chance(0.04)) {
			huge = true;
			value = hugeValue(random);
		} else {
			const parts = Array.from({ length: random.chance(0.7) ? 1 : 2 + random.int(2) }, () =>
				somePart(random, bareKey),
			);
			value = parts.map(encodePart).join('');
		}
		const pair = random.chance(0.05) ? key : `${key}=${value}`;
		pairs.push(pair);
		// The same key again, with the same or another value (a huge one only once).
		if (random.chance(0.12)) {
			const same = random.chance(0.5) && pair.length < 1_000;
			pairs.push(same ? pair : `${key}=${productValue(random)}`);
		}
	}
	if (pairs.length > 1 && random.chance(0.2)) pairs.reverse();
	const separator = random.chance(0.05) ? random.pick(['&&', ';', '&amp;']) : '&';
	const lead = random.chance(0.04) ? random.pick(['?', '&', '=']) : '';
	return pairs.length === 0 && random.chance(0.5) ? '' : `?${lead}${pairs.join(separator)}`;
}

function randomHash(random: Random): string {
	switch (random.int(12)) {
		case 0:
		case 1:
		case 2:
		case 3:
			return '';
		case 4:
			return '#assistant';
		case 5:
			return `#${random.pick([...anchors, ...aliases])}`;
		case 6:
			return `#${random.pick(otherAnchors)}`;
		case 7:
			return `#${random.pick(payloads)}`;
		case 8:
			return `#${random.pick(percentErrors)}${random.pick(['', 'assistant', ...anchors])}`;
		case 9:
			return `#${'x'.repeat(1_000 + random.int(30_000))}`;
		case 10:
			return `#${random.pick([...unicode, ...oddValues])}`;
		default:
			return `#${random.pick([
				':~:text=résilier',
				'assistant#vps',
				'a,b[onerror]',
				"x')",
				'x"]',
				'1',
				'top',
				'_top',
				'#',
				'%',
				'\\',
				'assistant?action=resilier',
			])}`;
	}
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

const enc = encodeURIComponent;
const hugeA = 'a'.repeat(10_500);

/** Seed-independent cases, so that every category is always there. */
const fixed: string[] = [
	'',
	'#assistant',
	'?action=resilier&produit=vps#assistant',
	'?action=annuler&produit=domain#vps',
	'?action=resilier&action=annuler',
	'?produit=vps&produit=vps&etape=resultat&etape=resultat',
	`?action=<img src=x onerror=window.${marker}=1>`,
	`?produit=${enc(`"><svg onload=window.${marker}=1>`)}`,
	`?action=annuler&produit=domain&etape=${enc(`<script>window.${marker}=1</script>`)}`,
	`?action=javascript:window.${marker}=1`,
	`?action=annuler&produit=${hugeA}`,
	`?action=annuler&produit=domain#${hugeA}${hugeA}`,
	'?action=%',
	'?produit=%E9',
	'?etape=%zz',
	'?action=resilier&produit=%C3%28',
	'?action=resilier+',
	'?action=%2Bresilier&produit=v+p+s',
	'?action=resilier%00&produit=\u0000vps',
	'?action=r%C3%A9silier&produit=%F0%9F%9A%80',
	'?produit=\u202Evps&action=\u202Eannuler',
	'?produit=ｖｐｓ&action=annuler',
	'?action=RESILIER&produit=VPS',
	'?action=annuler&produit=ssl',
	'?action=resilier&produit=hosted',
	'?action=annuler&produit=__proto__&etape=constructor',
	'?Action=resilier&PRODUIT=vps',
	'?action&produit&etape',
	'?action=resilier=annuler',
	'?=resilier&&&',
	'??action=resilier',
	'?action=resilier;produit=vps',
	'?act%69on=annuler&pr%6Fduit=vps',
	'?etape=sans-js',
	'?action=resilier&produit=vps&etape=resultat',
	'#',
	`#<img src=x onerror=window.${marker}=1>`,
	`#"><svg onload=window.${marker}=1>`,
	`#javascript:window.${marker}=1`,
	'#%zz',
	'#%E9',
	'#:~:text=résilier',
	'#terminate',
	'#a,b[onerror]',
	'#🚀',
	`?action=annuler&produit=${enc(payloads[0] ?? '')}#${payloads[3]}`,
].map((tail) => `${guidePath}${tail}`);
/** Through the old address: the query and fragment are carried over by its script. */
const fixedRedirected: string[] = [
	`?action=annuler&produit=domain#vps`,
	`?action=${enc(`<script>window.${marker}=1</script>`)}#${payloads[0]}`,
	'?produit=%C3%28&action=%#%zz',
].map((tail) => `${oldAddress}${tail}`);

function makeCase(index: number): FuzzCase {
	const random = rng(seed ^ Math.imul(index + 1, 0x9e3779b9));
	const fixedPath = [...fixed, ...fixedRedirected][index];
	let path: string;
	if (fixedPath !== undefined) path = fixedPath;
	else {
		const base = random.chance(0.08) ? oldAddress : guidePath;
		// The test server, as most hosts, takes 16 kB of request head: a longer query gets a 431.
		let query = randomQuery(random);
		while (new URL(query, 'http://h/').search.length > maxQueryLength) query = randomQuery(random);
		path = `${base}${query}${randomHash(random)}`;
	}
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

const cases = Array.from({ length: caseCount }, (_, index) => makeCase(index)).filter(
	(c) => only.length === 0 || only.includes(c.index),
);

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

const noticePattern = /^p: Le lien (indiquait|donnait) [^<>]{10,120} ignorée?s?\.$/;

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
	for (const notice of shown.notices) {
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
	await expect(stepHeading(page)).toContainText(
		stepTitle(state, productOf(state.answers.produit ?? '')),
	);
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
		`replay: FUZZ_SEED=${seed} FUZZ_ONLY=${fuzz.index} npx playwright test e2e/assistant-fuzz.spec.ts`,
	].join('\n');
}

// ---------------------------------------------------------------------------------------------

const batches: FuzzCase[][] = [];
for (let start = 0; start < cases.length; start += batchSize) {
	batches.push(cases.slice(start, start + batchSize));
}

// A trace of hundreds of page loads costs a quarter of the run: a failure names its case, and
// replaying it (`FUZZ_ONLY`) keeps the project's trace setting, so a trace of that case only.
if (only.length === 0) test.use({ trace: 'off' });

test.describe(`assistant fuzzing, FUZZ_SEED=${seed}, ${cases.length} cases`, () => {
	for (const batch of batches) {
		const first = batch[0]?.index ?? 0;
		const last = batch.at(-1)?.index ?? first;
		test(`cases ${first}–${last}`, async ({ page, baseURL }) => {
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
		});
	}
});
