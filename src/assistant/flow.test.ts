import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Action, checksFor } from '../catalogue/ending.ts';
import { findProduct, products } from '../catalogue/index.ts';
import type { CheckId } from '../catalogue/rules.ts';
import type { Product } from '../catalogue/schema.ts';
import {
	type Answers,
	type FlowEvent,
	type FlowState,
	initialState,
	normalize,
	type OutcomeKind,
	outcomeFor,
	outcomeHasDeadline,
	pathFor,
	type QuestionId,
	stepNumber,
	stepOrder,
	transition,
} from './flow.ts';

const productOf = findProduct;
/** A product of the catalogue, which the test names on purpose. */
function must(anchor: string): Product {
	const product = findProduct(anchor);
	if (!product) throw new Error(`produit inconnu : ${anchor}`);
	return product;
}

const allChecks: CheckId[] = ['plus-besoin', 'remplacement', 'sauvegarde'];

function run(events: FlowEvent[], from: FlowState = initialState): FlowState {
	return events.reduce((state, event) => {
		const result = transition(state, event, productOf);
		return result.ok ? result.state : state;
	}, from);
}
const answer = (question: QuestionId, value: string): FlowEvent => ({
	type: 'answer',
	question,
	value,
});

/** A state is valid when normalizing it changes nothing. */
const isValid = (state: FlowState) => expect(normalize(state, productOf)).toEqual(state);

/**
 * The specification, from guide-facts.md (table of products, notes 1–5, the 2026 facts), for an
 * administrator contact whose service renews automatically: what terminating and cancelling lead to.
 * `checks`: the boxes before terminating (the backup only where data is deleted).
 */
const spec: Record<string, { resilier: OutcomeKind; annuler: OutcomeKind; checks: CheckId[] }> = {
	dedicated: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	vps: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	managedbaremetal: { resilier: 'guide-dedie', annuler: 'annulation', checks: allChecks },
	privatecloud: { resilier: 'guide-dedie', annuler: 'annulation', checks: allChecks },
	publiccloud: { resilier: 'suppression-ressources', annuler: 'rien-a-annuler', checks: [] },
	domain: { resilier: 'procedure', annuler: 'annulation', checks: ['plus-besoin', 'remplacement'] },
	hosting: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	ssl_sectigo: { resilier: 'laisser-expirer', annuler: 'rien-a-annuler', checks: [] },
	plesk: { resilier: 'non-documente', annuler: 'annulation-si-listee', checks: [] },
	webpaas: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	clouddb: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	mxplan: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	emailpro: { resilier: 'procedure', annuler: 'annulation', checks: allChecks },
	exchange: { resilier: 'guide-dedie', annuler: 'annulation', checks: allChecks },
	xdsl: { resilier: 'guide-dedie', annuler: 'annulation', checks: ['plus-besoin', 'remplacement'] },
	voip: { resilier: 'guide-dedie', annuler: 'annulation', checks: ['plus-besoin', 'remplacement'] },
	otb: { resilier: 'procedure', annuler: 'annulation', checks: ['plus-besoin', 'remplacement'] },
	sms: { resilier: 'rien-a-resilier', annuler: 'rien-a-annuler', checks: [] },
};

/** Walks the assistant as a reader who answers « oui » and « automatique » where asked. */
function walk(action: Action, anchor: string): { state: FlowState; asked: string[] } {
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

describe('every product × action reaches the outcome guide-facts.md gives it', () => {
	it('covers the 18 products of the catalogue', () => {
		expect(Object.keys(spec).sort()).toEqual(products.map((p) => p.anchor).sort());
	});
	for (const product of products) {
		const expected = spec[product.anchor];
		if (!expected) continue;
		it(`résilier × ${product.anchor} → ${expected.resilier}`, () => {
			const { state, asked } = walk('resilier', product.anchor);
			expect(state.step).toBe('resultat');
			expect(outcomeFor(state.answers, product)).toBe(expected.resilier);
			expect(checksFor(product.ending)).toEqual(expected.checks);
			const conditions = ['procedure', 'guide-dedie'].includes(expected.resilier);
			expect(asked).toEqual(
				conditions
					? ['contact', 'situation', ...(expected.checks.length ? ['verification'] : [])]
					: [],
			);
			expect(outcomeHasDeadline(expected.resilier)).toBe(conditions);
		});
		it(`annuler × ${product.anchor} → ${expected.annuler}`, () => {
			const { state, asked } = walk('annuler', product.anchor);
			expect(asked).toEqual([]);
			expect(outcomeFor(state.answers, product)).toBe(expected.annuler);
			expect(outcomeHasDeadline(expected.annuler)).toBe(expected.annuler === 'annulation');
		});
	}
});

describe('the conditions are questions with routes, not gates', () => {
	const atContact = run([answer('action', 'resilier'), answer('produit', 'vps')]);

	it('asks whether the reader is the administrator contact first', () => {
		expect(atContact.step).toBe('contact');
	});

	it('not the administrator contact → the outcome that says who can do it', () => {
		const state = run([answer('contact', 'non')], atContact);
		expect(state.step).toBe('resultat');
		expect(outcomeFor(state.answers, must('vps'))).toBe('contact-administrateur');
	});

	it('manual renewal or suspended → their outcome, no checklist', () => {
		for (const [value, kind] of [
			['manuel', 'renouvellement-manuel'],
			['suspendu', 'service-suspendu'],
		] as const) {
			const state = run([answer('contact', 'oui'), answer('situation', value)], atContact);
			expect(state.step).toBe('resultat');
			expect(outcomeFor(state.answers, must('vps'))).toBe(kind);
		}
	});

	it('« je ne sais pas » goes on to the checklist and the procedure', () => {
		const state = run([answer('contact', 'oui'), answer('situation', 'inconnu')], atContact);
		expect(state.step).toBe('verification');
	});

	it('does not ask them for a product with nothing to terminate', () => {
		expect(run([answer('action', 'resilier'), answer('produit', 'sms')]).step).toBe('resultat');
	});
});

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
