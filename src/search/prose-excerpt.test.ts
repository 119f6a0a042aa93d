import { describe, expect, it } from 'vitest';
import { proseExcerpt } from './prose-excerpt.ts';
import { termsEnd, termsStart } from './terms-markers.ts';

describe('excerpts', () => {
	it('leave out the search words, even when the excerpt cuts them', () => {
		expect(
			proseExcerpt(
				`<mark>VPS</mark>. ${termsStart} <mark>VPS,</mark> serveur virtuel ${termsEnd} Pour résilier votre <mark>VPS</mark>`,
			),
		).toBe('<mark>VPS</mark>. Pour résilier votre <mark>VPS</mark>');
		expect(proseExcerpt(`serveur <mark>virtuel</mark> ${termsEnd} Pour résilier`)).toBe(
			'Pour résilier',
		);
		expect(proseExcerpt(`Pour résilier ${termsStart} serveur <mark>virtuel</mark>`)).toBe(
			'Pour résilier',
		);
	});

	it('join the elisions', () => {
		expect(proseExcerpt('À la fin de l’ <mark>abonnement</mark>')).toBe(
			'À la fin de l’<mark>abonnement</mark>',
		);
	});
});
