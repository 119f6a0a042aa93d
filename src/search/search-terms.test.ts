import { describe, expect, it } from 'vitest';
import { products, sections } from '../catalogue/index.ts';
import { productTermsWeight, searchTermsOf, sectionTermsWeight } from './search-terms.ts';

describe('search terms from the catalogue', () => {
	it('are the words customers use for every product, weighted like its heading', () => {
		for (const product of products) {
			expect(product.keywords.length, product.anchor).toBeGreaterThan(0);
			const terms = searchTermsOf(product.anchor);
			expect(terms?.weight, product.anchor).toBe(productTermsWeight);
			for (const word of terms?.words ?? []) expect(product.keywords).toContain(word);
		}
		expect(searchTermsOf('vps')?.words).toEqual([
			'VPS',
			'serveur privé virtuel',
			'serveur virtuel',
		]);
		// The label is the heading, indexed already: not repeated.
		expect(searchTermsOf('webpaas')?.words).toEqual(['PaaS', 'Platform.sh']);
	});

	it('are the keywords of the general sections that have some, weighted like a title', () => {
		for (const section of sections) {
			const terms = searchTermsOf(section.anchor);
			if (section.keywords.length === 0) expect(terms, section.anchor).toBeNull();
			else
				expect(terms, section.anchor).toEqual({
					words: section.keywords,
					weight: sectionTermsWeight,
				});
		}
		expect(searchTermsOf('baremetalcloud')).toBeNull();
	});
});
