import type { Action } from '../catalogue/plan.ts';

export type { Action };

/**
 * The assistant's flow, as data (in the manner of GOV.UK Smart Answers): a question per step, the
 * answers that step needs, and the next step derived from the answers. No DOM here.
 */
export type StepId = 'action' | 'produit' | 'verification' | 'resultat';

export const stepOrder: readonly StepId[] = ['action', 'produit', 'verification', 'resultat'];

export const actions: ReadonlyArray<{ id: Action; label: string }> = [
	{ id: 'resilier', label: 'Résilier un service' },
	{ id: 'annuler', label: 'Annuler une résiliation' },
];

export type CheckId = 'plus-besoin' | 'remplacement' | 'sauvegarde';

/** The three things a reader confirms before terminating (guide-facts.md). */
export const checks: ReadonlyArray<{ id: CheckId; label: string; error: string }> = [
	{
		id: 'plus-besoin',
		label: 'Je ne souhaite plus utiliser ce service.',
		error: 'Confirmez que vous ne souhaitez plus utiliser ce service.',
	},
	{
		id: 'remplacement',
		label: 'Si j’en ai besoin, j’ai une solution de remplacement qui fonctionne.',
		error: 'Confirmez que vous avez, si nécessaire, une solution de remplacement qui fonctionne.',
	},
	{
		id: 'sauvegarde',
		label: 'J’ai sauvegardé toutes les données du service.',
		error: 'Confirmez que vous avez sauvegardé toutes les données du service.',
	},
];

export interface Answers {
	action?: Action;
	/** A product anchor of the catalogue. */
	produit?: string;
	/** The checklist was passed for this product (terminating only). */
	verifie?: boolean;
}

export interface FlowState {
	step: StepId;
	answers: Answers;
}

export const initialState: FlowState = { step: 'action', answers: {} };

/** The questions a step needs answered before it can be shown. */
function canShow(step: StepId, answers: Answers): boolean {
	switch (step) {
		case 'action':
			return true;
		case 'produit':
			return answers.action !== undefined;
		case 'verification':
			return answers.action === 'resilier' && answers.produit !== undefined;
		case 'resultat':
			return (
				answers.action !== undefined &&
				answers.produit !== undefined &&
				(answers.action === 'annuler' || answers.verifie === true)
			);
	}
}

/** The first step whose question is still open. */
export function nextStep(answers: Answers): StepId {
	if (!answers.action) return 'action';
	if (!answers.produit) return 'produit';
	if (answers.action === 'resilier' && !answers.verifie) return 'verification';
	return 'resultat';
}

/** Drops answers that are not coherent, then the furthest step the answers allow up to `step`. */
export function normalize(state: FlowState, isProduct: (anchor: string) => boolean): FlowState {
	const answers: Answers = {};
	if (state.answers.action === 'resilier' || state.answers.action === 'annuler') {
		answers.action = state.answers.action;
	}
	if (state.answers.produit !== undefined && isProduct(state.answers.produit)) {
		answers.produit = state.answers.produit;
	}
	if (answers.action === 'resilier' && answers.produit && state.answers.verifie === true) {
		answers.verifie = true;
	}
	const wanted = stepOrder.includes(state.step) ? state.step : nextStep(answers);
	if (canShow(wanted, answers)) return { step: wanted, answers };
	// Not allowed with these answers: the first question still open.
	return { step: nextStep(answers), answers };
}

export type FlowEvent =
	| { type: 'choose-action'; action: Action }
	| { type: 'choose-product'; produit: string }
	| { type: 'confirm-checks'; ticked: readonly CheckId[] }
	| { type: 'edit'; step: 'action' | 'produit' | 'verification' }
	| { type: 'restart' };

export type Transition =
	| { ok: true; state: FlowState }
	| { ok: false; state: FlowState; missing: CheckId[] };

/** The flow's only way forward. Pure: the same state and event always give the same result. */
export function transition(
	state: FlowState,
	event: FlowEvent,
	isProduct: (anchor: string) => boolean,
): Transition {
	const answers = state.answers;
	switch (event.type) {
		case 'choose-action': {
			const next: Answers = { ...answers, action: event.action };
			if (event.action === 'annuler') delete next.verifie;
			return { ok: true, state: { step: nextStep(next), answers: next } };
		}
		case 'choose-product': {
			if (!isProduct(event.produit)) return { ok: true, state };
			const next: Answers = { ...answers, produit: event.produit };
			// The checklist was about another product.
			if (answers.produit !== event.produit) delete next.verifie;
			return { ok: true, state: { step: nextStep(next), answers: next } };
		}
		case 'confirm-checks': {
			const missing = checks.map((c) => c.id).filter((id) => !event.ticked.includes(id));
			if (missing.length > 0) return { ok: false, state, missing };
			const next: Answers = { ...answers, verifie: true };
			return { ok: true, state: normalize({ step: 'resultat', answers: next }, isProduct) };
		}
		case 'edit':
			return { ok: true, state: normalize({ step: event.step, answers }, isProduct) };
		case 'restart':
			return { ok: true, state: initialState };
	}
}

/** The steps a reader goes through for these answers, for « Étape 2 sur 4 ». */
export function stepsFor(answers: Answers): StepId[] {
	return answers.action === 'annuler' ? ['action', 'produit', 'resultat'] : [...stepOrder];
}

/** The heading of a step, which also goes into the page title. */
export function stepTitle(state: FlowState, productLabel?: string): string {
	switch (state.step) {
		case 'action':
			return 'Que souhaitez-vous faire\u202f?';
		case 'produit':
			return 'Quel est votre service\u202f?';
		case 'verification':
			return 'Avant de résilier, vérifiez ces points';
		case 'resultat':
			return state.answers.action === 'annuler'
				? `Annuler la résiliation\u00a0: ${productLabel ?? ''}`
				: `Résilier\u00a0: ${productLabel ?? ''}`;
	}
}

/** « Étape 2 sur 4 » for the current step of this reader's path. */
export function progress(state: FlowState): { index: number; total: number } {
	const path = stepsFor(state.answers);
	return { index: Math.max(0, path.indexOf(state.step)) + 1, total: path.length };
}
