import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProduct, products } from '../catalogue/index.ts';
import { type FlowState, normalize, stepOrder } from './flow.ts';
import { type CatalogueLookup, decodeQuery, encodeQuery as encodeWith } from './url.ts';

const resolveProduct = (value: string) =>
	products.find((p) => p.anchor === value || p.aliases.includes(value));
const isProduct = findProduct;
const encodeQuery = (state: FlowState) => encodeWith(state, findProduct);
const lookup = (verified: boolean): CatalogueLookup => ({
	resolveProduct,
	isVerified: () => verified,
});

describe('deep links', () => {
	it('opens the first question about a product to terminate', () => {
		expect(decodeQuery('?action=resilier&produit=vps', lookup(false))).toEqual({
			state: { step: 'contact', answers: { action: 'resilier', produit: 'vps' } },
			notices: [],
		});
	});

	it('carries the answers about the conditions', () => {
		const query = '?action=resilier&produit=vps&contact=oui&situation=manuel';
		expect(decodeQuery(query, lookup(false)).state).toEqual({
			step: 'resultat',
			answers: { action: 'resilier', produit: 'vps', contact: 'oui', situation: 'manuel' },
		});
		expect(decodeQuery('?action=resilier&produit=vps&contact=peut-etre', lookup(false))).toEqual({
			state: { step: 'contact', answers: { action: 'resilier', produit: 'vps' } },
			notices: ['Le lien indiquait une réponse inconnue\u00a0: elle a été ignorée.'],
		});
	});

	it('opens the outcome of a product with nothing to terminate at once', () => {
		expect(decodeQuery('?action=resilier&produit=sms', lookup(false)).state?.step).toBe('resultat');
	});

	it('opens the outcome of a product whose termination to cancel', () => {
		expect(decodeQuery('?action=annuler&produit=domain', lookup(false)).state).toEqual({
			step: 'resultat',
			answers: { action: 'annuler', produit: 'domain' },
		});
	});

	it('accepts an alias of a product', () => {
		expect(decodeQuery('?action=annuler&produit=ssl', lookup(false)).state?.answers.produit).toBe(
			'ssl_sectigo',
		);
	});

	it('shows the outcome of a termination only once the checklist is passed in this tab', () => {
		const query = '?action=resilier&produit=vps&contact=oui&situation=automatique&etape=resultat';
		expect(decodeQuery(query, lookup(false)).state?.step).toBe('verification');
		expect(decodeQuery(query, lookup(true)).state?.step).toBe('resultat');
	});

	it('says nothing when the query holds none of its keys', () => {
		expect(decodeQuery('?utm_source=mail', lookup(false))).toEqual({ state: null, notices: [] });
		expect(decodeQuery('', lookup(false))).toEqual({ state: null, notices: [] });
	});
});

describe('hostile or broken queries', () => {
	it('drops an unknown product with a notice that does not repeat it', () => {
		const decoded = decodeQuery(
			'?action=resilier&produit=<img src=x onerror=alert(1)>',
			lookup(false),
		);
		expect(decoded.state).toEqual({ step: 'produit', answers: { action: 'resilier' } });
		expect(decoded.notices).toEqual([
			'Le lien indiquait un service inconnu\u00a0: il a été ignoré.',
		]);
		expect(decoded.notices.join()).not.toContain('<img');
	});

	it('drops repeated keys', () => {
		const decoded = decodeQuery('?action=resilier&action=annuler&produit=vps', lookup(false));
		expect(decoded.state).toEqual({ step: 'action', answers: { produit: 'vps' } });
		expect(decoded.notices).toHaveLength(1);
	});

	it('drops a 10 kB value', () => {
		const decoded = decodeQuery(`?action=annuler&produit=${'v'.repeat(10_000)}`, lookup(false));
		expect(decoded.state?.answers.produit).toBeUndefined();
	});

	it('survives broken percent-encoding', () => {
		expect(() => decodeQuery('?action=%E0%A4%A&produit=%', lookup(false))).not.toThrow();
	});
});

const stateArbitrary: fc.Arbitrary<FlowState> = fc
	.record({
		step: fc.constantFrom(...stepOrder),
		action: fc.option(fc.constantFrom('resilier' as const, 'annuler' as const), { nil: undefined }),
		produit: fc.option(fc.constantFrom(...products.map((p) => p.anchor)), { nil: undefined }),
		contact: fc.option(fc.constantFrom('oui' as const, 'non' as const), { nil: undefined }),
		situation: fc.option(
			fc.constantFrom(
				'automatique' as const,
				'manuel' as const,
				'suspendu' as const,
				'inconnu' as const,
			),
			{ nil: undefined },
		),
		verifie: fc.boolean(),
	})
	.map(({ step, action, produit, contact, situation, verifie }) =>
		normalize(
			{
				step,
				answers: {
					...(action ? { action } : {}),
					...(produit ? { produit } : {}),
					...(contact ? { contact } : {}),
					...(situation ? { situation } : {}),
					...(verifie ? { verifie } : {}),
				},
			},
			isProduct,
		),
	);

describe('every valid state round-trips through the URL', () => {
	it('decode(encode(state)) = state', () => {
		fc.assert(
			fc.property(stateArbitrary, (state) => {
				const decoded = decodeQuery(encodeQuery(state), lookup(state.answers.verifie === true));
				if (encodeQuery(state) === '') expect(state).toEqual({ step: 'action', answers: {} });
				else expect(decoded).toEqual({ state, notices: [] });
			}),
			{ numRuns: 1000 },
		);
	});

	it('exhaustively, for every action × product × step', () => {
		for (const action of ['resilier', 'annuler'] as const) {
			for (const product of products) {
				for (const step of stepOrder) {
					const state = normalize(
						{
							step,
							answers: {
								action,
								produit: product.anchor,
								...(action === 'resilier'
									? { contact: 'oui' as const, situation: 'automatique' as const, verifie: true }
									: {}),
							},
						},
						isProduct,
					);
					expect(decodeQuery(encodeQuery(state), lookup(true)).state).toEqual(state);
				}
			}
		}
	});
});

describe('random query strings', () => {
	it('never throw and always give a valid state or none', () => {
		const key = fc.constantFrom(
			'action',
			'produit',
			'contact',
			'situation',
			'etape',
			'x',
			'action%20',
			'',
		);
		const value = fc.oneof(
			fc.string(),
			fc.constantFrom(
				'resilier',
				'annuler',
				'vps',
				'ssl',
				'resultat',
				'oui',
				'suspendu',
				'%',
				'%E0%A4',
				'<script>alert(1)</script>',
			),
			fc.string({ minLength: 2000, maxLength: 12000 }),
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), fc.boolean(), (pairs, raw) => {
				const search = raw
					? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`
					: `?${new URLSearchParams(pairs).toString()}`;
				const decoded = decodeQuery(search, lookup(false));
				if (decoded.state) expect(normalize(decoded.state, isProduct)).toEqual(decoded.state);
				for (const notice of decoded.notices) expect(notice).not.toMatch(/[<>]/);
			}),
			{ numRuns: 1000 },
		);
	});
});
