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
 *
 * This file is the entry: options, then each job in turn — sites.ts (build, serve, the pages),
 * lighthouse-runs.ts (runs and medians), bytes.ts (bytes as served), interaction-runs.ts,
 * budget.ts (what is over), report.ts (the table).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Budget, overBudget, type PageFigures } from './budget.ts';
import { interactionRuns } from './interaction-runs.ts';
import { lighthouseRuns } from './lighthouse-runs.ts';
import { load, machine, table } from './report.ts';
import { benchPages, benchSites, build, serve, stockName } from './sites.ts';

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
const { guideSite, stockSite } = benchSites(root, Number(options.port));
const pages = benchPages(guideSite, stockSite);

const about = machine(runs);
const loadAtStart = load();
if (!options['no-build']) build(root, guideSite, stockSite);
const servers = [await serve(root, guideSite), await serve(root, stockSite)];
try {
	const figures = await lighthouseRuns(pages, runs, guideSite.dist);
	const interactions = await interactionRuns(guideSite.origin, runs);
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
	console.log(table(pages, figures, interactions));
	console.log(
		over.length
			? `\nOver budget (e2e/bench/budget.json):\n\n${over.map((o) => `- ${o}`).join('\n')}`
			: '\nAll figures within budget (e2e/bench/budget.json).',
	);
} finally {
	for (const server of servers) server.kill();
}
