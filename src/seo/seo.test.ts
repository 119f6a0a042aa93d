import { describe, expect, it } from 'vitest';
import { products } from '../catalogue/index.ts';
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
