import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { products } from '../catalogue/index.ts';
import {
	type Answers,
	type FlowEvent,
	type FlowState,
	initialState,
	normalize,
	pathFor,
	stepNumber,
	stepOrder,
	transition,
} from './flow.ts';
import { allChecks, answer, must, productOf, run, walk } from './flow-walk.ts';
import { outcomeFor } from './outcome.ts';

/** A state is valid when normalizing it changes nothing. */
const isValid = (state: FlowState) => expect(normalize(state, productOf)).toEqual(state);
describe('transition owns the validation messages', () => {
	it('refuses a question left unanswered, with its message', () => {
		const result = transition(
			initialState,
			{ type: 'answer', question: 'action', value: undefined },
			productOf,
		);
		expect(result).toEqual({
			ok: false,
			errors: [{ field: 'action', message: 'Choisissez ce que vous souhaitez faire.' }],
		});
	});

	it('refuses an answer that is not offered', () => {
		const atProduct = run([answer('action', 'resilier')]);
		expect(transition(atProduct, answer('produit', '<script>'), productOf).ok).toBe(false);
		expect(transition(atProduct, answer('action', 'supprimer'), productOf).ok).toBe(false);
	});

	it('names the product in the message of each unticked box', () => {
		const atChecks = walk('resilier', 'domain').state;
		const back = normalize(
			{ step: 'verification', answers: { ...atChecks.answers, verifie: false } },
			productOf,
		);
		const result = transition(back, { type: 'confirm-checks', ticked: ['plus-besoin'] }, productOf);
		expect(result).toEqual({
			ok: false,
			errors: [
				{
					field: 'remplacement',
					message:
						'Confirmez que vous avez, si nécessaire, une solution de remplacement qui fonctionne.',
				},
			],
		});
	});

	it('asks for the backup with the product’s own name', () => {
		const state = normalize(
			{
				step: 'verification',
				answers: {
					action: 'resilier',
					produit: 'dedicated',
					contact: 'oui',
					situation: 'automatique',
				},
			},
			productOf,
		);
		const result = transition(
			state,
			{ type: 'confirm-checks', ticked: ['plus-besoin', 'remplacement'] },
			productOf,
		);
		expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
			'Confirmez que vous avez sauvegardé toutes les données de votre serveur dédié.',
		]);
	});
});

describe('node by node', () => {
	it('keeps the product when the action changes, and forgets the answers about it', () => {
		const done = walk('resilier', 'vps').state;
		const state = run([{ type: 'edit', step: 'action' }, answer('action', 'annuler')], done);
		expect(state).toEqual({ step: 'resultat', answers: { action: 'annuler', produit: 'vps' } });
	});

	it('asks everything again for another product, and nothing again for the same one', () => {
		const done = walk('resilier', 'vps').state;
		const edited = run([{ type: 'edit', step: 'produit' }], done);
		expect(run([answer('produit', 'vps')], edited).step).toBe('resultat');
		expect(run([answer('produit', 'hosting')], edited)).toEqual({
			step: 'contact',
			answers: { action: 'resilier', produit: 'hosting' },
		});
	});

	it('numbers a step by its place on the path, which later answers never change', () => {
		const atSituation = run([
			answer('action', 'resilier'),
			answer('produit', 'vps'),
			answer('contact', 'oui'),
		]);
		expect(stepNumber(atSituation, productOf)).toBe(4);
		const atChecks = run([answer('situation', 'automatique')], atSituation);
		expect(stepNumber(atChecks, productOf)).toBe(5);
		expect(stepNumber(run([{ type: 'edit', step: 'situation' }], atChecks), productOf)).toBe(4);
		expect(
			stepNumber(run([{ type: 'confirm-checks', ticked: allChecks }], atChecks), productOf),
		).toBeNull();
	});

	it('normalizes a state the answers do not allow to the first open question', () => {
		const answers: Answers = { action: 'resilier', produit: 'vps' };
		expect(normalize({ step: 'resultat', answers }, productOf).step).toBe('contact');
		expect(normalize({ step: 'produit', answers: {} }, productOf).step).toBe('action');
		expect(
			normalize(
				{ step: 'resultat', answers: { action: 'annuler', produit: 'sms', contact: 'oui' } },
				productOf,
			),
		).toEqual({ step: 'resultat', answers: { action: 'annuler', produit: 'sms' } });
	});

	it('restarts from nothing', () => {
		expect(run([answer('action', 'resilier'), { type: 'restart' }])).toEqual(initialState);
	});
});

const anchors = products.map((p) => p.anchor);
const eventArbitrary: fc.Arbitrary<FlowEvent> = fc.oneof(
	fc.constantFrom('resilier', 'annuler', 'x').map((v) => answer('action', v)),
	fc.oneof(fc.constantFrom(...anchors), fc.string()).map((v) => answer('produit', v)),
	fc.constantFrom('oui', 'non', '').map((v) => answer('contact', v)),
	fc
		.constantFrom('automatique', 'manuel', 'suspendu', 'inconnu', '?')
		.map((v) => answer('situation', v)),
	fc.subarray(allChecks).map((ticked) => ({ type: 'confirm-checks', ticked }) as const),
	fc
		.constantFrom('action', 'produit', 'contact', 'situation', 'verification')
		.map((step) => ({ type: 'edit', step: step as 'action' }) as const),
	fc.constant({ type: 'restart' } as const),
);

describe('invariants under random event sequences', () => {
	it('never reaches an invalid state, and reaches an outcome only by its path', () => {
		fc.assert(
			fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
				let state = initialState;
				for (const event of events) {
					state = run([event], state);
					isValid(state);
					expect(stepOrder).toContain(state.step);
					expect(pathFor(state.answers, productOf)).toContain(state.step);
					if (state.step === 'resultat') {
						const product = productOf(state.answers.produit ?? '');
						expect(product).toBeDefined();
						const kind = outcomeFor(state.answers, must(state.answers.produit ?? ''));
						if (kind === 'procedure' || kind === 'guide-dedie') {
							expect(state.answers.verifie).toBe(true);
							expect(state.answers.contact).toBe('oui');
						}
					}
				}
			}),
			{ numRuns: 500 },
		);
	});
});
