import { useEffect, useState } from 'preact/hooks';

/**
 * `false` during a first render that should reach the screen on its own (`wait`), `true` once it
 * has: a frame, then a task. `true` from the start when there is nothing to wait for.
 *
 * A step that arrives by an answer draws what the reader came for first and the rest a frame
 * later: the click's next frame then holds half the work (Event Timing, issue 15).
 */
export function usePaintedOnce(wait: boolean): boolean {
	const [painted, setPainted] = useState(!wait);
	useEffect(() => {
		if (painted) return;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const frame = requestAnimationFrame(() => {
			timer = setTimeout(() => setPainted(true));
		});
		return () => {
			cancelAnimationFrame(frame);
			clearTimeout(timer);
		};
	}, [painted]);
	return painted;
}
