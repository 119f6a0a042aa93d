import { type Action, cancelRoute, endsAtTerm } from './ending.ts';
import { cancellationSteps, type ProcedureStep, terminationSteps } from './procedures.ts';
import type { RichText } from './rich-text.ts';
import { cancelNoteFor } from './rules.ts';
import type { Product } from './schema.ts';

type Guide = { url: string; parts: ReadonlyArray<{ label: string; url: string }> };

/**
 * Everything needed to tell one reader what to do for one product and one action: the guide's
 * product sections and the assistant's outcome both render it, so they cannot disagree.
 */
export interface Plan {
	action: Action;
	/** `standard`: « Pour résilier votre X depuis votre espace client : »; `guide`: follow the guide. */
	intro: 'standard' | 'guide' | 'none';
	steps: readonly ProcedureStep[];
	guide: Guide | null;
	notes: readonly RichText[];
}

export function planFor(product: Product, action: Action): Plan {
	const ending = product.ending;
	if (action === 'annuler') {
		const note = cancelNoteFor(product);
		const withSteps = cancelRoute(ending) !== 'nothing-to-cancel';
		return {
			action,
			intro: endsAtTerm(ending) ? 'standard' : 'none',
			steps: withSteps ? cancellationSteps : [],
			guide: null,
			notes: note ? [note] : [],
		};
	}
	switch (ending.kind) {
		case 'standard':
			return { action, intro: 'standard', steps: terminationSteps, guide: null, notes: [] };
		case 'dedicated-guide':
		case 'pay-as-you-go':
			return { action, intro: 'guide', steps: [], guide: ending.guide, notes: ending.notes };
		case 'undocumented':
			return { action, intro: 'none', steps: terminationSteps, guide: null, notes: ending.notes };
		case 'no-subscription':
		case 'not-renewed':
			return { action, intro: 'none', steps: [], guide: null, notes: ending.notes };
	}
}
