import { describe, expect, it } from 'vitest';
import { separateElisions } from './elisions.ts';
import { joinElisions } from './prose-excerpt.ts';

describe('elisions', () => {
	it('joins them again in the excerpts readers see, highlighted or not', () => {
		expect(joinElisions('la date d’ <mark>échéance</mark>, fin de l’ abonnement')).toBe(
			'la date d’<mark>échéance</mark>, fin de l’abonnement',
		);
		expect(joinElisions(separateElisions('jusqu’à lorsqu’un qu’il'))).toBe(
			'jusqu’à lorsqu’un qu’il',
		);
		expect(joinElisions('Hello d’ 2026, l’ 3')).toBe('Hello d’ 2026, l’ 3');
	});
	it('separates elided words for text that only the index reads', () => {
		expect(separateElisions('date d’échéance, fin de l’abonnement')).toBe(
			'date d’ échéance, fin de l’ abonnement',
		);
		expect(separateElisions('jusqu’à lorsqu’un qu’il')).toBe('jusqu’ à lorsqu’ un qu’ il');
	});

	it('leaves words that merely hold an apostrophe alone', () => {
		expect(separateElisions('aujourd’hui, presqu’île')).toBe('aujourd’hui, presqu’île');
	});
});
