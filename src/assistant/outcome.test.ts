import { describe, expect, it } from 'vitest';
import { checksFor } from '../catalogue/ending.ts';
import { products } from '../catalogue/index.ts';
import type { CheckId } from '../catalogue/rules.ts';
import { allChecks, answer, must, run, walk } from './flow-walk.ts';
import { type OutcomeKind, outcomeFor, outcomeHasDeadline } from './outcome.ts';

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
