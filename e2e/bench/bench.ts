/**
 * `npm run bench` — a benchmark, not a test: builds the site, serves it gzip-compressed on
 * 127.0.0.1 (e2e/support/serve.ts --gzip, with `_headers`), then prints for each page:
 * - Lighthouse 12 (mobile, simulated throttling, median of `--runs` runs): the four scores,
 *   FCP / LCP / CLS / TBT and long tasks, requests, and the bytes by type (gzip-compressed bodies,
 *   as served) next to Lighthouse's transfer total (bodies + HTTP/1.1 headers);
 * - with Playwright + CDP on the guide (CPU throttled 4×, network as Lighthouse's slow 4G): the
 *   search dialog's opening (key → painted), Pagefind's first and warm queries, and the
 *   assistant's step latency (`assistant-latency.ts`, « n/a » until written);
 * and compares the figures with `budget.json`, listing those over it.
 *
 * `node e2e/bench/bench.ts [--runs 5] [--no-build] [--dist dist-bench] [--port 4490]`
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
import { type Figures, type Latency, measureAssistantLatency } from './assistant-latency.ts';

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		build: { type: 'boolean', default: true },
		'no-build': { type: 'boolean', default: false },
		dist: { type: 'string', default: 'dist-bench' },
		port: { type: 'string', default: '4490' },
	},
});
const runs = Math.max(1, Number(options.runs));
const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, options.dist);
const origin = `http://127.0.0.1:${options.port}`;
const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

const pages = [
	{ name: 'home', path: '/' },
	{ name: 'guide', path: '/billing/how-to-cancel-your-services/' },
	{
		name: 'guide#assistant',
		path: '/billing/how-to-cancel-your-services/?action=resilier&produit=vps#assistant',
	},
	// Lighthouse refuses to audit a 404 status: the 404 page is audited at its own address.
	{ name: '404', path: '/404.html' },
] as const;

/** Lighthouse's mobile slow 4G, for the Playwright measures. */
const slow4g = { latency: 150, downloadKbps: 1638.4, uploadKbps: 675 };

// ---------------------------------------------------------------------------------------------

function log(message: string): void {
	process.stderr.write(`bench: ${message}\n`);
}

function build(): void {
	log(`astro build --outDir ${options.dist}`);
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
		{
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
	if (result.status !== 0) throw new Error('the build failed');
}

async function serve(): Promise<ChildProcess> {
	const server = spawn(
		process.execPath,
		[join(root, 'e2e/support/serve.ts'), '--dir', dist, '--port', options.port, '--gzip'],
		{ stdio: 'ignore' },
	);
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return server;
		} catch {
			// Not yet listening.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`no server on ${origin}`);
}

const compressible = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;

/** The body the bench's server sends for a URL: gzip level 9 when compressible, as serve.ts does. */
function servedBytes(url: string): number {
	const { pathname } = new URL(url);
	let file = join(dist, decodeURIComponent(pathname));
	if (pathname.endsWith('/')) file = join(file, 'index.html');
	if (!existsSync(file) || !statSync(file).isFile()) file = join(dist, '404.html');
	const content = readFileSync(file);
	return compressible.test(extname(file)) ? gzipSync(content, { level: 9 }).length : content.length;
}

// ---------------------------------------------------------------------------------------------

interface NetworkItem {
	url: string;
	resourceType?: string;
	transferSize?: number;
}
interface Lhr {
	categories: Record<string, { score: number | null }>;
	audits: Record<
		string,
		{ numericValue?: number; details?: { items?: Array<Record<string, unknown>> } }
	>;
	runtimeError?: { message: string };
}

interface PageFigures {
	scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	fcpMs: number;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	longTasks: number;
	longTasksMs: number;
	requests: number;
	kib: Record<'html' | 'js' | 'css' | 'other' | 'total', number>;
	transferKiB: number;
}

function figuresOf(lhr: Lhr): PageFigures {
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const items = (lhr.audits['network-requests']?.details?.items ?? []) as unknown as NetworkItem[];
	const kib = { html: 0, js: 0, css: 0, other: 0, total: 0 };
	for (const item of items) {
		if (!item.url.startsWith(origin)) continue;
		const bytes = servedBytes(item.url) / 1024;
		const type =
			item.resourceType === 'Document'
				? 'html'
				: item.resourceType === 'Script'
					? 'js'
					: item.resourceType === 'Stylesheet'
						? 'css'
						: 'other';
		kib[type] += bytes;
		kib.total += bytes;
	}
	const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []) as Array<{
		url?: string;
		duration?: number;
	}>;
	// Lighthouse's own script is no part of the page.
	const ours = longTasks.filter((task) => task.url !== '_lighthouse-eval.js');
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
		longTasks: ours.length,
		longTasksMs: ours.reduce((sum, task) => sum + (task.duration ?? 0), 0),
		requests: items.length,
		kib,
		transferKiB: audit('total-byte-weight') / 1024,
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

async function lighthouseRuns(): Promise<Record<string, PageFigures>> {
	const chromePath = resolveChromium() ?? chromium.executablePath();
	const figures: Record<string, PageFigures> = {};
	for (const page of pages) {
		const lhrs: Lhr[] = [];
		for (let run = 1; run <= runs; run++) {
			log(`lighthouse ${page.name} ${run}/${runs}`);
			lhrs.push(await lighthouseRun(`${origin}${page.path}`, chromePath));
		}
		figures[page.name] = figuresOf(
			computeMedianRun(lhrs as unknown as Parameters<typeof computeMedianRun>[0]) as unknown as Lhr,
		);
	}
	return figures;
}

// ---------------------------------------------------------------------------------------------

interface Interactions {
	searchDialogOpenMs: number;
	searchUiReadyMs: number;
	pagefindFirstQueryMs: number;
	pagefindWarmQueryMs: number;
	assistant: Latency | null;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function interactionRuns(): Promise<Interactions> {
	const executablePath = resolveChromium();
	const browser = await chromium.launch({
		args: chromiumArgs,
		...(executablePath ? { executablePath } : {}),
	});
	const open: number[] = [];
	const ready: number[] = [];
	const first: number[] = [];
	const warm: number[] = [];
	let assistant: Interactions['assistant'] = null;
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
			await page.goto(pages[1].path, { waitUntil: 'networkidle' });
			await page.locator('button[data-open-modal]:not([disabled])').waitFor();

			// The search dialog: key press → first frame painted with the dialog open, then → Pagefind's
			// UI in place. Measured in the page, from the event's own time stamp.
			await page.evaluate(() => {
				const w = window as unknown as { __open?: Promise<{ open: number; ready: number }> };
				w.__open = new Promise((resolve) => {
					window.addEventListener(
						'keydown',
						(event) => {
							const start = event.timeStamp;
							const dialog = document.querySelector('site-search dialog') as HTMLDialogElement;
							const frame = (): void => {
								requestAnimationFrame((time) => {
									if (!dialog.open) {
										frame();
										return;
									}
									const open = time - start;
									const ui = () =>
										document.querySelector('#starlight__search input')
											? resolve({ open, ready: performance.now() - start })
											: requestAnimationFrame(ui);
									ui();
								});
							};
							frame();
						},
						{ capture: true, once: true },
					);
				});
			});
			await page.keyboard.press('Control+k');
			const dialog = await page.evaluate(
				() => (window as unknown as { __open: Promise<{ open: number; ready: number }> }).__open,
			);
			open.push(dialog.open);
			ready.push(dialog.ready);

			// Pagefind through its API, on a page that has not loaded it yet: import + WebAssembly +
			// index + the first five results' fragments, then the same for other queries.
			const queries = await page.evaluate(async () => {
				const reset = await fetch('/pagefind/pagefind-entry.json'); // Warm the connection only.
				await reset.text();
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
				for (const query of [
					'vps',
					'nom de domaine',
					'hébergement web',
					'abonnement',
					'serveur dédié',
					'email pro',
					'échéance',
					'remboursement',
				]) {
					const t = performance.now();
					await ask(query);
					warmMs.push(performance.now() - t);
				}
				return { firstMs, warmMs };
			});
			first.push(queries.firstMs);
			warm.push(...queries.warmMs);

			if (run === 1) assistant = await measureAssistantLatency(page);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return {
		searchDialogOpenMs: median(open),
		searchUiReadyMs: median(ready),
		pagefindFirstQueryMs: median(first),
		pagefindWarmQueryMs: median(warm),
		assistant,
	};
}

// ---------------------------------------------------------------------------------------------

function compare(figures: Record<string, PageFigures>, interactions: Interactions): string[] {
	const over: string[] = [];
	for (const [name, limits] of Object.entries(budget.pages) as Array<
		[string, Record<string, number>]
	>) {
		const f = figures[name];
		if (!f) continue;
		for (const [category, value] of Object.entries(f.scores))
			if (value < (limits.minScore ?? 0))
				over.push(`${name}: ${category} ${value} < ${limits.minScore}`);
		const checks: Array<[string, number, number | undefined]> = [
			['total KiB', f.kib.total, limits.maxTotalKiB],
			['JavaScript KiB', f.kib.js, limits.maxScriptKiB],
			['LCP ms', f.lcpMs, limits.maxLcpMs],
			['CLS', f.cls, limits.maxCls],
			['TBT ms', f.tbtMs, limits.maxTbtMs],
		];
		for (const [label, value, limit] of checks)
			if (limit !== undefined && value > limit)
				over.push(`${name}: ${label} ${value.toFixed(label === 'CLS' ? 3 : 1)} > ${limit}`);
	}
	const limits = budget.interactions as Record<string, number>;
	const checks: Array<[string, number | undefined]> = [
		['searchDialogOpenMs', interactions.searchDialogOpenMs],
		['pagefindFirstQueryMs', interactions.pagefindFirstQueryMs],
		['pagefindWarmQueryMs', interactions.pagefindWarmQueryMs],
		['assistantStepMs', interactions.assistant?.worstMs],
	];
	for (const [key, value] of checks) {
		const limit = limits[key];
		if (value !== undefined && limit !== undefined && value > limit)
			over.push(`${key} ${value.toFixed(1)} > ${limit}`);
	}
	return over;
}

function table(figures: Record<string, PageFigures>, interactions: Interactions): string {
	const kib = (n: number) => n.toFixed(1);
	const ms = (n: number) => String(Math.round(n));
	const stock = budget.stock.guide;
	const lines = [
		'| page | perf | a11y | best pr. | SEO | FCP ms | LCP ms | CLS | TBT ms | long tasks | requests | HTML KiB | JS KiB | CSS KiB | other KiB | total KiB | LH transfer KiB |',
		'| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
		`| stock Starlight guide (issue) | ${stock.performance} | ${stock.accessibility} | ${stock.bestPractices} | ${stock.seo} | ${stock.fcpMs} | ${stock.lcpMs} | | | | | | ${stock.scriptKiB} | | | | ${stock.totalKiB} |`,
	];
	for (const page of pages) {
		const f = figures[page.name];
		if (!f) continue;
		lines.push(
			`| ${page.name} | ${f.scores.performance} | ${f.scores.accessibility} | ${f.scores['best-practices']} | ${f.scores.seo} | ${ms(f.fcpMs)} | ${ms(f.lcpMs)} | ${f.cls.toFixed(3)} | ${ms(f.tbtMs)} | ${f.longTasks} (${ms(f.longTasksMs)} ms) | ${f.requests} | ${kib(f.kib.html)} | ${kib(f.kib.js)} | ${kib(f.kib.css)} | ${kib(f.kib.other)} | ${kib(f.kib.total)} | ${kib(f.transferKiB)} |`,
		);
	}
	const a = interactions.assistant;
	/** Median / worst over the samples, in ms: the assistant's figures, overall and by kind. */
	const spread = (f: Figures, samples = '') =>
		`${f.medianMs.toFixed(1)} / ${f.worstMs.toFixed(1)} ms (${f.samples}${samples})`;
	lines.push(
		'',
		'| on the guide, CPU 4×, slow 4G | median |',
		'| --- | --: |',
		`| search dialog: key → dialog painted | ${ms(interactions.searchDialogOpenMs)} ms |`,
		`| search dialog: key → Pagefind's UI in place | ${ms(interactions.searchUiReadyMs)} ms |`,
		`| Pagefind first query (load + search + 5 results) | ${ms(interactions.pagefindFirstQueryMs)} ms |`,
		`| Pagefind warm query (search + 5 results) | ${ms(interactions.pagefindWarmQueryMs)} ms |`,
		`| assistant: click → next step painted (median / worst) | ${a ? spread(a, ' clicks') : 'n/a'} |`,
	);
	// The assistant's figures by kind of step change, and its first arrival at the outcome.
	for (const [kind, f] of Object.entries(a?.byKind ?? {}))
		lines.push(`| assistant, ${kind} (median / worst) | ${spread(f)} |`);
	if (a?.painted)
		lines.push(
			`| assistant: click → that frame's paint done (median / worst) | ${spread(a.painted)} |`,
		);
	if (a?.firstOutcome)
		lines.push(
			`| assistant: first arrival at the outcome, heading / procedure | ${ms(a.firstOutcome.headingMs)} / ${ms(a.firstOutcome.contentMs)} ms${a.firstOutcome.placeholderShown ? ' (« Chargement… » drawn)' : ''} |`,
		);
	return lines.join('\n');
}

function machine(): string {
	const cpu = cpus();
	const version = spawnSync(resolveChromium() ?? chromium.executablePath(), ['--version'], {
		encoding: 'utf8',
	}).stdout.trim();
	return [
		`${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
		`load average ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')} at the start`,
		`Node ${process.version}, ${version}, Lighthouse 12.2.3, ${runs} run(s) per page`,
	].join('; ');
}

// ---------------------------------------------------------------------------------------------

const about = machine();
if (options.build && !options['no-build']) build();
const server = await serve();
try {
	const figures = await lighthouseRuns();
	const interactions = await interactionRuns();
	const over = compare(figures, interactions);
	writeFileSync(
		join(dist, 'bench-results.json'),
		`${JSON.stringify({ about, figures, interactions, over }, null, '\t')}\n`,
	);
	console.log(`Machine: ${about}\n`);
	console.log(table(figures, interactions));
	console.log(
		over.length
			? `\nOver budget (e2e/bench/budget.json):\n${over.map((o) => `- ${o}`).join('\n')}`
			: '\nAll figures within budget (e2e/bench/budget.json).',
	);
} finally {
	server.kill();
}
