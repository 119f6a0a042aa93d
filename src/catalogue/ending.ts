import { type CheckId, cancelNoteFor, checks } from './rules.ts';
import type { Ending, Product } from './schema.ts';

/** What the reader wants to do with a service. */
export type Action = 'resilier' | 'annuler';
export const allActions: readonly Action[] = ['resilier', 'annuler'];

/**
 * What a product's ending implies, derived from its kind only (no words here: see `rules.ts`).
 * The guide, the assistant and the agents' page ask these questions instead of testing kinds.
 */

/** A subscription ends at term: the three conditions, the checks and the 24-hour rule apply. */
export function endsAtTerm(
	ending: Ending,
): ending is Extract<Ending, { kind: 'standard' | 'dedicated-guide' }> {
	return ending.kind === 'standard' || ending.kind === 'dedicated-guide';
}

/**
 * The assistant asks about the three conditions before showing how to terminate: wherever a
 * subscription ends at term (the conditions are those of a subscription's end).
 */
export function asksConditions(ending: Ending): boolean {
	return endsAtTerm(ending);
}

/** The checks a reader confirms before terminating: none where there is nothing to terminate. */
export function checksFor(ending: Ending): CheckId[] {
	if (!endsAtTerm(ending)) return [];
	return checks.items
		.map((check) => check.id)
		.filter((id) => id !== 'sauvegarde' || ending.loss === 'data-deleted');
}

/**
 * How a pending termination is cancelled: the standard steps, the standard steps if the service
 * is listed (undocumented), or there is nothing to cancel.
 */
export function cancelRoute(ending: Ending): 'steps' | 'steps-if-listed' | 'nothing-to-cancel' {
	if (endsAtTerm(ending)) return 'steps';
	if (ending.kind === 'undocumented') return 'steps-if-listed';
	return 'nothing-to-cancel';
}

/** The actions the assistant has something to show for (the agents' links offer only these). */
export function actionsFor(product: Pick<Product, 'ending'>): Action[] {
	return cancelRoute(product.ending) === 'nothing-to-cancel' ? ['resilier'] : [...allActions];
}

/** The anchor of a product's note in the guide's « annuler » section (see `cancelNoteFor`). */
export function cancelNoteAnchor(product: Pick<Product, 'anchor'>): string {
	return `annuler-${product.anchor}`;
}

/**
 * Where the guide says, without the assistant, what the assistant says for this action and
 * product: the product's section, its note in « annuler », or « annuler » itself. The agents'
 * links to the assistant end with it, so that a reader without JavaScript lands on the right text.
 */
export function guideAnchorFor(action: Action, product: Product): string {
	if (action === 'resilier') return product.anchor;
	return cancelNoteFor(product) ? cancelNoteAnchor(product) : 'annuler';
}
