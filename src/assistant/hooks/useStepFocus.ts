import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * How the step on screen came: the page was opened (or restored from the back/forward cache), the
 * reader answered, or a history traversal (Back, Forward) brought it.
 */
export type Arrival = 'opened' | 'answered' | 'traversed';

/**
 * Moves the focus to the step's heading when the reader changed the step, so that what follows is
 * read from the top; an opened page keeps the focus where the browser put it. `shown` is a new
 * object for every step shown.
 */
export function useStepFocus(heading: RefObject<HTMLElement>, shown: { arrival: Arrival }): void {
	useLayoutEffect(() => {
		if (shown.arrival === 'answered') heading.current?.focus();
		if (shown.arrival !== 'traversed') return;
		// Chrome clears the focus at the end of a history traversal to an entry with a fragment,
		// after `popstate` has run: the heading takes it once the traversal is over.
		const target = heading.current;
		setTimeout(() => {
			// Unless the reader has moved on meanwhile.
			if (target?.isConnected && target === heading.current) target.focus();
		});
	}, [heading, shown]);
}
