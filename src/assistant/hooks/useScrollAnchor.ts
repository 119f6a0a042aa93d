import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** What follows the assistant, and where it was on screen. */
export interface Place {
	element: Element;
	top: number;
}

/**
 * Hydration swaps the product list for a step, above a reader who is further down the page
 * (arrived at #consequences, say): keeps what they are reading where it was. The place is taken
 * when the island mounts and restored in the layout of the first running render, before paint.
 */
export function useScrollAnchor(root: RefObject<HTMLElement>, running: boolean): void {
	const place = useRef<Place | null>(null);
	useEffect(() => {
		place.current = placeAfter(root.current);
	}, []);
	useLayoutEffect(() => {
		const kept = place.current;
		if (!running || !kept) return;
		place.current = null;
		const moved = kept.element.getBoundingClientRect().top - kept.top;
		if (moved !== 0) scrollBy({ top: moved, behavior: 'instant' });
	}, [running]);
}

/**
 * When the reader is past the top of the assistant (it starts above the screen), the element that
 * follows it and its position on screen, to keep it in place when the assistant changes size.
 */
export function placeAfter(root: HTMLElement | null): Place | null {
	if (!root || root.getBoundingClientRect().top >= 0) return null;
	let element = (root.closest('astro-island') ?? root).nextElementSibling;
	// Not what draws no box (the section's own <script>): its top reads 0 whatever moves.
	while (element && element.getClientRects().length === 0) element = element.nextElementSibling;
	return element ? { element, top: element.getBoundingClientRect().top } : null;
}
