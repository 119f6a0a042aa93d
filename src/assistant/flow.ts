import { type Action, asksConditions, checksFor } from '../catalogue/ending.ts';
import { type CheckId, checks } from '../catalogue/rules.ts';
import type { Product } from '../catalogue/schema.ts';
import {
	type Contact,
	isChoice,
	type QuestionId,
	questionIds,
	questions,
	type Situation,
} from './questions.ts';

/**
 * The assistant's flow, as data (in the manner of GOV.UK Smart Answers): a graph of question
 * nodes, each asked only when the answers so far make it matter, then an outcome derived from the
 * answers and the product's ending. Every answer lives in the URL (see url.ts), except the ticked
 * boxes, which a shared link must never skip. No DOM here. The questions, their answers and
 * messages are in questions.ts; the outcomes, in outcome.ts.
 */
export const stepOrder = [...questionIds, 'verification', 'resultat'] as const;
export type StepId = (typeof stepOrder)[number];

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

/** Keeps the answers that are ours and asked, in order; then `step` if the path reaches it. */
export function normalize(state: FlowState, productOf: ProductLookup): FlowState {
	const given = state.answers;
	const answers: Answers = {};
	if (isChoice(questions.action, given.action)) answers.action = given.action;
	if (given.produit !== undefined && productOf(given.produit)?.anchor === given.produit) {
		answers.produit = given.produit;
	}
	const product = answers.produit ? productOf(answers.produit) : undefined;
	if (isAsked('contact', answers, product) && isChoice(questions.contact, given.contact)) {
		answers.contact = given.contact;
	}
	if (isAsked('situation', answers, product) && isChoice(questions.situation, given.situation)) {
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
