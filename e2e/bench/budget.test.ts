import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Budget, overBudget, type PageFigures } from './budget.ts';

const budget: Budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

const stock: PageFigures = {
	scores: { performance: 100, accessibility: 95, 'best-practices': 96, seo: 100 },
	fcpMs: 1000,
	lcpMs: 1000,
	cls: 0,
	tbtMs: 0,
	failingAudits: [],
	requests: 10,
	kib: { html: 8, js: 32, css: 16, other: 0, total: 56 },
};
const perfect: PageFigures = {
	...stock,
	scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
	tbtMs: 100,
	kib: { html: 20, js: 8, css: 12, other: 2, total: 42 },
};
const fast = { samples: 10, p50: 40, p98: 100, worst: 150 };
const pagefind = { firstQueryMs: 1000, warmQueryMs: 20 };

describe('overBudget against budget.json (issue 15’s targets)', () => {
	it('passes a guide exactly at every limit', () => {
		expect(overBudget(budget, { guide: perfect }, stock, { step: fast }, pagefind)).toEqual([]);
	});

	it('names each figure over its limit', () => {
		const slow: PageFigures = {
			...perfect,
			scores: { ...perfect.scores, performance: 99 },
			lcpMs: 1170,
			tbtMs: 120,
			cls: 0.001,
			failingAudits: ['dom-size (5/5)'],
			kib: { html: 20, js: 8.5, css: 12, other: 2, total: 43 },
		};
		expect(
			overBudget(
				budget,
				{ guide: slow },
				stock,
				{ step: { ...fast, p98: 104, worst: 152 } },
				{
					firstQueryMs: 2500,
					warmQueryMs: 20,
				},
			),
		).toEqual([
			'guide: performance 99 < 100',
			'guide: LCP ÷ stock 1.170 > 1',
			'guide: TBT ms 120 > 100',
			'guide: CLS 0.001 > 0',
			'guide: failing perf audits 1 > 0 (dom-size (5/5))',
			'guide: bytes ÷ stock 0.768 > 0.75',
			'guide: JS ÷ stock 0.266 > 0.25',
			'step: p98 104 ms > 100',
			'step: worst 152 ms > 150',
			'Pagefind first query 2500 ms > 2000',
		]);
	});
});
