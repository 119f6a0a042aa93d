/**
 * `npm run bench` — a benchmark, not a test. Builds the site, and the stock page it is compared
 * with (stock-site.ts: a bare Starlight site holding the seed guide), serves both gzip-compressed
 * on 127.0.0.1 (e2e/support/serve.ts --gzip), then:
 * - Lighthouse 12 (mobile, simulated throttling), every page and the stock page in turn, `--runs`
 *   times each: the median run's scores, FCP / LCP (and their ratio to the stock page), CLS, TBT,
 *   failing performance audits, requests and the bytes by type (gzip bodies as served);
 * - with Playwright + CDP on the guide (CPU throttled 4×, network as Lighthouse's slow 4G): the
 *   interactions timed with Event Timing (interactions.ts), p50 / p98 / worst by kind, and
 *   Pagefind's first and warm queries;
 * compares them with `budget.json`, says what is over, and prints a markdown table for the README.
 *
 * `node e2e/bench/bench.ts [--runs 5] [--no-build] [--port 4490]` (the stock page on port + 1)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, resolveChromium } from '../support/browser.ts';
import { type Budget, overBudget, type PageFigures, ratios } from './budget.ts';
import {
	belowThreshold,
	type InteractionSamples,
	interactionKinds,
	measureInteractions,
} from './interactions.ts';
import { median, type Spread, spread } from './stats.ts';
import { buildStockSite, stockGuidePath } from './stock-site.ts';

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: '4490' },
	},
});
const runs = Math.max(1, Number(options.runs));
const root = fileURLToPath(new URL('../..', import.meta.url));
const budget: Budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

interface Site {
	dist: string;
	origin: string;
}
const guideSite: Site = {
	dist: join(root, 'dist-bench'),
	origin: `http://127.0.0.1:${options.port}`,
};
const stockSite: Site = {
	dist: join(root, 'dist-bench-stock'),
	origin: `http://127.0.0.1:${Number(options.port) + 1}`,
};

const guidePath = '/billing/how-to-cancel-your-services/';
const stockName = 'stock Starlight guide';
const pages = [
	{ name: stockName, site: stockSite, path: stockGuidePath },
	{ name: 'guide', site: guideSite, path: guidePath },
	{
		name: 'guide#assistant',
		site: guideSite,
		path: `${guidePath}?action=resilier&produit=vps#assistant`,
	},
	{ name: 'home', site: guideSite, path: '/' },
	// Lighthouse refuses to audit a 404 status: the 404 page is audited at its own address.
	{ name: '404', site: guideSite, path: '/404.html' },
] as const;

/** Lighthouse's mobile slow 4G, for the Playwright measures. */
const slow4g = { latency: 150, downloadKbps: 1638.4, uploadKbps: 675 };

// ---------------------------------------------------------------------------------------------

function log(message: string): void {
	process.stderr.write(`bench: ${message} (load ${loadavg()[0]?.toFixed(2)})\n`);
}

function build(): void {
	log('astro build → dist-bench');
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', guideSite.dist],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
	);
	if (result.status !== 0) throw new Error('the build failed');
	log('the stock site → dist-bench-stock');
	buildStockSite(root, stockSite.dist);
}

async function serve(site: Site): Promise<ChildProcess> {
	const port = new URL(site.origin).port;
	const server = spawn(
		process.execPath,
		[join(root, 'e2e/support/serve.ts'), '--dir', site.dist, '--port', port, '--gzip'],
		{ stdio: 'ignore' },
	);
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${site.origin}/`)).status < 500) return server;
		} catch {
			// Not yet listening.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`no server on ${site.origin}`);
}

const compressible = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;

/** The body the bench's server sends for a URL: gzip level 9 when compressible, as serve.ts does. */
function servedBytes(site: Site, url: string): number {
	const { pathname } = new URL(url);
	let file = join(site.dist, decodeURIComponent(pathname));
	if (pathname.endsWith('/')) file = join(file, 'index.html');
	if (!existsSync(file) || !statSync(file).isFile()) file = join(site.dist, '404.html');
	const content = readFileSync(file);
	return compressible.test(extname(file)) ? gzipSync(content, { level: 9 }).length : content.length;
}

// ---------------------------------------------------------------------------------------------

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
	const kib = { html: 0, js: 0, css: 0, other: 0, total: 0 };
	const types: Record<string, keyof typeof kib> = {
		Document: 'html',
		Script: 'js',
		Stylesheet: 'css',
	};
	for (const item of items) {
		if (!item.url.startsWith(site.origin)) continue;
		const bytes = servedBytes(site, item.url) / 1024;
		kib[types[item.resourceType ?? ''] ?? 'other'] += bytes;
		kib.total += bytes;
	}
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
		kib,
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

/** Every page once, then again, `runs` times: the pages and the stock page share the machine's moods. */
async function lighthouseRuns(): Promise<Record<string, PageFigures>> {
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
		writeFileSync(join(guideSite.dist, file), JSON.stringify(medianRun));
	}
	return figures;
}

// ---------------------------------------------------------------------------------------------

interface Interactions {
	byKind: Record<string, Spread>;
	pagefind: { firstQueryMs: number; warmQueryMs: number };
}

/** Pagefind through its API, on a page that has not loaded it yet, then warm. */
async function pagefindQueries(page: import('@playwright/test').Page) {
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

async function interactionRuns(): Promise<Interactions> {
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
			const context = await browser.newContext({ baseURL: guideSite.origin, locale: 'fr-FR' });
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

// ---------------------------------------------------------------------------------------------

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;

function table(figures: Record<string, PageFigures>, interactions: Interactions): string {
	const kib = (n: number) => n.toFixed(1);
	const ms = (n: number) => String(Math.round(n));
	const times = (n: number) => `${n.toFixed(2)}×`;
	const stock = figures[stockName];
	if (!stock) throw new Error('no figures for the stock page');
	const lines = [
		row([
			'page',
			'perf',
			'a11y',
			'best pr.',
			'SEO',
			'FCP ms',
			'LCP ms',
			'FCP ÷ stock',
			'LCP ÷ stock',
			'TBT ms',
			'CLS',
			'failing perf audits',
			'requests',
			'HTML KiB',
			'JS KiB',
			'CSS KiB',
			'total KiB',
			'bytes ÷ stock',
			'JS ÷ stock',
		]),
		row(['---', ...Array(10).fill('--:'), '---', ...Array(7).fill('--:')]),
	];
	for (const page of pages) {
		const f = figures[page.name];
		if (!f) continue;
		const r = ratios(f, stock);
		lines.push(
			row([
				page.name,
				f.scores.performance,
				f.scores.accessibility,
				f.scores['best-practices'],
				f.scores.seo,
				ms(f.fcpMs),
				ms(f.lcpMs),
				times(r.fcp),
				times(r.lcp),
				ms(f.tbtMs),
				f.cls.toFixed(3),
				f.failingAudits.join(', ') || 'none',
				f.requests,
				kib(f.kib.html),
				kib(f.kib.js),
				kib(f.kib.css),
				kib(f.kib.total),
				times(r.bytes),
				times(r.script),
			]),
		);
	}
	const duration = (n: number) => (n <= belowThreshold ? `≤ ${belowThreshold}` : ms(n));
	lines.push(
		'',
		row([
			'on the guide, CPU 4×, slow 4G: Event Timing',
			'interactions',
			'p50 ms',
			'p98 ms',
			'worst ms',
		]),
		row(['---', '--:', '--:', '--:', '--:']),
	);
	for (const [kind, s] of Object.entries(interactions.byKind))
		lines.push(row([kind, s.samples, duration(s.p50), duration(s.p98), duration(s.worst)]));
	lines.push(
		'',
		row(['Pagefind, CPU 4×, slow 4G', 'median ms']),
		row(['---', '--:']),
		row(['first query (load + search + 5 results)', ms(interactions.pagefind.firstQueryMs)]),
		row(['warm query (search + 5 results)', ms(interactions.pagefind.warmQueryMs)]),
	);
	return lines.join('\n');
}

function machine(): string {
	const cpu = cpus();
	const version = spawnSync(resolveChromium() ?? chromium.executablePath(), ['--version'], {
		encoding: 'utf8',
	}).stdout.trim();
	return [
		`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		`${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
		`Node ${process.version}, ${version}, Lighthouse 12.2.3, ${runs} run(s) per page`,
	].join('; ');
}

const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

// ---------------------------------------------------------------------------------------------

const about = machine();
const loadAtStart = load();
if (!options['no-build']) build();
const servers = [await serve(guideSite), await serve(stockSite)];
try {
	const figures = await lighthouseRuns();
	const interactions = await interactionRuns();
	const pageFigures = Object.fromEntries(
		Object.entries(figures).filter(([name]) => name !== stockName),
	);
	const over = overBudget(
		budget,
		pageFigures,
		figures[stockName] as PageFigures,
		interactions.byKind,
		interactions.pagefind,
	);
	const loads = `load average ${loadAtStart} at the start, ${load()} at the end`;
	writeFileSync(
		join(guideSite.dist, 'bench-results.json'),
		`${JSON.stringify({ about, loads, figures, interactions, over }, null, '\t')}\n`,
	);
	console.log(`${about}; ${loads}.\n`);
	console.log(table(figures, interactions));
	console.log(
		over.length
			? `\nOver budget (e2e/bench/budget.json):\n\n${over.map((o) => `- ${o}`).join('\n')}`
			: '\nAll figures within budget (e2e/bench/budget.json).',
	);
} finally {
	for (const server of servers) server.kill();
}
