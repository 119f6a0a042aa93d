import type { Action } from '../catalogue/ending.ts';
import type { RichText } from '../catalogue/rich-text.ts';
import { contactsGuide, designation } from '../catalogue/rules.ts';
import type { Product } from '../catalogue/schema.ts';

/**
 * The assistant's questions, as data: each one's title (which may name the product), hint,
 * answers and the message shown when it is left unanswered. The flow (flow.ts) says when each
 * is asked.
 */
export const questionIds = ['action', 'produit', 'contact', 'situation'] as const;
export type QuestionId = (typeof questionIds)[number];
export type Contact = 'oui' | 'non';
export type Situation = 'automatique' | 'manuel' | 'suspendu' | 'inconnu';

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

/** The value is one of the question's answers. */
export const isChoice = <V extends string>(question: Question<V>, value: unknown): value is V =>
	question.choices.some((choice) => choice.value === value);

export const actions = action.choices.map(({ value, label }) => ({ id: value, label }));
