/**
 * What the smoke suite needs from a browser, whatever drives it (Puppeteer over WebDriver BiDi,
 * classic WebDriver, Playwright): one tab on the site, driven as a reader would.
 */
export interface Tab {
	/** Loads a path of the site (`/billing/…#vps`) and waits for its `load` event. */
	goto(path: string): Promise<void>;
	/**
	 * Runs a self-contained function in the page (no closure: it is sent as source) with JSON
	 * arguments, and returns its JSON result, awaited.
	 */
	evaluate<Args extends unknown[], Result>(
		fn: (...args: Args) => Result | Promise<Result>,
		...args: Args
	): Promise<Result>;
	/** Clicks the element as a mouse does: scrolled into view, at its centre. */
	click(selector: string): Promise<void>;
	/** Gives the element the focus (as Tab would) and types the text into it, key by key. */
	type(selector: string, text: string): Promise<void>;
	/** The browser's Back button. */
	back(): Promise<void>;
	/**
	 * Console errors, uncaught errors, failed loads and Content-Security-Policy violations seen
	 * since the last call (see `probe.ts`), each prefixed with what it is.
	 */
	takeProblems(): Promise<string[]>;
}

/** A running browser with its one tab. */
export interface OpenBrowser {
	/** The engine and its version, for the report (`Firefox 153.8.0esr (puppeteer-core, BiDi)`). */
	description: string;
	tab: Tab;
	close(): Promise<void>;
}

/** An engine the suite can run in, or why it cannot run on this machine. */
export type EngineChoice =
	| { name: string; open: (origin: string) => Promise<OpenBrowser> }
	| { name: string; missing: string };

/** `(fn)(...args)` as an expression every driver evaluates (and awaits). */
export function callExpression(fn: (...args: never[]) => unknown, args: unknown[]): string {
	return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

/**
 * Polls `fn` in the page until it returns a truthy value, then returns that value; after
 * `timeoutMs`, throws with `what` and the last value seen.
 */
export async function waitFor<Args extends unknown[], Result>(
	tab: Tab,
	what: string,
	fn: (...args: Args) => Result,
	...args: Args
): Promise<NonNullable<Result>> {
	const timeoutMs = 10_000;
	const end = Date.now() + timeoutMs;
	let last: Result | undefined;
	for (;;) {
		last = await tab.evaluate(fn, ...args);
		if (last) return last as NonNullable<Result>;
		if (Date.now() > end)
			throw new Error(`waited ${timeoutMs} ms for ${what}; last: ${JSON.stringify(last)}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
