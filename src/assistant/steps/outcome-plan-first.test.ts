// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findProduct } from '../../catalogue/index.ts';
import type { Answers } from '../flow.ts';
import { outcomeFor, outcomeHasDeadline } from '../outcome.ts';
import { OutcomeStep } from './OutcomeStep';

/**
 * The outcome reached by an answer draws its plan alone, then the rest a frame and a task later
 * (`planFirst`, issue 15); a link or Back draws it all at once. The timing itself is
 * `usePaintedOnce.test.ts`; here, which parts come first.
 */
const vps = findProduct('vps');
const answers: Answers = {
	action: 'resilier',
	produit: 'vps',
	contact: 'oui',
	situation: 'automatique',
	verifie: true,
};

function show(planFirst: boolean) {
	if (!vps) throw new Error('no vps in the catalogue');
	return act(() =>
		render(
			h(OutcomeStep, {
				state: { step: 'resultat', answers },
				action: 'resilier',
				product: vps,
				editHref: () => '#',
				onEdit: () => {},
				onRestart: () => {},
				announce: () => {},
				planFirst,
			}),
			document.body,
		),
	);
}

const has = (selector: string) => document.querySelector(selector) !== null;
const rest = ['#as-fin-date', '.as-answers', '.as-actions'];

afterEach(async () => {
	vi.useRealTimers();
	await act(() => render(null, document.body));
});

describe('the outcome reached by an answer', () => {
	it('is a VPS outcome with a deadline (what the rest below holds)', () => {
		expect(vps && outcomeHasDeadline(outcomeFor(answers, vps))).toBe(true);
	});

	it('shows the plan first, the deadline, answers and buttons a frame later', async () => {
		vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
		await show(true);
		expect(has('.as-plan ol.procedure-steps')).toBe(true);
		for (const selector of rest) expect(has(selector), selector).toBe(false);
		await act(() => {
			vi.advanceTimersToNextFrame();
			vi.runOnlyPendingTimers();
		});
		for (const selector of rest) expect(has(selector), selector).toBe(true);
	});

	it('is shown all at once when a link or Back brings it', async () => {
		await show(false);
		for (const selector of ['.as-plan ol.procedure-steps', ...rest])
			expect(has(selector), selector).toBe(true);
	});
});
