import type { OutcomeStep } from './steps/OutcomeStep';

export type OutcomeComponent = typeof OutcomeStep;

let loading: Promise<OutcomeComponent> | undefined;

/**
 * The outcome step (procedure, deadline maths, « Vos réponses ») is a third of the assistant's
 * code and only the readers who answer the first question need it: it loads on demand, once.
 * A failed load is forgotten, so that the next step change tries again.
 */
export function loadOutcomeStep(): Promise<OutcomeComponent> {
	loading ??= import('./steps/OutcomeStep').then(
		(module) => module.OutcomeStep,
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}
