import type { Page } from '@playwright/test';

/** Click → next step rendered, in milliseconds, over many clicks. */
export interface Latency {
	samples: number;
	medianMs: number;
	worstMs: number;
}

/**
 * HOOK FOR THE ASSISTANT'S AUTHOR — the assistant's interaction latency in `npm run bench`.
 *
 * Returns `null` (printed « n/a ») until it is written. `bench.ts` calls it with a page already on
 * the guide, served compressed, with the CPU throttled 4× (CDP `Emulation.setCPUThrottlingRate`).
 * To write it:
 * 1. open the assistant (`page.goto('/billing/how-to-cancel-your-services/#assistant')`) and wait
 *    for the island (`astro-island:not([ssr])`);
 * 2. for many clicks (100 or more), walking forward and back through the steps: install a
 *    MutationObserver on the assistant's root, record `performance.now()` in the click's event
 *    listener (capture phase, on `document`), and take the time of the first animation frame after
 *    the DOM of the next step is in place (`requestAnimationFrame` inside the observer callback,
 *    then the frame's timestamp), all in one `page.evaluate` so that Playwright's round trips do
 *    not count;
 * 3. return the median and the worst; the budget (`assistantStepMs` in budget.json) is one frame.
 */
export async function measureAssistantLatency(_page: Page): Promise<Latency | null> {
	return null;
}
