import type { OutcomeStep } from './steps/OutcomeStep';

export type OutcomeComponent = typeof OutcomeStep;

let loading: Promise<OutcomeComponent> | undefined;
let loaded: OutcomeComponent | undefined;

/**
 * The outcome step (procedure, deadline maths, « Vos réponses ») is a third of the assistant's
 * code and only the readers who answer the first question need it: it loads on demand, once.
 * A failed load is forgotten, so that the next step change tries again.
 */
export function loadOutcomeStep(): Promise<OutcomeComponent> {
	loading ??= import('./steps/OutcomeStep').then(
		(module) => {
			loaded = module.OutcomeStep;
			return loaded;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}

/** The outcome step, once its code has arrived: a render reads it without waiting. */
export function loadedOutcomeStep(): OutcomeComponent | undefined {
	return loaded;
}
