/**
 * With Playwright + CDP on the guide (CPU throttled 4×, network as Lighthouse's slow 4G): the
 * interactions timed with Event Timing (interactions.ts) and Pagefind's first and warm queries.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../support/browser.ts';
import { type InteractionSamples, interactionKinds, measureInteractions } from './interactions.ts';
import { log } from './log.ts';
import { guidePath } from './sites.ts';
import { median, type Spread, spread } from './stats.ts';

/** Lighthouse's mobile slow 4G, for the Playwright measures. */
const slow4g = { latency: 150, downloadKbps: 1638.4, uploadKbps: 675 };

export interface Interactions {
	byKind: Record<string, Spread>;
	pagefind: { firstQueryMs: number; warmQueryMs: number };
}

/** Pagefind through its API, on a page that has not loaded it yet, then warm. */
async function pagefindQueries(page: Page) {
	return page.evaluate(async () => {
		const t0 = performance.now();
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const ask = async (query: string) => {
			const result = await pagefind.search(query);
			await Promise.all(
				result.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()),
			);
		};
		await ask('résilier');
		const firstMs = performance.now() - t0;
		const warmMs: number[] = [];
		for (const query of ['vps', 'nom de domaine', 'hébergement web', 'abonnement', 'échéance']) {
			const t = performance.now();
			await ask(query);
			warmMs.push(performance.now() - t);
		}
		return { firstMs, warmMs };
	});
}

/** `runs` fresh contexts on the guide at `origin`, eight walks through the interactions each. */
export async function interactionRuns(origin: string, runs: number): Promise<Interactions> {
	const executablePath = resolveChromium();
	const browser = await chromium.launch({
		args: chromiumArgs,
		...(executablePath ? { executablePath } : {}),
	});
	const samples = Object.fromEntries(
		interactionKinds.map((kind) => [kind, []]),
	) as unknown as InteractionSamples;
	const first: number[] = [];
	const warm: number[] = [];
	try {
		for (let run = 1; run <= runs; run++) {
			log(`interactions ${run}/${runs}`);
			const context = await browser.newContext({ baseURL: origin, locale: 'fr-FR' });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: slow4g.latency,
				downloadThroughput: (slow4g.downloadKbps * 1024) / 8,
				uploadThroughput: (slow4g.uploadKbps * 1024) / 8,
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await measureInteractions(page, guidePath, 8, samples);
			const queries = await pagefindQueries(page);
			first.push(queries.firstMs);
			warm.push(...queries.warmMs);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const byKind: Record<string, Spread> = {};
	for (const kind of interactionKinds) byKind[kind] = spread(samples[kind]);
	byKind['all interactions'] = spread(Object.values(samples).flat());
	return { byKind, pagefind: { firstQueryMs: median(first), warmQueryMs: median(warm) } };
}
