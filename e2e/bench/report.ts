/** The report: the markdown table for the README, and the machine and date the figures belong to. */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../support/browser.ts';
import { type PageFigures, ratios } from './budget.ts';
import type { Interactions } from './interaction-runs.ts';
import { belowThreshold, readerPauseMs } from './interactions.ts';
import { type BenchPage, stockName } from './sites.ts';

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;

export function table(
	pages: BenchPage[],
	figures: Record<string, PageFigures>,
	interactions: Interactions,
): string {
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
			`on the guide, CPU 4×, slow 4G, ${readerPauseMs} ms before each gesture: Event Timing`,
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

export function machine(runs: number): string {
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

export const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
