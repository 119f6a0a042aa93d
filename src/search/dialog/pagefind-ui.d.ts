/**
 * Types for Pagefind's UI, which ships none (`@pagefind/default-ui` 1.5.2): only what
 * `search-ui.ts` uses. Options are checked by Pagefind at run time, not here.
 */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		destroy(): void;
	}
}
