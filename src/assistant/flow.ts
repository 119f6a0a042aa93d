import { type Action, asksConditions, cancelRoute, checksFor } from '../catalogue/ending.ts';
import type { RichText } from '../catalogue/rich-text.ts';
import { type CheckId, checks, contactsGuide, designation } from '../catalogue/rules.ts';
import type { Product } from '../catalogue/schema.ts';

export type { Action, CheckId };

/**
 * The assistant's flow, as data (in the manner of GOV.UK Smart Answers): a graph of question
 * nodes, each asked only when the answers so far make it matter, then an outcome derived from the
 * answers and the product's ending. Every answer lives in the URL (see url.ts), except the ticked
 * boxes, which a shared link must never skip. No DOM here; every validation message is here.
 */
export type StepId = 'action' | 'produit' | 'contact' | 'situation' | 'verification' | 'resultat';
export type QuestionId = 'action' | 'produit' | 'contact' | 'situation';
export type Contact = 'oui' | 'non';
export type Situation = 'automatique' | 'manuel' | 'suspendu' | 'inconnu';

export const stepOrder: readonly StepId[] = [
	'action',
	'produit',
	'contact',
	'situation',
	'verification',
	'resultat',
];

export interface Answers {
	action?: Action;
	/** A product anchor of the catalogue. */
	produit?: string;
	/** Is the reader the service's administrator contact? */
	contact?: Contact;
	/** The service's renewal and payment situation. */
	situation?: Situation;
	/** The checklist was passed for this product (terminating only; never in the URL). */
	verifie?: boolean;
}

export interface FlowState {
	step: StepId;
	answers: Answers;
}

export const initialState: FlowState = { step: 'action', answers: {} };

/** What the flow needs of the catalogue: a product by its anchor. */
export type ProductLookup = (anchor: string) => Product | undefined;

export interface Choice<V extends string = string> {
	value: V;
	label: string;
}

export interface Question<V extends string = string> {
	id: QuestionId;
	title: (product: Product | undefined) => string;
	hint?: RichText;
	/** The answers offered (the product question offers the catalogue's products). */
	choices: readonly Choice<V>[];
	/** Shown when the reader continues without answering. */
	error: string;
}

const action: Question<Action> = {
	id: 'action',
	title: () => 'Que souhaitez-vous faire\u202f?',
	choices: [
		{ value: 'resilier', label: 'Résilier un service' },
		{ value: 'annuler', label: 'Annuler une résiliation' },
	],
	error: 'Choisissez ce que vous souhaitez faire.',
};

const produit: Question = {
	id: 'produit',
	title: () => 'Quel est votre service\u202f?',
	choices: [],
	error: 'Choisissez votre service dans la liste.',
};

const contact: Question<Contact> = {
	id: 'contact',
	title: (p) =>
		`Êtes-vous le contact administrateur de ${p ? designation(p) : 'ce service'}\u202f?`,
	hint: ['Seul le contact administrateur d’un service peut le résilier. ', ...contactsGuide],
	choices: [
		{ value: 'oui', label: 'Oui' },
		{ value: 'non', label: 'Non, ou je ne sais pas' },
	],
	error: 'Indiquez si vous êtes le contact administrateur du service.',
};

const situation: Question<Situation> = {
	id: 'situation',
	title: (p) => `Dans quelle situation est ${p ? designation(p) : 'ce service'}\u202f?`,
	hint: [
		'Un service en renouvellement manuel ou suspendu ne peut pas être résilié tel quel\u202f: l’assistant vous dit alors quoi faire.',
	],
	choices: [
		{ value: 'automatique', label: 'Renouvellement automatique, paiements à jour' },
		{ value: 'manuel', label: 'Renouvellement manuel' },
		{ value: 'suspendu', label: 'Suspendu, par exemple à la suite d’une facture impayée' },
		{ value: 'inconnu', label: 'Je ne sais pas' },
	],
	error: 'Indiquez dans quelle situation est le service.',
};

export const questions = { action, produit, contact, situation } as const;

/** Is this node asked for these answers (the nodes before it being answered)? */
function isAsked(step: StepId, answers: Answers, product: Product | undefined): boolean {
	const terminating = answers.action === 'resilier' && product !== undefined;
	const conditions = terminating && asksConditions(product.ending);
	switch (step) {
		case 'action':
		case 'produit':
		case 'resultat':
			return true;
		case 'contact':
			return conditions;
		case 'situation':
			return conditions && answers.contact === 'oui';
		case 'verification':
			return (
				conditions &&
				answers.contact === 'oui' &&
				(answers.situation === 'automatique' || answers.situation === 'inconnu') &&
				checksFor(product.ending).length > 0
			);
	}
}

function isAnswered(step: StepId, answers: Answers): boolean {
	if (step === 'verification') return answers.verifie === true;
	if (step === 'resultat') return false;
	return answers[step] !== undefined;
}

/** The steps this reader goes through, up to the first one still open. */
export function pathFor(answers: Answers, productOf: ProductLookup): StepId[] {
	const product = answers.produit ? productOf(answers.produit) : undefined;
	const path: StepId[] = [];
	for (const step of stepOrder) {
		if (!isAsked(step, answers, product)) continue;
		path.push(step);
		if (!isAnswered(step, answers)) break;
	}
	return path;
}

/** The first step whose question is still open (or the outcome). */
export function nextStep(answers: Answers, productOf: ProductLookup): StepId {
	return pathFor(answers, productOf).at(-1) ?? 'action';
}

const isChoice = <V extends string>(question: Question<V>, value: unknown): value is V =>
	question.choices.some((choice) => choice.value === value);

/** Keeps the answers that are ours and asked, in order; then `step` if the path reaches it. */
export function normalize(state: FlowState, productOf: ProductLookup): FlowState {
	const given = state.answers;
	const answers: Answers = {};
	if (isChoice(action, given.action)) answers.action = given.action;
	if (given.produit !== undefined && productOf(given.produit)?.anchor === given.produit) {
		answers.produit = given.produit;
	}
	const product = answers.produit ? productOf(answers.produit) : undefined;
	if (isAsked('contact', answers, product) && isChoice(contact, given.contact)) {
		answers.contact = given.contact;
	}
	if (isAsked('situation', answers, product) && isChoice(situation, given.situation)) {
		answers.situation = given.situation;
	}
	if (isAsked('verification', answers, product) && given.verifie === true) answers.verifie = true;
	const path = pathFor(answers, productOf);
	const step = path.includes(state.step) ? state.step : (path.at(-1) ?? 'action');
	return { step, answers };
}

export type FlowEvent =
	| { type: 'answer'; question: QuestionId; value: string | undefined }
	| { type: 'confirm-checks'; ticked: readonly CheckId[] }
	| { type: 'edit'; step: Exclude<StepId, 'resultat'> }
	| { type: 'restart' };

/** An answer to fix: the question (or the check) and the message to show beside it. */
export interface FlowError {
	field: QuestionId | CheckId;
	message: string;
}

export type Transition = { ok: true; state: FlowState } | { ok: false; errors: FlowError[] };

/** What answering a question keeps: the answers before it (and the product, when the action changes). */
function answer(answers: Answers, question: QuestionId, value: string): Answers {
	const kept: Answers = {};
	for (const step of stepOrder) {
		if (step === question) break;
		if (step !== 'verification' && step !== 'resultat' && answers[step] !== undefined) {
			Object.assign(kept, { [step]: answers[step] });
		}
	}
	// Same answer again: what followed it still holds.
	if (answers[question] === value) return { ...answers };
	const next: Answers = { ...kept, [question]: value };
	if (question === 'action' && answers.produit) next.produit = answers.produit;
	return next;
}

/** The flow's only way forward. Pure: the same state and event always give the same result. */
export function transition(
	state: FlowState,
	event: FlowEvent,
	productOf: ProductLookup,
): Transition {
	switch (event.type) {
		case 'answer': {
			const question = questions[event.question];
			const valid =
				event.question === 'produit'
					? event.value !== undefined && productOf(event.value)?.anchor === event.value
					: isChoice(question, event.value);
			if (!valid || event.value === undefined) {
				return { ok: false, errors: [{ field: event.question, message: question.error }] };
			}
			const answers = answer(state.answers, event.question, event.value);
			return { ok: true, state: normalize({ step: 'resultat', answers }, productOf) };
		}
		case 'confirm-checks': {
			const product = state.answers.produit ? productOf(state.answers.produit) : undefined;
			if (!product) return { ok: true, state: normalize(state, productOf) };
			const missing = checksFor(product.ending).filter((id) => !event.ticked.includes(id));
			if (missing.length > 0) {
				return {
					ok: false,
					errors: missing.map((id) => ({ field: id, message: checkError(id, product) })),
				};
			}
			const answers: Answers = { ...state.answers, verifie: true };
			return { ok: true, state: normalize({ step: 'resultat', answers }, productOf) };
		}
		case 'edit':
			return {
				ok: true,
				state: normalize({ step: event.step, answers: state.answers }, productOf),
			};
		case 'restart':
			return { ok: true, state: initialState };
	}
}

function checkError(id: CheckId, product: Product): string {
	return checks.items.find((check) => check.id === id)?.error(product) ?? '';
}

/** The kinds of outcome, each with its own words and parts (see OutcomeStep). */
export type OutcomeKind =
	| 'procedure'
	| 'guide-dedie'
	| 'suppression-ressources'
	| 'rien-a-resilier'
	| 'laisser-expirer'
	| 'non-documente'
	| 'contact-administrateur'
	| 'renouvellement-manuel'
	| 'service-suspendu'
	| 'annulation'
	| 'annulation-si-listee'
	| 'rien-a-annuler';

/** What each kind of outcome tells, in a few words (the agents' map of the assistant). */
export const outcomeTitles: Record<OutcomeKind, string> = {
	procedure: 'Résilier dans l’espace client, étape par étape',
	'guide-dedie': 'Suivre le guide dédié du produit',
	'suppression-ressources': 'Pas d’abonnement\u00a0: supprimer les ressources',
	'rien-a-resilier': 'Rien à résilier\u00a0: supprimer le compte par une demande au support',
	'laisser-expirer': 'Rien à résilier\u00a0: ne pas le renouveler',
	'non-documente': 'Aucune procédure documentée\u00a0: étapes habituelles ou support',
	'contact-administrateur': 'Seul le contact administrateur peut résilier',
	'renouvellement-manuel': 'Pas de résiliation\u00a0: le service prend fin de lui-même',
	'service-suspendu': 'Régulariser les paiements d’abord, sinon le support',
	annulation: 'Annuler la résiliation dans l’espace client',
	'annulation-si-listee': 'Annuler si le service figure dans la liste, sinon le support',
	'rien-a-annuler': 'Rien à annuler',
};

/** The outcomes that tell the reader how to act before the end of the subscription. */
export function outcomeHasDeadline(kind: OutcomeKind): boolean {
	return kind === 'procedure' || kind === 'guide-dedie' || kind === 'annulation';
}

const cancelOutcomes = {
	steps: 'annulation',
	'steps-if-listed': 'annulation-si-listee',
	'nothing-to-cancel': 'rien-a-annuler',
} as const satisfies Record<ReturnType<typeof cancelRoute>, OutcomeKind>;

/** The outcome for these answers, once the path reaches it. */
export function outcomeFor(answers: Answers, product: Product): OutcomeKind {
	const ending = product.ending;
	if (answers.action === 'annuler') return cancelOutcomes[cancelRoute(ending)];
	switch (ending.kind) {
		case 'pay-as-you-go':
			return 'suppression-ressources';
		case 'no-subscription':
			return 'rien-a-resilier';
		case 'not-renewed':
			return 'laisser-expirer';
		case 'undocumented':
			return 'non-documente';
		case 'standard':
		case 'dedicated-guide':
			if (answers.contact === 'non') return 'contact-administrateur';
			if (answers.situation === 'manuel') return 'renouvellement-manuel';
			if (answers.situation === 'suspendu') return 'service-suspendu';
			return ending.kind === 'standard' ? 'procedure' : 'guide-dedie';
	}
}

/** The heading of a step, which also goes into the page title. */
export function stepTitle(state: FlowState, product: Product | undefined): string {
	switch (state.step) {
		case 'action':
		case 'produit':
		case 'contact':
		case 'situation':
			return questions[state.step].title(product);
		case 'verification':
			return 'Avant de résilier, vérifiez ces points';
		case 'resultat':
			return state.answers.action === 'annuler'
				? `Annuler la résiliation\u00a0: ${product?.label ?? ''}`
				: `Résilier\u00a0: ${product?.label ?? ''}`;
	}
}

/**
 * « Étape 3 » for a question, by its place on this reader's path: the number of a step never
 * changes under the reader's feet, and no total is promised (the path depends on the answers).
 */
export function stepNumber(state: FlowState, productOf: ProductLookup): number | null {
	if (state.step === 'resultat') return null;
	const path = pathFor(state.answers, productOf);
	const index = path.indexOf(state.step);
	return index < 0 ? null : index + 1;
}

export const actions = action.choices.map(({ value, label }) => ({ id: value, label }));
