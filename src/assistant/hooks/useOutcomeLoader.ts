import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepId } from '../flow.ts';
import { loadedOutcomeStep, loadOutcomeStep, type OutcomeComponent } from '../load-outcome.ts';

/**
 * The outcome step's code, loaded once the reader has answered the first question: while they
 * answer the others. `null` until it is there, `'failed'` after a failure (then tried again at
 * each step change).
 *
 * Its arrival renders the island again only when the reader is waiting for it (at the outcome):
 * on a question, the next render finds it (`loadedOutcomeStep`). Under a slow network the code
 * lands while the reader is ticking boxes; a render of the whole island then, for nothing, was
 * the worst delay the bench measured on a tick (issue 15).
 */
export function useOutcomeLoader(
	running: boolean,
	step: StepId,
): OutcomeComponent | 'failed' | null {
	const [failed, setFailed] = useState(false);
	const [, setArrived] = useState(false);
	const currentStep = useRef(step);
	currentStep.current = step;
	useEffect(() => {
		if (!running || step === 'action' || loadedOutcomeStep()) return;
		loadOutcomeStep().then(
			() => {
				setFailed(false);
				if (currentStep.current === 'resultat') setArrived(true);
			},
			() => setFailed(true),
		);
	}, [running, step]);
	return loadedOutcomeStep() ?? (failed ? 'failed' : null);
}
