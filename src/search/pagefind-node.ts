/**
 * Pagefind's own search (`dist/pagefind/pagefind.js`, the file browsers load) run in Node, over a
 * built site: for the checks of the index in vitest and the first-link measure. Pagefind ≥ 1.4
 * runs outside a browser; it fetches its index and WebAssembly from `basePath`, which here is a
 * folder on disk, so `fetch` is given the files for `file:` URLs (and refuses any other).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindRanking } from './pagefind-ranking.ts';
import { excerptLength } from './sub-results.ts';

export interface WeightedLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

export interface SubResultData {
	title: string;
	url: string;
	anchor?: { element: string; id: string; text: string; location: number };
	locations: number[];
	weighted_locations: WeightedLocation[];
	excerpt: string;
}

export interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	locations: number[];
	meta: Record<string, string>;
	sub_results: SubResultData[];
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(language?: string): Promise<void>;
	search(term: string): Promise<{ results: Array<{ data(): Promise<ResultData> }> } | null>;
}

let fetchInstalled = false;

/** `fetch` that reads `file:` URLs from disk; anything else fails (no request leaves the machine). */
function installFileFetch(): void {
	if (fetchInstalled) return;
	fetchInstalled = true;
	globalThis.fetch = async (input: string | URL | Request) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') throw new Error(`pagefind-node: no network (${url.href})`);
		return new Response(await readFile(fileURLToPath(url)));
	};
}

export interface NodePagefind {
	/** Every result's data, best first, for the query as Pagefind receives it. */
	search(term: string): Promise<ResultData[]>;
}

/** Pagefind over `<distDir>/pagefind/`, results addressed from the site's root (`/billing/…`). */
export async function loadPagefind(distDir: string, language = 'fr'): Promise<NodePagefind> {
	installFileFetch();
	const bundle = pathToFileURL(`${distDir.replace(/\/$/, '')}/pagefind/`);
	const pagefind = (await import(new URL('pagefind.js', bundle).href)) as PagefindModule;
	// The dialog's excerpt length and ranking weights (Pagefind UI passes them on the same way).
	await pagefind.options({
		basePath: bundle.href,
		baseUrl: '/',
		excerptLength,
		ranking: pagefindRanking,
	});
	await pagefind.init(language);
	return {
		async search(term) {
			const found = await pagefind.search(term);
			return Promise.all((found?.results ?? []).map((result) => result.data()));
		},
	};
}
