import { describe, expect, it } from 'vitest';
import { products } from '../catalogue/index.ts';
import { matches, productCountMessage } from '../components/support-links.ts';
import { assistantHref, supportLinks } from '../components/support-links-data.ts';
import { defaultSiteUrl, siteUrl } from './site.ts';
import { howToSchema, jsonLd, stepText } from './structured-data.ts';

describe('siteUrl', () => {
	it('takes SITE_URL, or the documented placeholder', () => {
		expect(siteUrl('https://aide.example.com')).toBe('https://aide.example.com');
		expect(siteUrl('https://aide.example.com/')).toBe('https://aide.example.com');
		expect(siteUrl(undefined)).toBe(defaultSiteUrl);
		expect(siteUrl('  ')).toBe(defaultSiteUrl);
	});

	it('refuses what is not a site’s origin', () => {
		expect(() => siteUrl('aide.example.com')).toThrow(/adresse absolue/);
		expect(() => siteUrl('ftp://aide.example.com')).toThrow(/https/);
		expect(() => siteUrl('https://aide.example.com/fr/')).toThrow(/sans chemin/);
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
	const data = supportLinks(new URL('https://aide.example.com'));

	it('gives each product its section and both assistant links, on the configured site', () => {
		const vps = data.universes.flatMap((u) => u.products).find((p) => p.anchor === 'vps');
		expect(vps?.links.map((l) => l.url)).toEqual([
			'https://aide.example.com/billing/how-to-cancel-your-services/#vps',
			'https://aide.example.com/billing/how-to-cancel-your-services/?action=resilier&produit=vps#assistant',
			'https://aide.example.com/billing/how-to-cancel-your-services/?action=annuler&produit=vps#assistant',
		]);
		expect(assistantHref('annuler', 'ssl_sectigo')).toBe(
			'/billing/how-to-cancel-your-services/?action=annuler&produit=ssl_sectigo#assistant',
		);
	});

	it('filters on words, accents and case ignored', () => {
		expect(matches('Serveurs dédiés serveur dédié', 'DEDIE')).toBe(true);
		expect(matches('E-mail MX Plan', 'mx pl')).toBe(true);
		expect(matches('E-mail MX Plan', 'mx exchange')).toBe(false);
		expect(productCountMessage(1, 18, 'vps')).toBe('1 produit correspond.');
		expect(productCountMessage(0, 18, ' zz ')).toBe(
			'Aucun produit ne correspond à «\u00a0zz\u00a0».',
		);
		expect(productCountMessage(18, 18, '')).toBe('');
	});
});
