import { describe, expect, it } from 'vitest';
import { exportLinks, exportMessage, productCountMessage } from './support-links.ts';

describe('« Trouver un produit »', () => {
	it('filters on words, accents and case ignored', () => {
		expect(productCountMessage(1, 18, 'vps')).toBe('1 produit correspond.');
		expect(productCountMessage(0, 18, ' zz ')).toBe(
			'Aucun produit ne correspond à «\u00a0zz\u00a0».',
		);
		expect(productCountMessage(18, 18, '')).toBe('');
	});
});

describe('« Copier tous les liens »', () => {
	const links = [
		{ label: 'VPS — Section du guide', url: 'https://a.example/billing/x/#vps' },
		{ label: 'Offre [pro] — Résilier', url: 'https://a.example/billing/x/?a=1&b=(2)#assistant' },
	];

	it('writes one line per link with its label, as text or as a Markdown list', () => {
		expect(exportLinks(links, 'text')).toBe(
			'VPS — Section du guide\u00a0: https://a.example/billing/x/#vps\n' +
				'Offre [pro] — Résilier\u00a0: https://a.example/billing/x/?a=1&b=(2)#assistant\n',
		);
		expect(exportLinks(links, 'markdown')).toBe(
			'- [VPS — Section du guide](https://a.example/billing/x/#vps)\n' +
				'- [Offre \\[pro\\] — Résilier](https://a.example/billing/x/?a=1&b=%282%29#assistant)\n',
		);
	});

	it('says what it copied', () => {
		expect(exportMessage(3, 'text', 'de «\u00a0VPS\u00a0»')).toBe(
			'3 liens copiés en texte, de «\u00a0VPS\u00a0».',
		);
		expect(exportMessage(1, 'markdown', 'de la page')).toBe(
			'1 lien copié en Markdown, de la page.',
		);
	});
});
