/** Lighthouse runs: each page in a fresh browser, `runs` times, and the median run's figures. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, resolveChromium } from '../support/browser.ts';
import type { PageFigures } from './budget.ts';
import { kibByType } from './bytes.ts';
import { log } from './log.ts';
import type { BenchPage, Site } from './sites.ts';

interface Audit {
	score: number | null;
	scoreDisplayMode?: string;
	numericValue?: number;
	details?: { items?: Array<Record<string, unknown>> };
}
interface Lhr {
	categories: Record<
		string,
		{ score: number | null; auditRefs?: Array<{ id: string; group?: string }> }
	>;
	audits: Record<string, Audit>;
	runtimeError?: { message: string };
}

/** Scored performance audits under Lighthouse's pass mark (0.9), the metrics aside. */
function failingAudits(lhr: Lhr): string[] {
	return (lhr.categories.performance?.auditRefs ?? [])
		.filter((ref) => ref.group !== 'metrics' && ref.group !== 'hidden')
		.filter((ref) => {
			const audit = lhr.audits[ref.id];
			return (
				audit !== undefined &&
				['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode ?? '') &&
				audit.score !== null &&
				audit.score < 0.9
			);
		})
		.map((ref) => ref.id);
}

function figuresOf(lhr: Lhr, site: Site, failing: string[]): PageFigures {
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const items = (lhr.audits['network-requests']?.details?.items ?? []) as Array<{
		url: string;
		resourceType?: string;
	}>;
	return {
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
		},
		fcpMs: audit('first-contentful-paint'),
		lcpMs: audit('largest-contentful-paint'),
		cls: audit('cumulative-layout-shift'),
		tbtMs: audit('total-blocking-time'),
		failingAudits: failing,
		requests: items.length,
		kib: kibByType(items, site),
	};
}

/**
 * One Lighthouse run in a fresh browser, as Lighthouse's CLI does (a reused one sometimes loses
 * the navigation's trace). Chromium still does now and then (NO_NAVSTART): such a run is retried,
 * twice at most, and said in the log.
 */
async function lighthouseRun(url: string, chromePath: string): Promise<Lhr> {
	for (let attempt = 1; ; attempt++) {
		const chrome = await chromeLauncher.launch({
			chromePath,
			chromeFlags: ['--headless=new', ...chromiumArgs],
		});
		try {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const lhr = result?.lhr as unknown as Lhr | undefined;
			if (lhr && !lhr.runtimeError) return lhr;
			const message = `lighthouse: ${lhr?.runtimeError?.message}`;
			if (attempt === 3) throw new Error(message);
			log(`${message} — run again`);
		} finally {
			chrome.kill();
		}
	}
}

/**
 * Every page once, then again, `runs` times: the pages and the stock page share the machine's
 * moods. The median runs' reports are written to `reportDir`.
 */
export async function lighthouseRuns(
	pages: BenchPage[],
	runs: number,
	reportDir: string,
): Promise<Record<string, PageFigures>> {
	const chromePath = resolveChromium() ?? chromium.executablePath();
	const lhrs: Record<string, Lhr[]> = Object.fromEntries(pages.map((page) => [page.name, []]));
	for (let run = 1; run <= runs; run++)
		for (const page of pages) {
			log(`lighthouse ${page.name} ${run}/${runs}`);
			lhrs[page.name]?.push(await lighthouseRun(`${page.site.origin}${page.path}`, chromePath));
		}
	const figures: Record<string, PageFigures> = {};
	for (const page of pages) {
		const all = lhrs[page.name] ?? [];
		const counts = new Map<string, number>();
		for (const id of all.flatMap(failingAudits)) counts.set(id, (counts.get(id) ?? 0) + 1);
		const medianRun = computeMedianRun(
			all as unknown as Parameters<typeof computeMedianRun>[0],
		) as unknown as Lhr;
		const failing = failingAudits(medianRun).map((id) => `${id} (${counts.get(id)}/${runs})`);
		figures[page.name] = figuresOf(medianRun, page.site, failing);
		// The median run's report, to see where the time goes (in Lighthouse's viewer).
		const file = `lighthouse-${page.name.replace(/\W+/g, '-')}.json`;
		writeFileSync(join(reportDir, file), JSON.stringify(medianRun));
	}
	return figures;
}
