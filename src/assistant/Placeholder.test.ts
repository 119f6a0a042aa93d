import { describe, expect, it } from 'vitest';
import { asksConditions } from '../catalogue/ending.ts';
import { products } from '../catalogue/index.ts';
import { contactTitles } from './Placeholder';
import { questions } from './questions.ts';

describe('the contact question’s titles drawn before the island runs', () => {
	const titles = contactTitles(products);

	it('names each product that asks it, by anchor and by alias', () => {
		for (const product of products.filter((p) => asksConditions(p.ending))) {
			for (const anchor of [product.anchor, ...product.aliases]) {
				expect(titles[anchor]).toBe(questions.contact.title(product));
			}
		}
	});

	it('names no product that does not ask it', () => {
		for (const product of products.filter((p) => !asksConditions(p.ending))) {
			expect(Object.hasOwn(titles, product.anchor)).toBe(false);
		}
	});
});
