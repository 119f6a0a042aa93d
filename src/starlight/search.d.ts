/** Types for the two untyped modules that `search-ui.ts` uses. */

declare module 'virtual:starlight/pagefind-config' {
	/** Starlight's `pagefind` option (ranking weights…), passed on to Pagefind. */
	export const pagefindUserConfig: Record<string, unknown>;
}

declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		destroy(): void;
	}
}

declare module 'virtual:starlight/project-context' {
	/** Parts of Astro's config that Starlight shares with its components. */
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
