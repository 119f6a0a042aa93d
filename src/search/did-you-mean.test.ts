import { describe, expect, it } from 'vitest';
import { products } from '../catalogue/index.ts';
import {
	editDistance,
	foldText,
	suggestionSentence,
	suggestProducts,
	typosAllowed,
} from './did-you-mean.ts';

const anchors = (query: string) => suggestProducts(query, products).map((s) => s.anchor);

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swapped neighbours as one typo each', () => {
		expect(editDistance('overthebox', 'overthebox')).toBe(0);
		expect(editDistance('overtehbox', 'overthebox')).toBe(1);
		expect(editDistance('overtheboxx', 'overthebox')).toBe(1);
		expect(editDistance('ovrthebox', 'overthebox')).toBe(1);
		expect(editDistance('exchenge', 'exchange')).toBe(1);
		expect(editDistance('', 'vps')).toBe(3);
		expect(editDistance('abc', 'cba')).toBe(2);
	});
});

describe('suggestProducts', () => {
	it('finds a product from a typo in its name, nickname or a customer word', () => {
		expect(anchors('overtehbox')[0]).toBe('otb');
		expect(anchors('exchenge')[0]).toBe('exchange');
		expect(anchors('sectgo')[0]).toBe('ssl_sectigo');
		expect(anchors('vsp')[0]).toBe('vps');
		expect(anchors('clouddbb')[0]).toBe('clouddb');
		expect(anchors('pleks')[0]).toBe('plesk');
	});

	it('ignores accents and case', () => {
		expect(anchors('HÉBERGEMNT')[0]).toBe('hosting');
		expect(anchors('ÉXCHANGE')).toEqual(anchors('exchange'));
		expect(anchors('Over The Bix')[0]).toBe('otb');
		expect(foldText('Serveur Dédié, « SSL »')).toBe('serveur dedie ssl');
	});

	it('suggests nothing for words far from every product', () => {
		expect(anchors('zzqxwv')).toEqual([]);
		expect(anchors('')).toEqual([]);
		expect(anchors('   ')).toEqual([]);
	});

	it('gives at most three products, the closest first, each once', () => {
		const list = [
			{ anchor: 'a', label: 'Alpha', keywords: ['alphaa'] },
			{ anchor: 'b', label: 'Alphx' },
			{ anchor: 'c', label: 'Alpxx' },
			{ anchor: 'd', label: 'Alphz' },
		];
		expect(suggestProducts('alpha', list).map((s) => s.anchor)).toEqual(['a', 'b', 'd']);
		expect(suggestProducts('alpha', list, 1)).toEqual([{ anchor: 'a', label: 'Alpha', typos: 0 }]);
		expect(suggestProducts('alphxx', list, 1)).toEqual([{ anchor: 'b', label: 'Alphx', typos: 1 }]);
	});

	it('forgives fewer typos in short words', () => {
		expect([1, 2, 3, 4, 5, 8, 9].map(typosAllowed)).toEqual([0, 0, 1, 1, 2, 2, 3]);
		expect(anchors('sm')).toEqual([]);
	});
});

describe('suggestionSentence', () => {
	const template = 'Vouliez-vous dire\u00a0: [SUGGESTIONS]\u202f?';
	const otb = { anchor: 'otb', label: 'OverTheBox (OTB)', typos: 1 };
	const vps = { anchor: 'vps', label: 'VPS', typos: 1 };
	const sms = { anchor: 'sms', label: 'SMS', typos: 1 };

	it('names one product, or lists them the French way, as links', () => {
		expect(suggestionSentence(template, [otb])).toEqual([
			{ text: 'Vouliez-vous dire\u00a0: ' },
			{ suggestion: otb },
			{ text: '\u202f?' },
		]);
		expect(suggestionSentence(template, [otb, vps, sms])).toEqual([
			{ text: 'Vouliez-vous dire\u00a0: ' },
			{ suggestion: otb },
			{ text: ', ' },
			{ suggestion: vps },
			{ text: ' ou ' },
			{ suggestion: sms },
			{ text: '\u202f?' },
		]);
	});

	it('says nothing without a suggestion', () => {
		expect(suggestionSentence(template, [])).toEqual([]);
	});
});
