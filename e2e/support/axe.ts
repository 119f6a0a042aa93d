import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 A/AA rules, on the whole page or one part of it. */
export async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page }).withTags(wcagTags);
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
	}));
}
