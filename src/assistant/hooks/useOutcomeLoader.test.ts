// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { products, universes } from '../../catalogue/index.ts';
import Assistant from '../Assistant';
import type { StepId } from '../flow.ts';
import { loadOutcomeStep } from '../load-outcome.ts';
import { useOutcomeLoader } from './useOutcomeLoader.ts';

vi.mock('../load-outcome.ts', () => ({
	loadOutcomeStep: vi.fn(() => new Promise(() => undefined)),
	loadedOutcomeStep: vi.fn(() => undefined),
}));

function Probe({ step, answered }: { step: StepId; answered: boolean }) {
	useOutcomeLoader(true, step, answered);
	return null;
}

const shown = (step: StepId, answered: boolean) =>
	act(() => render(h(Probe, { step, answered }), document.body));

beforeEach(() => {
	vi.mocked(loadOutcomeStep).mockClear();
});
afterEach(async () => {
	await act(() => render(null, document.body));
});

describe('when the outcome’s code is fetched', () => {
	it('not while a link has opened a question and the reader has not acted', async () => {
		await shown('contact', false);
		await shown('verification', false);
		expect(loadOutcomeStep).not.toHaveBeenCalled();
	});

	it('not at the first question, even after « Recommencer »', async () => {
		await shown('action', true);
		expect(loadOutcomeStep).not.toHaveBeenCalled();
	});

	it('once the reader has answered a question', async () => {
		await shown('produit', true);
		expect(loadOutcomeStep).toHaveBeenCalledTimes(1);
	});

	it('at once when a link opens the outcome itself', async () => {
		await shown('resultat', false);
		expect(loadOutcomeStep).toHaveBeenCalledTimes(1);
	});

	it('when the reader first puts the focus in the island a link opened on a question', async () => {
		history.replaceState(null, '', '/guide/?action=resilier&produit=vps#assistant');
		await act(() => render(h(Assistant, { universes, products }), document.body));
		await vi.waitFor(() =>
			expect(document.querySelector('.as-root')?.getAttribute('data-assistant-step')).toBe(
				'contact',
			),
		);
		expect(loadOutcomeStep).not.toHaveBeenCalled();
		document.querySelector<HTMLInputElement>('input[name="contact"]')?.focus();
		expect(loadOutcomeStep).toHaveBeenCalled();
	});
});
