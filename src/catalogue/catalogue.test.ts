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

	it('rejects a guide route without a guide, and a plain http link', () => {
		const data = clone();
		delete (data.products[2] as { guide?: unknown }).guide;
		expect(() => validateCatalogue(data)).toThrow(/la route « guide » exige un guide/);
		const other = clone();
		(other.products[0] as { productUrl?: string }).productUrl = 'http://www.ovhcloud.com/fr/';
		expect(() => validateCatalogue(other)).toThrow(/dedicated/);
	});

	it('rejects a special case without a note', () => {
		const data = clone();
		const sms = data.products.find((p) => p.anchor === 'sms') as { notes?: string[] };
		sms.notes = [];
		expect(() => validateCatalogue(data)).toThrow(/un cas particulier doit avoir une note/);
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

	it('gives every product a route and a procedure or a note', () => {
		for (const product of products) {
			const hasProcedure =
				product.route === 'standard' || (product.route === 'guide' && product.guide !== undefined);
			expect(hasProcedure || product.notes.length > 0, product.anchor).toBe(true);
		}
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
