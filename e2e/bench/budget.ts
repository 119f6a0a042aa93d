import type { Spread } from './stats.ts';

/** What the bench takes from a page's median Lighthouse run. */
export interface PageFigures {
	scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	fcpMs: number;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	/** Scored performance audits under 0.9 (metrics aside), each with the runs it failed in. */
	failingAudits: string[];
	requests: number;
	/** Gzip bodies as served, by type, in KiB. */
	kib: Record<'html' | 'js' | 'css' | 'other' | 'total', number>;
}

export interface PageBudget {
	minScore?: number;
	maxLcpRatio?: number;
	maxFcpRatio?: number;
	maxTbtMs?: number;
	maxCls?: number;
	maxFailingAudits?: number;
	maxBytesRatio?: number;
	maxScriptRatio?: number;
}

export interface Budget {
	pages: Record<string, PageBudget>;
	interactions: { maxP98Ms: number; maxWorstMs: number };
	pagefind: { maxFirstQueryMs: number; maxWarmQueryMs: number };
}

/** A page's figures as ratios to the stock page's, as the budget reads them. */
export function ratios(page: PageFigures, stock: PageFigures) {
	return {
		lcp: page.lcpMs / stock.lcpMs,
		fcp: page.fcpMs / stock.fcpMs,
		bytes: page.kib.total / stock.kib.total,
		script: page.kib.js / stock.kib.js,
	};
}

const fixed = (n: number, digits: number) => n.toFixed(digits);

/** Every figure over its budget, as a line: `guide: LCP 1.17× the stock page > 1`. */
export function overBudget(
	budget: Budget,
	pages: Record<string, PageFigures>,
	stock: PageFigures,
	interactions: Record<string, Spread>,
	pagefind: { firstQueryMs: number; warmQueryMs: number },
): string[] {
	const over: string[] = [];
	for (const [name, limits] of Object.entries(budget.pages)) {
		const page = pages[name];
		if (!page) continue;
		const ratio = ratios(page, stock);
		for (const [category, score] of Object.entries(page.scores))
			if (limits.minScore !== undefined && score < limits.minScore)
				over.push(`${name}: ${category} ${score} < ${limits.minScore}`);
		const checks: Array<[string, number, number | undefined]> = [
			['LCP ÷ stock', ratio.lcp, limits.maxLcpRatio],
			['FCP ÷ stock', ratio.fcp, limits.maxFcpRatio],
			['TBT ms', page.tbtMs, limits.maxTbtMs],
			['CLS', page.cls, limits.maxCls],
			['failing perf audits', page.failingAudits.length, limits.maxFailingAudits],
			['bytes ÷ stock', ratio.bytes, limits.maxBytesRatio],
			['JS ÷ stock', ratio.script, limits.maxScriptRatio],
		];
		for (const [label, value, limit] of checks)
			if (limit !== undefined && value > limit)
				over.push(
					`${name}: ${label} ${fixed(value, Number.isInteger(limit) && !label.includes('÷') && label !== 'CLS' ? 0 : 3)} > ${limit}${label.startsWith('failing') ? ` (${page.failingAudits.join(', ')})` : ''}`,
				);
	}
	for (const [kind, figures] of Object.entries(interactions)) {
		if (figures.p98 > budget.interactions.maxP98Ms)
			over.push(`${kind}: p98 ${figures.p98} ms > ${budget.interactions.maxP98Ms}`);
		if (figures.worst > budget.interactions.maxWorstMs)
			over.push(`${kind}: worst ${figures.worst} ms > ${budget.interactions.maxWorstMs}`);
	}
	if (pagefind.firstQueryMs > budget.pagefind.maxFirstQueryMs)
		over.push(
			`Pagefind first query ${fixed(pagefind.firstQueryMs, 0)} ms > ${budget.pagefind.maxFirstQueryMs}`,
		);
	if (pagefind.warmQueryMs > budget.pagefind.maxWarmQueryMs)
		over.push(
			`Pagefind warm query ${fixed(pagefind.warmQueryMs, 0)} ms > ${budget.pagefind.maxWarmQueryMs}`,
		);
	return over;
}
