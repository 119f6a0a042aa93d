/** One check of the smoke suite, run by `smoke.ts` in each engine, then the page's problems checked. */
import type { Tab } from './tab.ts';

export type SmokeCheck = {
	name: string;
	/** `engineName` is for what the check prints (e.g. which path a fallback took). */
	run: (tab: Tab, engineName: string) => Promise<void>;
};

/** A check as the suite lists it: written like a `test()`, run later in the open browser. */
export const smokeCheck = (name: string, run: SmokeCheck['run']): SmokeCheck => ({ name, run });
