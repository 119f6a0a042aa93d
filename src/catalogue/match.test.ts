import { describe, expect, it } from 'vitest';
import { findProduct, universes } from './index.ts';
import { fold, foldWord, matchesEveryWord, productMatchText } from './match.ts';

describe('matching text typed by a reader', () => {
	it('folds case, accents, apostrophes, hyphens and spaces', () => {
		expect(foldWord('Résilier')).toBe('resilier');
		expect(fold('  Hébergement  WEB ')).toBe('hebergement web');
		expect(fold('l’E-mail')).toBe('l e mail');
	});

	it('needs every word of the query, anywhere in the text', () => {
		expect(matchesEveryWord('Serveurs dédiés serveur dédié', 'DEDIE')).toBe(true);
		expect(matchesEveryWord('E-mail MX Plan', 'mx pl')).toBe(true);
		expect(matchesEveryWord('E-mail MX Plan', 'mx exchange')).toBe(false);
		expect(matchesEveryWord('E-mail MX Plan', '   ')).toBe(true);
	});

	it('matches a product on its label, designation, universe, anchors and other names', () => {
		const ssl = findProduct('ssl_sectigo');
		if (!ssl) throw new Error('ssl_sectigo is not in the catalogue');
		const text = productMatchText(
			ssl,
			universes.find((u) => u.anchor === ssl.universe),
		);
		expect(ssl.aliases).toContain('ssl');
		expect(text).toContain(ssl.label);
		expect(text).toContain(universes.find((u) => u.anchor === ssl.universe)?.label);
		expect(text).toContain(ssl.designation.name);
		for (const alias of ssl.aliases) expect(text).toContain(alias);
		for (const keyword of ssl.keywords) expect(text).toContain(keyword);
	});
});
