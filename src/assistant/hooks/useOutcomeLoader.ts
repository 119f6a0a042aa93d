import { useEffect, useState } from 'preact/hooks';
import type { StepId } from '../flow.ts';
import { loadOutcomeStep, type OutcomeComponent } from '../load-outcome.ts';

/**
 * The outcome step's code, loaded once the reader has answered the first question: while they
 * answer the others. `null` until it is there, `'failed'` after a failure (then tried again at
 * each step change).
 */
export function useOutcomeLoader(running: boolean, step: StepId) {
	const [Outcome, setOutcome] = useState<OutcomeComponent | 'failed' | null>(null);
	const loaded = typeof Outcome === 'function';
	useEffect(() => {
		if (!running || step === 'action' || loaded) return;
		loadOutcomeStep().then(
			(component) => setOutcome(() => component),
			() => setOutcome('failed'),
		);
	}, [running, step, loaded]);
	return Outcome;
}
