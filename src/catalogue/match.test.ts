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
		const webCloud = universes.find((u) => u.anchor === ssl.universe);
		expect(ssl.aliases).toContain('ssl');
		// Each field a word no other field holds, so that leaving one out fails.
		const fields = {
			label: 'étiquette',
			designation: 'désignation',
			universe: 'univers',
			anchor: 'ancre_actuelle',
			alias: 'ancienne-ancre',
			keyword: 'autre-nom',
		};
		const text = productMatchText(
			{
				...ssl,
				label: fields.label,
				designation: { ...ssl.designation, name: fields.designation },
				anchor: fields.anchor,
				aliases: [fields.alias],
				keywords: [fields.keyword],
			},
			webCloud && { ...webCloud, label: fields.universe },
		);
		for (const word of Object.values(fields)) expect(matchesEveryWord(text, word), word).toBe(true);
		// The words agents and readers type for the SSL certificate.
		const sslText = productMatchText(ssl, webCloud);
		for (const query of ['certificat ssl', 'ssl_sectigo', 'https', 'web cloud sectigo']) {
			expect(matchesEveryWord(sslText, query), query).toBe(true);
		}
		expect(matchesEveryWord(productMatchText(ssl, undefined), 'web cloud')).toBe(false);
	});
});
