import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The page title follows the step once the reader has used the assistant (or arrived with its
 * state in the URL): « <step> – <page> »; until then (`stepTitle` null), the page's own title.
 */
export function useDocumentTitle(stepTitle: string | null, running: boolean, shown: object): void {
	const base = useRef('');
	useEffect(() => {
		base.current = document.title;
	}, []);
	// Written when a step is shown (with the heading's focus), not when a later render finds the
	// reader engaged: `stepTitle` is left out of the dependencies on purpose.
	useLayoutEffect(() => {
		if (running) document.title = pageTitle(stepTitle, base.current);
	}, [running, shown]);
}

/** « <step> – <page> », or the page's own title. */
export function pageTitle(stepTitle: string | null, base: string): string {
	return stepTitle === null ? base : `${stepTitle} – ${base}`;
}
