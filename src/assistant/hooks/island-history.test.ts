// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { products, universes } from '../../catalogue/index.ts';
import Assistant from '../Assistant';

/**
 * The island's hooks together, in happy-dom: the URL read at start, a history entry per answer,
 * the page title, the heading's focus, and history moves (a fragment-only one changes nothing).
 * The same in real browsers, with the bfcache and Chrome's focus quirk: e2e/assistant-url.spec.ts.
 */
const base = 'Comment résilier vos services OVHcloud';
const container = () => document.body.querySelector('#island') ?? document.body;
const root = () => document.querySelector('.as-root');
const heading = () => document.querySelector('.as-heading');

async function start(path: string) {
	history.replaceState(null, '', new URL(path, location.origin).href);
	document.title = base;
	document.body.innerHTML = '<div id="island"></div><p id="after"></p>';
	await act(() => render(h(Assistant, { universes, products }), container()));
	await vi.waitFor(() => expect(root()?.getAttribute('data-assistant-step')).not.toBe('sans-js'));
}

async function popTo(path: string) {
	await act(() => {
		history.replaceState(null, '', new URL(path, location.origin).href);
		dispatchEvent(new PopStateEvent('popstate'));
	});
}

beforeEach(() => sessionStorage.clear());
afterEach(async () => {
	vi.restoreAllMocks();
	await act(() => render(null, container()));
});

describe('the island and its history', () => {
	it('opens at the first question, page title and focus untouched', async () => {
		await start('/guide/');
		expect(root()?.getAttribute('data-assistant-step')).toBe('action');
		expect(document.title).toBe(base);
		expect(document.activeElement).toBe(document.body);
	});

	it('opens where its link says, the title naming the step', async () => {
		await start('/guide/?action=resilier#assistant');
		expect(root()?.getAttribute('data-assistant-step')).toBe('produit');
		expect(document.title).toBe(`Quel est votre service\u202f? – ${base}`);
		expect(document.activeElement).toBe(document.body);
	});

	it('an answer: a new entry, the left one answered, the title and the focus', async () => {
		await start('/guide/');
		const length = history.length;
		const replace = vi.spyOn(history, 'replaceState');
		const radio = document.querySelector<HTMLInputElement>('#as-action-annuler');
		await act(() => radio?.click());
		await act(() => document.querySelector('form')?.requestSubmit());
		expect(replace).toHaveBeenCalledWith(null, '', '/guide/?action=annuler&etape=action');
		expect(history.length).toBe(length + 1);
		expect(location.search).toBe('?action=annuler');
		expect(location.hash).toBe('#assistant');
		expect(root()?.getAttribute('data-assistant-step')).toBe('produit');
		expect(document.title).toBe(`Quel est votre service\u202f? – ${base}`);
		expect(document.activeElement).toBe(heading());
	});

	it('Back: the step of the entry, the focus on its heading once the traversal is over', async () => {
		await start('/guide/?action=resilier#assistant');
		await popTo('/guide/?action=resilier&etape=action#assistant');
		expect(root()?.getAttribute('data-assistant-step')).toBe('action');
		expect(document.querySelector<HTMLInputElement>('#as-action-resilier')?.checked).toBe(true);
		await vi.waitFor(() => expect(document.activeElement).toBe(heading()));
	});

	it('a move to a section of the page (same query) is not the assistant’s business', async () => {
		await start('/guide/?action=resilier#assistant');
		const before = root()?.innerHTML;
		await popTo('/guide/?action=resilier#vps');
		expect(root()?.innerHTML).toBe(before);
		expect(document.activeElement).toBe(document.body);
	});
});
