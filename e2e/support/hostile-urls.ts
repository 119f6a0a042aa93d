/**
 * Hostile and odd addresses for the assistant: query strings and fragments made of markup, script
 * payloads, huge values, unknown ids, repeated keys, broken percent-encoding and unicode. The same
 * generators feed the property test over the decoder and the render (src/assistant/url-fuzz.test.ts,
 * randomness from fast-check) and the browser fuzz (e2e/assistant-fuzz.spec.ts, a seeded mulberry32):
 * they only ask a `Random` for choices.
 */

import { products, sections, universes } from '../../src/catalogue/index.ts';
import { guidePath } from '../../src/routes.ts';

/** The choices a generator makes. */
export interface Random {
	chance: (p: number) => boolean;
	/** An integer from 0 to n - 1. */
	int: (n: number) => number;
	pick: <T>(list: readonly T[]) => T;
}

/** The old French address, whose script forwards the query and the fragment to the guide. */
export const oldAddress = '/fr/billing/how-to-cancel-your-services/';
/** Every payload that runs sets this global: it must stay undefined. */
export const marker = '__fuzzed';
/** What a notice of the assistant may say: its own short French sentence, never the value given. */
export const noticePattern = /^Le lien (indiquait|donnait) [^<>]{10,120} ignorée?s?\.$/;

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

/** Choices from a seed: the same seed, the same choices. */
export function seededRandom(start: number): Random {
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

export const payloads = [
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
// Addresses

/** A random address of the guide (or of the old address, one in twelve) with its query and fragment. */
export function randomPath(random: Random): string {
	const base = random.chance(0.08) ? oldAddress : guidePath;
	// The test server, as most hosts, takes 16 kB of request head: a longer query gets a 431.
	let query = randomQuery(random);
	while (new URL(query, 'http://h/').search.length > maxQueryLength) query = randomQuery(random);
	return `${base}${query}${randomHash(random)}`;
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

/** Seed-independent addresses, so that every category is always there; the old address's last. */
export const fixedPaths: readonly string[] = [...fixed, ...fixedRedirected];
