import { describe, expect, it } from 'vitest';
import committedAnchors from './anchors.json';
import { catalogueData } from './data.ts';
import {
	anchorContract,
	catalogue,
	findProduct,
	isSingleProductUniverse,
	products,
	universes,
} from './index.ts';
import { plainText } from './rich-text.ts';
import { CatalogueError, validateCatalogue } from './validate.ts';

const clone = () => structuredClone(catalogueData) as unknown as typeof catalogueData;

describe('catalogue schema', () => {
	it('accepts the catalogue as written', () => {
		expect(catalogue.products.length).toBe(catalogueData.products.length);
	});

	it('names the entry whose anchor is not ASCII', () => {
		const data = clone();
		(data.products[1] as { anchor: string }).anchor = 'serveur-dédié';
		expect(() => validateCatalogue(data)).toThrow(/products « serveur-dédié » \(champ anchor\)/);
	});

	it('rejects a duplicated anchor, naming both entries', () => {
		const data = clone();
		(data.products[1] as { anchor: string }).anchor = 'dedicated';
		expect(() => validateCatalogue(data)).toThrow(
			/ancre « dedicated » en double : produit « Serveurs dédiés » et produit « VPS/,
		);
	});

	it('rejects an alias that repeats another anchor', () => {
		const data = clone();
		(data.products[0] as { aliases?: string[] }).aliases = ['resilier'];
		expect(() => validateCatalogue(data)).toThrow(CatalogueError);
	});

	it('rejects a product of an unknown universe', () => {
		const data = clone();
		(data.products[0] as { universe: string }).universe = 'nowhere';
		expect(() => validateCatalogue(data)).toThrow(/univers inconnu « nowhere »/);
	});

	it('rejects an ending that mixes kinds, naming the product', () => {
		const data = clone();
		const vps = data.products.find((p) => p.anchor === 'vps') as { ending: unknown };
		vps.ending = {
			kind: 'standard',
			loss: 'data-deleted',
			guide: { url: 'https://docs.ovh.com/' },
		};
		expect(() => validateCatalogue(data)).toThrow(/products « vps » \(champ ending\)/);
		const other = clone();
		const sms = other.products.find((p) => p.anchor === 'sms') as { ending: unknown };
		sms.ending = {
			kind: 'no-subscription',
			loss: 'data-deleted',
			notes: [['x']],
			cancelNote: ['y'],
		};
		expect(() => validateCatalogue(other)).toThrow(/products « sms »/);
	});

	it('rejects a dedicated guide without its address, and a plain http link', () => {
		const data = clone();
		const mbm = data.products.find((p) => p.anchor === 'managedbaremetal') as {
			ending: { guide?: unknown };
		};
		delete mbm.ending.guide;
		expect(() => validateCatalogue(data)).toThrow(/products « managedbaremetal » \(champ ending/);
		const other = clone();
		(other.products[0] as { productUrl?: string }).productUrl = 'http://www.ovhcloud.com/fr/';
		expect(() => validateCatalogue(other)).toThrow(/dedicated/);
	});

	it('rejects a product with nothing to terminate that does not say what to do', () => {
		const data = clone();
		const sms = data.products.find((p) => p.anchor === 'sms') as { ending: { notes: unknown[] } };
		sms.ending.notes = [];
		expect(() => validateCatalogue(data)).toThrow(/products « sms » \(champ ending.notes\)/);
	});
});

describe('catalogue content', () => {
	it('holds the universes and products of guide-facts.md', () => {
		expect(universes.map((u) => u.anchor)).toEqual([
			'baremetalcloud',
			'privatecloud',
			'publiccloud',
			'webcloud',
			'telecom',
		]);
		expect(products.map((p) => p.anchor)).toEqual([
			'dedicated',
			'vps',
			'managedbaremetal',
			'privatecloud',
			'publiccloud',
			'domain',
			'hosting',
			'ssl_sectigo',
			'plesk',
			'webpaas',
			'clouddb',
			'mxplan',
			'emailpro',
			'exchange',
			'xdsl',
			'voip',
			'otb',
			'sms',
		]);
	});

	it('ends every product as guide-facts.md says (its table, notes 1–5 and the 2026 facts)', () => {
		const facts: Record<string, { kind: string; loss?: string; guide?: string }> = {
			dedicated: { kind: 'standard', loss: 'data-deleted' },
			vps: { kind: 'standard', loss: 'data-deleted' },
			managedbaremetal: {
				kind: 'dedicated-guide',
				loss: 'data-deleted',
				guide: 'https://docs.ovh.com/fr/managed-bare-metal/comment-resilier-le-managed-bare-metal/',
			},
			privatecloud: {
				kind: 'dedicated-guide',
				loss: 'data-deleted',
				guide: 'https://docs.ovh.com/fr/private-cloud/comment-resilier-le-private-cloud/',
			},
			publiccloud: {
				kind: 'pay-as-you-go',
				loss: 'data-deleted',
				guide: 'https://docs.ovh.com/fr/public-cloud/supprimer-un-projet/',
			},
			domain: { kind: 'standard', loss: 'domain-released' },
			hosting: { kind: 'standard', loss: 'data-deleted' },
			ssl_sectigo: { kind: 'not-renewed' },
			plesk: { kind: 'undocumented' },
			webpaas: { kind: 'standard', loss: 'data-deleted' },
			clouddb: { kind: 'standard', loss: 'data-deleted' },
			mxplan: { kind: 'standard', loss: 'data-deleted' },
			emailpro: { kind: 'standard', loss: 'data-deleted' },
			exchange: {
				kind: 'dedicated-guide',
				loss: 'data-deleted',
				guide:
					'https://docs.ovh.com/fr/microsoft-collaborative-solutions/gestion-facturation-exchange/#supprimer-des-comptes',
			},
			xdsl: {
				kind: 'dedicated-guide',
				loss: 'not-stated',
				guide: 'https://docs.ovh.com/fr/xdsl/comment-resilier-mon-acces-xdsl/',
			},
			voip: {
				kind: 'dedicated-guide',
				loss: 'number-released',
				guide: 'https://docs.ovh.com/fr/voip/changer-l-offre-et-les-options-d-une-ligne-voip/',
			},
			otb: { kind: 'standard', loss: 'not-stated' },
			sms: { kind: 'no-subscription' },
		};
		for (const product of products) {
			const { ending } = product;
			expect(
				{
					kind: ending.kind,
					...('loss' in ending ? { loss: ending.loss } : {}),
					...('guide' in ending ? { guide: ending.guide.url } : {}),
				},
				product.anchor,
			).toEqual(facts[product.anchor]);
		}
	});

	it('keeps the notes guide-facts.md gives: xDSL’s Pack SIP Trunk, VoIP’s two parts, SMS’s support request', () => {
		const notesOf = (anchor: string) => {
			const ending = findProduct(anchor)?.ending;
			return ending && 'notes' in ending ? ending.notes.map(plainText).join(' ') : '';
		};
		expect(notesOf('xdsl')).toMatch(/Pack SIP Trunk.*support/);
		expect(notesOf('sms')).toMatch(/rien à résilier.*support/);
		expect(notesOf('ssl_sectigo')).toMatch(/ne se renouvelle pas automatiquement/);
		expect(notesOf('plesk')).toMatch(/ne documente aucune procédure/);
		const voip = findProduct('voip')?.ending;
		expect(voip && 'guide' in voip ? voip.guide.parts.map((p) => new URL(p.url).hash) : []).toEqual(
			['#resilier-sip-trunk', '#resilier-alias'],
		);
	});

	it('keeps every anchor and alias unique', () => {
		const anchors = anchorContract().map((entry) => entry.anchor);
		expect(new Set(anchors).size).toBe(anchors.length);
	});

	it('shows a universe with one product of the same anchor as one heading', () => {
		const single = universes.filter(isSingleProductUniverse).map((u) => u.anchor);
		expect(single).toEqual(['privatecloud', 'publiccloud']);
	});

	it('spells Télécom one way and names Web PaaS and OverTheBox', () => {
		expect(universes.find((u) => u.anchor === 'telecom')?.label).toBe('Télécom');
		expect(findProduct('webpaas')?.label).toBe('Web PaaS');
		expect(findProduct('otb')?.productUrl).toBe('https://www.ovhtelecom.fr/overthebox/');
	});
});

describe('the committed anchor list (a public contract)', () => {
	const current = anchorContract();

	it('loses no anchor that was ever published', () => {
		const now = new Set(current.map((entry) => entry.anchor));
		const lost = committedAnchors.filter((entry) => !now.has(entry.anchor)).map((e) => e.anchor);
		expect(lost, 'anchors removed from the catalogue: add them back or as aliases').toEqual([]);
	});

	it('is up to date with the catalogue (npm run anchors rewrites it)', () => {
		expect(committedAnchors).toEqual(current);
	});
});
