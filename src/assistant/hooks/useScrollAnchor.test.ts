// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeAfter } from './useScrollAnchor.ts';

/** Gives an element a box at this top (happy-dom lays nothing out). */
function boxAt(element: Element, top: number | null) {
	vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ top } as DOMRect);
	vi.spyOn(element, 'getClientRects').mockReturnValue(
		(top === null ? [] : [{ top }]) as unknown as DOMRectList,
	);
}

afterEach(() => {
	vi.restoreAllMocks();
	document.body.innerHTML = '';
});

describe('what the page keeps still at hydration', () => {
	function page() {
		document.body.innerHTML =
			'<astro-island><div class="as-root"></div></astro-island><script></script><p id="next"></p>';
		const root = document.querySelector<HTMLElement>('.as-root');
		const script = document.querySelector('script');
		const next = document.querySelector('#next');
		if (!root || !script || !next) throw new Error('page');
		return { root, script, next };
	}

	it('nothing when the assistant starts on screen', () => {
		const { root } = page();
		boxAt(root, 10);
		expect(placeAfter(root)).toBeNull();
	});

	it('the first element with a box after the island, and its top', () => {
		const { root, script, next } = page();
		boxAt(root, -300);
		boxAt(script, null);
		boxAt(next, 120);
		expect(placeAfter(root)).toEqual({ element: next, top: 120 });
	});

	it('nothing when nothing with a box follows', () => {
		const { root, script, next } = page();
		boxAt(root, -300);
		boxAt(script, null);
		boxAt(next, null);
		expect(placeAfter(root)).toBeNull();
		expect(placeAfter(null)).toBeNull();
	});
});
