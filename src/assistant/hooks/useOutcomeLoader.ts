import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepId } from '../flow.ts';
import { loadedOutcomeStep, loadOutcomeStep, type OutcomeComponent } from '../load-outcome.ts';

/**
 * The outcome step's code, loaded once the reader has answered a question (or has put the focus
 * in the assistant: `warmOutcome`), while they answer the others; at once when a link opens the
 * outcome itself. A link that opens a question does not load it before the reader acts: the
 * page a support agent sends weighs less (issue 15). `null` until it is there, `'failed'` after
 * a failure (then tried again at each step change).
 *
 * Its arrival renders the island again only when the reader is waiting for it (at the outcome):
 * on a question, the next render finds it (`loadedOutcomeStep`). Under a slow network the code
 * lands while the reader is ticking boxes; a render of the whole island then, for nothing, was
 * the worst delay the bench measured on a tick (issue 15).
 */
export function useOutcomeLoader(
	running: boolean,
	step: StepId,
	answered: boolean,
): OutcomeComponent | 'failed' | null {
	const [failed, setFailed] = useState(false);
	const [, setArrived] = useState(false);
	const currentStep = useRef(step);
	currentStep.current = step;
	useEffect(() => {
		// At the outcome it is needed now; past the first question, once the reader has answered.
		const needed = step === 'resultat' || (answered && step !== 'action');
		if (!running || !needed || loadedOutcomeStep()) return;
		loadOutcomeStep().then(
			() => {
				setFailed(false);
				if (currentStep.current === 'resultat') setArrived(true);
			},
			() => setFailed(true),
		);
	}, [running, step, answered]);
	return loadedOutcomeStep() ?? (failed ? 'failed' : null);
}

/**
 * Starts loading the outcome's code when the reader first puts the focus in the assistant (a
 * click, a tap, Tab): they will soon need it. Without a render: the loader's hook shows it when
 * the reader reaches the outcome; a failure is tried again at the next step change.
 */
export function warmOutcome(): void {
	loadOutcomeStep().catch(() => undefined);
}
