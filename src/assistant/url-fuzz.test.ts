// @vitest-environment happy-dom
import fc from 'fast-check';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	fixedPaths,
	marker,
	noticePattern,
	oldAddress,
	type Random,
	randomPath,
} from '../../e2e/support/hostile-urls.ts';
import { products, universes } from '../catalogue/index.ts';
import { resolveProductIn } from '../catalogue/queries.ts';
import { guidePath } from '../routes.ts';
import Assistant from './Assistant';
import { type FlowState, initialState, normalize } from './flow.ts';
import { stepTitle } from './step-title.ts';
import { decodeQuery, encodeQuery, productLookup } from './url.ts';

/**
 * The assistant at hostile or odd addresses (e2e/support/hostile-urls.ts), as a property: decoding
 * never throws and gives a normalized state that a link writes back unchanged, and the assistant,
 * rendered and run at that address (Preact in happy-dom), shows that state's step and heading,
 * the decoder's notices and nothing a payload could create. The fixed addresses first, then
 * generated ones from fast-check.
 *
 * Seeded and replayable: `FUZZ_SEED=<n>` (default fixed), `FUZZ_CASES=<n>` (default 300); a failure
 * prints fast-check's seed and path, and `FUZZ_SEED=<seed> FUZZ_PATH=<path>` replays it alone.
 * The same addresses in a real browser: e2e/assistant-fuzz.spec.ts (`npm run test:fuzz`).
 */

const seed = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || 0x5eed_a551;
const numRuns = Number.parseInt(process.env.FUZZ_CASES ?? '', 10) || 300;
const path = process.env.FUZZ_PATH;

/** As the island reads a query: boxes never ticked (sessionStorage is cleared for each case). */
const lookup = {
	resolveProduct: (value: string) => resolveProductIn(products, value),
	isVerified: () => false,
};
const productOf = productLookup(lookup);

/** fast-check's choices, given to the same generators as the browser fuzz's seeded ones. */
const hostilePath = fc.gen().map((g) => {
	const random: Random = {
		chance: (p) => g(fc.integer, { min: 0, max: 999 }) < p * 1000,
		int: (n) => g(fc.integer, { min: 0, max: Math.max(0, n - 1) }),
		pick: (list) => list[g(fc.integer, { min: 0, max: list.length - 1 })] as (typeof list)[number],
	};
	return randomPath(random);
});

/** The address the guide is at once opened: the old address's script carries query and fragment. */
function guideUrl(path: string): URL {
	const url = new URL(path, location.origin);
	if (!url.pathname.startsWith(oldAddress)) return url;
	const target = new URL(guidePath, url);
	target.search = url.search;
	target.hash = url.hash;
	return target;
}

/** Every check on the decoder alone. */
function decodeChecked(search: string): { state: FlowState; notices: string[] } {
	const decoded = decodeQuery(search, lookup);
	const state = decoded.state ?? initialState;
	expect(normalize(state, productOf), 'the decoded state is normalized').toEqual(state);
	// A link to that state says the same again.
	const again = decodeQuery(encodeQuery(state, productOf), lookup);
	expect(again.state ?? initialState, `decode(encode(state)) for ${search}`).toEqual(state);
	expect(again.notices).toEqual([]);
	for (const notice of decoded.notices) {
		expect(notice).toMatch(noticePattern);
		expect(notice).not.toContain(marker);
	}
	return { state, notices: decoded.notices };
}

const container = () => document.body.querySelector('#island') ?? document.body;

afterEach(async () => {
	await act(() => render(null, container()));
});

/** Runs the island at this address and reads what it shows once it has settled. */
async function renderAt(url: URL) {
	sessionStorage.clear();
	history.replaceState(null, '', url.href);
	document.title = 'Comment résilier vos services OVHcloud';
	document.body.innerHTML = '<div id="island"></div>';
	await act(() => render(h(Assistant, { universes, products }), container()));
	const root = () => document.querySelector('.as-root');
	// The outcome's code loads on demand: wait for it (or for its failure message).
	await vi.waitFor(() => {
		const shown = root();
		if (shown?.getAttribute('data-assistant-step') === 'sans-js') throw new Error('not running');
		if (
			shown?.getAttribute('data-assistant-step') === 'resultat' &&
			!shown.querySelector('.as-plan')
		)
			throw new Error('outcome not loaded');
	});
	return root();
}

/** Elements a payload would create, and attributes that would run or carry it. */
function injected(root: Element): string[] {
	const found = [
		...root.querySelectorAll(
			'img[src="x"], svg[onload], iframe, object, embed, details[ontoggle], [srcdoc], script, style',
		),
	].map((element) => element.outerHTML.slice(0, 120));
	for (const element of [root, ...root.querySelectorAll('*')]) {
		for (const { name, value } of element.attributes) {
			if (name.startsWith('on') || value.includes(marker) || /^\s*javascript:/i.test(value))
				found.push(`<${element.localName} ${name}="${value.slice(0, 80)}">`);
		}
	}
	return found;
}

async function checkAddress(path: string): Promise<void> {
	const url = guideUrl(path);
	const { state, notices } = decodeChecked(url.search);
	const root = await renderAt(url);
	if (!root) throw new Error('the assistant rendered nothing');
	expect(document.querySelectorAll('.as-root')).toHaveLength(1);
	expect(injected(root), 'elements or attributes a payload would create').toEqual([]);
	expect(document.title).not.toContain(marker);
	expect((window as unknown as Record<string, unknown>)[marker]).toBeUndefined();
	expect(root.getAttribute('data-assistant-step'), `the step for ${url.search}`).toBe(state.step);
	const product = products.find((p) => p.anchor === state.answers.produit);
	expect(root.querySelector('.as-heading')?.textContent).toContain(stepTitle(state, product));
	expect(
		root.querySelectorAll('input:not([disabled]), button:not([disabled])').length,
		'the step has controls',
	).toBeGreaterThan(0);
	// Notices: the decoder's, as text, one paragraph each.
	const notice = root.querySelector('.as-notice');
	expect(notice ? [...notice.children].map((p) => `${p.localName}: ${p.textContent}`) : []).toEqual(
		notices.map((text) => `p: ${text}`),
	);
	expect(notice?.querySelectorAll('*').length ?? 0).toBe(notices.length);
}

describe('the assistant at hostile addresses', () => {
	it.each(fixedPaths.map((fixed, index) => [index, fixed]))(
		'fixed address #%i',
		async (_, fixed) => {
			await checkAddress(fixed);
		},
	);

	it(`${numRuns} generated addresses (FUZZ_SEED=${seed})`, async () => {
		await fc.assert(
			fc.asyncProperty(hostilePath, async (generated) => {
				await checkAddress(generated);
				await act(() => render(null, container()));
			}),
			{ seed, numRuns, ...(path ? { path } : {}) },
		);
	});
});
