import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProduct, products } from '../catalogue/index.ts';
import { planFor } from '../catalogue/plan.ts';
import {
	type Action,
	actions,
	type CheckId,
	checks,
	type FlowEvent,
	type FlowState,
	initialState,
	normalize,
	stepOrder,
	transition,
} from './flow.ts';

const isProduct = (anchor: string) => findProduct(anchor) !== undefined;
const allChecks: CheckId[] = checks.map((c) => c.id);

function run(events: FlowEvent[], from: FlowState = initialState): FlowState {
	return events.reduce((state, event) => transition(state, event, isProduct).state, from);
}

/** A state is valid when normalizing it changes nothing. */
const isValid = (state: FlowState) => expect(normalize(state, isProduct)).toEqual(state);

describe('every action × product reaches an outcome', () => {
	for (const { id: action } of actions) {
		for (const product of products) {
			it(`${action} × ${product.anchor}`, () => {
				let state = run([
					{ type: 'choose-action', action },
					{ type: 'choose-product', produit: product.anchor },
				]);
				if (action === 'resilier') {
					expect(state.step).toBe('verification');
					state = run([{ type: 'confirm-checks', ticked: allChecks }], state);
				}
				expect(state).toEqual({
					step: 'resultat',
					answers: {
						action,
						produit: product.anchor,
						...(action === 'resilier' ? { verifie: true } : {}),
					},
				});
				const plan = planFor(product, action);
				expect(plan.steps.length > 0 || plan.notes.length > 0 || plan.guide !== null).toBe(true);
			});
		}
	}
});

describe('node by node', () => {
	it('starts on the action question', () => {
		expect(initialState.step).toBe('action');
	});

	it('asks for the product after the action', () => {
		expect(run([{ type: 'choose-action', action: 'annuler' }]).step).toBe('produit');
	});

	it('skips the checklist when cancelling a termination', () => {
		const state = run([
			{ type: 'choose-action', action: 'annuler' },
			{ type: 'choose-product', produit: 'vps' },
		]);
		expect(state.step).toBe('resultat');
	});

	it('refuses the checklist with a box unticked and names the missing ones', () => {
		const atChecklist = run([
			{ type: 'choose-action', action: 'resilier' },
			{ type: 'choose-product', produit: 'domain' },
		]);
		const result = transition(
			atChecklist,
			{ type: 'confirm-checks', ticked: ['sauvegarde'] },
			isProduct,
		);
		expect(result).toEqual({
			ok: false,
			state: atChecklist,
			missing: ['plus-besoin', 'remplacement'],
		});
	});

	it('keeps the action when the product changes, and asks the checklist again', () => {
		const done = run([
			{ type: 'choose-action', action: 'resilier' },
			{ type: 'choose-product', produit: 'vps' },
			{ type: 'confirm-checks', ticked: allChecks },
			{ type: 'edit', step: 'produit' },
		]);
		expect(done).toEqual({
			step: 'produit',
			answers: { action: 'resilier', produit: 'vps', verifie: true },
		});
		const changed = run([{ type: 'choose-product', produit: 'hosting' }], done);
		expect(changed).toEqual({
			step: 'verification',
			answers: { action: 'resilier', produit: 'hosting' },
		});
	});

	it('keeps the product when the action changes', () => {
		const state = run([
			{ type: 'choose-action', action: 'annuler' },
			{ type: 'choose-product', produit: 'sms' },
			{ type: 'edit', step: 'action' },
			{ type: 'choose-action', action: 'resilier' },
		]);
		expect(state).toEqual({
			step: 'verification',
			answers: { action: 'resilier', produit: 'sms' },
		});
	});

	it('re-choosing the same product after an edit keeps the checklist passed', () => {
		const state = run([
			{ type: 'choose-action', action: 'resilier' },
			{ type: 'choose-product', produit: 'vps' },
			{ type: 'confirm-checks', ticked: allChecks },
			{ type: 'edit', step: 'produit' },
			{ type: 'choose-product', produit: 'vps' },
		]);
		expect(state.step).toBe('resultat');
	});

	it('ignores an unknown product', () => {
		const atProduct = run([{ type: 'choose-action', action: 'resilier' }]);
		expect(run([{ type: 'choose-product', produit: '<script>' }], atProduct)).toEqual(atProduct);
	});

	it('restarts from nothing', () => {
		const state = run([{ type: 'choose-action', action: 'resilier' }, { type: 'restart' }]);
		expect(state).toEqual(initialState);
	});

	it('normalizes a state the answers do not allow to the first open question', () => {
		expect(
			normalize({ step: 'resultat', answers: { action: 'resilier', produit: 'vps' } }, isProduct)
				.step,
		).toBe('verification');
		expect(
			normalize({ step: 'verification', answers: { action: 'annuler', produit: 'vps' } }, isProduct)
				.step,
		).toBe('resultat');
		expect(normalize({ step: 'produit', answers: {} }, isProduct).step).toBe('action');
	});
});

const anchors = products.map((p) => p.anchor);
const eventArbitrary: fc.Arbitrary<FlowEvent> = fc.oneof(
	fc
		.constantFrom<Action>('resilier', 'annuler')
		.map((action) => ({ type: 'choose-action', action }) as const),
	fc
		.oneof(fc.constantFrom(...anchors), fc.string())
		.map((produit) => ({ type: 'choose-product', produit }) as const),
	fc.subarray(allChecks).map((ticked) => ({ type: 'confirm-checks', ticked }) as const),
	fc
		.constantFrom('action', 'produit', 'verification')
		.map(
			(step) => ({ type: 'edit', step: step as 'action' | 'produit' | 'verification' }) as const,
		),
	fc.constant({ type: 'restart' } as const),
);

describe('invariants under random event sequences', () => {
	it('never reaches an invalid state and never throws', () => {
		fc.assert(
			fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
				let state = initialState;
				for (const event of events) {
					state = transition(state, event, isProduct).state;
					isValid(state);
					expect(stepOrder).toContain(state.step);
					if (state.step === 'resultat' && state.answers.action === 'resilier') {
						expect(state.answers.verifie).toBe(true);
					}
				}
			}),
			{ numRuns: 500 },
		);
	});
});
