import { describe, expect, it } from 'vitest';
import { products } from '../catalogue/index.ts';
import { exportLinks, exportMessage, productCountMessage } from '../components/support-links.ts';
import {
	assistantActionsFor,
	assistantHref,
	findSupportEntry,
	supportLinks,
} from '../components/support-links-data.ts';
import { localSiteUrl, publishFlags, siteUrl } from './site.ts';
import { howToSchema, jsonLd, stepText } from './structured-data.ts';

describe('siteUrl', () => {
	it('takes SITE_URL, or the address `npm start` serves for a build not meant to be published', () => {
		expect(siteUrl({ SITE_URL: 'https://aide.example.com' })).toBe('https://aide.example.com');
		expect(siteUrl({ SITE_URL: 'https://aide.example.com/', DEPLOY: '1' })).toBe(
			'https://aide.example.com',
		);
		expect(siteUrl({})).toBe(localSiteUrl);
		expect(siteUrl({ SITE_URL: '  ', CI: 'true', NODE_ENV: 'production' })).toBe(localSiteUrl);
		expect(siteUrl({ DEPLOY: '0' })).toBe(localSiteUrl);
		expect(siteUrl({ NETLIFY: 'false' })).toBe(localSiteUrl);
	});

	it('fails a build to publish without SITE_URL, saying how to set it', () => {
		for (const flag of publishFlags) {
			expect(() => siteUrl({ [flag]: 'true' }), flag).toThrow(
				`SITE_URL manque : cette construction est destinée à la mise en ligne (${flag} est défini).`,
			);
		}
		expect(() => siteUrl({ DEPLOY: '1', SITE_URL: ' ' })).toThrow(
			/SITE_URL=https:\/\/aide\.example\.com DEPLOY=1 npm run build/,
		);
		expect(() => siteUrl({ CF_PAGES: '1' })).toThrow(/SITE_URL is missing/);
	});

	it('refuses what is not a site’s origin', () => {
		expect(() => siteUrl({ SITE_URL: 'aide.example.com' })).toThrow(/adresse absolue/);
		expect(() => siteUrl({ SITE_URL: 'ftp://aide.example.com' })).toThrow(/https/);
		expect(() => siteUrl({ SITE_URL: 'https://aide.example.com/fr/' })).toThrow(/sans chemin/);
	});
});

describe('structured data', () => {
	const schema = howToSchema({
		url: 'https://aide.example.com/billing/how-to-cancel-your-services/',
		title: 'Comment résilier vos services OVHcloud',
		description: 'Découvrez comment interrompre vos abonnements OVHcloud',
		dateModified: new Date('2026-11-27'),
	});

	it('is a HowTo with a section per product and one to cancel a termination', () => {
		expect(schema['@type']).toBe('HowTo');
		expect(schema.dateModified).toBe('2026-11-27');
		expect(schema.step).toHaveLength(products.length + 1);
		const vps = schema.step.find((s) => s.url.endsWith('#vps'));
		expect(vps?.itemListElement.map((s) => s.text)).toEqual([
			expect.stringContaining('Gestion des services'),
			expect.stringContaining('Résilier'),
			expect.stringContaining('Valider'),
		]);
		const xdsl = schema.step.find((s) => s.url.endsWith('#xdsl'));
		expect(JSON.stringify(xdsl)).toContain(
			'https://docs.ovh.com/fr/xdsl/comment-resilier-mon-acces-xdsl/',
		);
	});

	it('writes the Control Panel labels as shown and cannot close its script tag', () => {
		expect(stepText(['Cliquez sur ', { ui: '...', spoken: 'bouton' }, '.'])).toBe(
			'Cliquez sur ....',
		);
		expect(jsonLd({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
	});
});

describe('the agents’ page data', () => {
	const data = supportLinks();
	const vps = data.universes.flatMap((u) => u.products).find((p) => p.anchor === 'vps');

	it('gives each product its section and the assistant for each action that applies to it', () => {
		expect(vps?.links).toEqual([
			{ label: 'Section du guide', href: '/billing/how-to-cancel-your-services/#vps' },
			{
				label: 'Résilier avec l’assistant',
				href: '/billing/how-to-cancel-your-services/?action=resilier&produit=vps#vps',
			},
			{
				label: 'Annuler une résiliation avec l’assistant',
				href: '/billing/how-to-cancel-your-services/?action=annuler&produit=vps#annuler',
			},
		]);
		for (const product of data.universes.flatMap((u) => u.products)) {
			const catalogued = products.find((p) => p.anchor === product.anchor);
			const actions = catalogued ? assistantActionsFor(catalogued) : [];
			expect(product.links.slice(1).map((l) => l.href)).toEqual(
				actions.map((action) => assistantHref(action, product.anchor)),
			);
		}
		expect(assistantHref('annuler', 'ssl_sectigo')).toBe(
			'/billing/how-to-cancel-your-services/?action=annuler&produit=ssl_sectigo#annuler-ssl_sectigo',
		);
	});

	it('finds the entry each generated heading of the page names', () => {
		expect(findSupportEntry(data, 'product', 'vps')).toBe(vps);
		expect(findSupportEntry(data, 'section', 'annuler')?.aliases).toEqual(['cancel', 'annulation']);
		expect(findSupportEntry(data, 'universe', 'webcloud')?.title).toBe(
			'Univers 4\u00a0: Web Cloud',
		);
		expect(findSupportEntry(data, 'product', 'nulle-part')).toBeUndefined();
	});

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
