import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { describe, expect, it } from 'vitest';
import { products, sections } from '../src/catalogue/index.ts';
import { all, attribute, builtSite, headingWithId, nameOf, one, textOf } from './built-site.ts';

/**
 * What a help page is expected to have, read in the build: canonical, cards, structured data,
 * sitemap, the old address, the 404 page. What only a browser shows (the redirects followed, the
 * 404 status and its search, axe) is in e2e/seo.spec.ts.
 */

const site = builtSite();
const guidePath = '/billing/how-to-cancel-your-services/';
const oldPath = '/fr/billing/how-to-cancel-your-services/';
const guide = site.page(guidePath).tree;

const canonicalOf = (tree: typeof guide) => attribute(one('link[rel="canonical"]', tree), 'href');
const canonical = canonicalOf(guide) ?? '';

/** The only link named so (as Playwright's `getByRole('link', { name, exact: true })` finds it). */
function linkNamed(tree: typeof guide, name: string) {
	const links = all('a[href]', tree).filter(
		(a) => (attribute(a, 'ariaLabel') ?? nameOf(a)) === name,
	);
	expect(links, `one link named « ${name} »`).toHaveLength(1);
	return links[0] as Element;
}

describe('the guide’s metadata', () => {
	it('canonical link, French OpenGraph and Twitter cards', () => {
		expect(canonical).toMatch(/^https?:\/\//);
		expect(new URL(canonical).pathname).toBe(guidePath);
		const meta = (key: string) =>
			attribute(one(`meta[property="${key}"], meta[name="${key}"]`, guide), 'content');
		const title = textOf(one('h1', guide));
		const description = attribute(one('meta[name="description"]', guide), 'content');
		expect(meta('og:url')).toBe(canonical);
		expect(meta('og:locale')).toBe('fr_FR');
		expect(meta('og:type')).toBe('article');
		expect(meta('og:title')).toBe(title);
		expect(meta('og:description')).toBe(description);
		expect(meta('og:site_name')).toBe('Aide OVHcloud');
		expect(meta('twitter:card')).toBe('summary');
		expect(meta('twitter:title')).toBe(title);
		expect(meta('twitter:description')).toBe(description);
		expect(meta('article:modified_time')).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	it('structured data: a schema.org HowTo built from the catalogue', () => {
		const scripts = all('script[type="application/ld+json"]', guide);
		expect(scripts).toHaveLength(1);
		const data = JSON.parse(textOf(scripts[0] ?? guide));
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe('HowTo');
		expect(data.name).toBe(textOf(one('h1', guide)));
		expect(data.inLanguage).toBe('fr-FR');
		expect(data.url).toBe(canonical);
		const steps: Array<{ '@type': string; url: string; itemListElement: unknown[] }> = data.step;
		expect(steps.map((s) => s.url)).toEqual([
			...products.map((p) => `${canonical}#${p.anchor}`),
			`${canonical}#annuler`,
		]);
		for (const step of steps) {
			expect(step['@type']).toBe('HowToSection');
			expect(step.itemListElement.length, step.url).toBeGreaterThan(0);
			// Each section's address lands on a heading of the page.
			const id = new URL(step.url).hash.slice(1);
			expect(headingWithId(guide, id), id).toHaveLength(1);
		}
		const vps = steps.find((s) => s.url.endsWith('#vps'));
		expect(JSON.stringify(vps)).toContain('Résilier');
		expect(JSON.stringify(steps.at(-1))).toContain("Confirmer l'annulation");
	});

	it('a sitemap on the same site lists the guide and only pages to index', async () => {
		const origin = new URL(canonical).origin;
		expect(attribute(one('link[rel="sitemap"]', guide), 'href')).toBe('/sitemap-index.xml');
		const xml = (path: string) => createReadStream(join(site.dir, path));
		const sitemaps = (await parseSitemapIndex(xml('sitemap-index.xml'))).map((item) => item.url);
		expect(sitemaps.length).toBeGreaterThan(0);
		const locs: string[] = [];
		for (const sitemap of sitemaps) {
			expect(sitemap.startsWith(`${origin}/`)).toBe(true);
			const items = await parseSitemap(xml(new URL(sitemap).pathname));
			locs.push(...items.map((item) => item.url));
		}
		expect(locs).toContain(canonical);
		expect(locs.every((loc) => loc.startsWith(`${origin}/`))).toBe(true);
		expect(locs.some((loc) => loc.includes('404'))).toBe(false);
		for (const loc of locs) {
			const robots = all('meta[name="robots"]', site.page(new URL(loc).pathname).tree).map(
				(meta) => attribute(meta, 'content') ?? '',
			);
			expect(
				robots.filter((content) => content.startsWith('noindex')),
				`${loc} is in the sitemap`,
			).toEqual([]);
		}
	});
});

describe('the old French address', () => {
	it('is not indexed and points to the guide', () => {
		const old = site.page(oldPath).tree;
		const robots = all('meta[name="robots"]', old).map((meta) => attribute(meta, 'content'));
		expect(robots).toEqual(['noindex']);
		expect(canonicalOf(old)).toMatch(/^https?:\/\/[^"]+\/billing\/how-to-cancel-your-services\/$/);
	});

	it('the hosts that read _redirects answer with a permanent redirect', () => {
		const rules = site
			.read('_redirects')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'))
			.map((line) => line.trim().split(/\s+/));
		expect(rules).toContainEqual([oldPath, guidePath, '301']);
	});
});

describe('the 404 page', () => {
	const notFound = site.page('/404.html').tree;

	it('is in French and offers the guide and each of its sections', () => {
		expect(attribute(one('html', notFound), 'lang')).toBe('fr');
		expect(textOf(one('title', notFound))).toMatch(/^Page introuvable/);
		expect(nameOf(one('h1', notFound))).toBe('Page introuvable');
		expect(attribute(linkNamed(notFound, 'Ouvrir le guide de résiliation'), 'href')).toBe(
			guidePath,
		);
		for (const section of sections.filter((s) => s.anchor !== 'aller-plus-loin')) {
			expect(attribute(linkNamed(notFound, section.title), 'href'), section.anchor).toBe(
				`${guidePath}#${section.anchor}`,
			);
		}
	});
});
