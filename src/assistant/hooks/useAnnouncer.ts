import { useRef } from 'preact/hooks';
import { announce } from '../../shared/announce.ts';

/**
 * The assistant's polite live region, spoken through the site's announcer (emptied, then filled on
 * the next frame: the same message twice is said twice). Preact renders the region empty and never
 * writes its text, so that a re-render does not undo a message; a new step silences it.
 */
export function useAnnouncer() {
	const region = useRef<HTMLParagraphElement>(null);
	return {
		region,
		announce: (message: string) => announce(region.current, message),
		silence: () => {
			if (region.current) region.current.textContent = '';
		},
	};
}
