import type { Action } from '../catalogue/ending.ts';
import { findProduct } from '../catalogue/index.ts';
import type { CheckId } from '../catalogue/rules.ts';
import type { Product } from '../catalogue/schema.ts';
import { type FlowEvent, type FlowState, initialState, transition } from './flow.ts';
import type { QuestionId } from './questions.ts';

/** The flow driven as a reader drives it, for the tests of flow.ts and outcome.ts. */
export const productOf = findProduct;
/** A product of the catalogue, which the test names on purpose. */
export function must(anchor: string): Product {
	const product = findProduct(anchor);
	if (!product) throw new Error(`produit inconnu : ${anchor}`);
	return product;
}

export const allChecks: CheckId[] = ['plus-besoin', 'remplacement', 'sauvegarde'];

export function run(events: FlowEvent[], from: FlowState = initialState): FlowState {
	return events.reduce((state, event) => {
		const result = transition(state, event, productOf);
		return result.ok ? result.state : state;
	}, from);
}
export const answer = (question: QuestionId, value: string): FlowEvent => ({
	type: 'answer',
	question,
	value,
});

/** Walks the assistant as a reader who answers « oui » and « automatique » where asked. */
export function walk(action: Action, anchor: string): { state: FlowState; asked: string[] } {
	let state = run([answer('action', action), answer('produit', anchor)]);
	const asked: string[] = [];
	for (let guard = 0; state.step !== 'resultat' && guard < 6; guard++) {
		asked.push(state.step);
		if (state.step === 'contact') state = run([answer('contact', 'oui')], state);
		else if (state.step === 'situation') state = run([answer('situation', 'automatique')], state);
		else if (state.step === 'verification')
			state = run([{ type: 'confirm-checks', ticked: allChecks }], state);
	}
	return { state, asked };
}
