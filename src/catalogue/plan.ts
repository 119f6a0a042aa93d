import { consequenceText } from './consequences.ts';
import { cancellationSteps, type ProcedureStep, terminationSteps } from './procedures.ts';
import type { Product } from './schema.ts';

/** What the reader wants to do with a service. */
export type Action = 'resilier' | 'annuler';

/**
 * Everything needed to tell one reader what to do for one product and one action: the guide's
 * product sections and the assistant's outcome both render it, so they cannot disagree.
 */
export interface Plan {
	action: Action;
	/** `standard`: « Pour résilier votre X depuis votre espace client : »; `guide`: follow the guide. */
	intro: 'standard' | 'guide' | 'none';
	steps: readonly ProcedureStep[];
	guide: Product['guide'] | null;
	notes: readonly string[];
	/** What the reader loses (terminating only); null when the guide states nothing. */
	consequence: string | null;
}

export function planFor(product: Product, action: Action): Plan {
	const guide = product.route === 'guide' ? (product.guide ?? null) : null;
	if (action === 'resilier') {
		const hasSteps = product.route === 'standard' || product.standardStepsAsFallback;
		return {
			action,
			intro: product.route === 'special' ? 'none' : product.route,
			steps: hasSteps ? terminationSteps : [],
			guide,
			notes: product.notes,
			consequence: consequenceText[product.consequence],
		};
	}
	if (product.route === 'special') {
		return {
			action,
			intro: 'none',
			steps: product.standardStepsAsFallback ? cancellationSteps : [],
			guide: null,
			notes: product.cancellationNotes,
			consequence: null,
		};
	}
	return {
		action,
		intro: 'standard',
		steps: cancellationSteps,
		guide,
		notes: [],
		consequence: null,
	};
}
