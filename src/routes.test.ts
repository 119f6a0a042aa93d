import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeQuery } from './assistant/url.ts';
import { allActions, guideAnchorFor } from './catalogue/ending.ts';
import { findProduct, products } from './catalogue/index.ts';
import { resolveProductIn } from './catalogue/queries.ts';
import {
	assistantHref,
	assistantQueryHref,
	faviconHref,
	guidePath,
	legacyGuideRoutes,
	sectionHref,
	withTrailingSlash,
} from './routes.ts';

describe('the site’s paths', () => {
	it('hang from the base path, the guide’s from its path', () => {
		expect(guidePath).toBe('/billing/how-to-cancel-your-services/');
		expect(sectionHref('vps')).toBe('/billing/how-to-cancel-your-services/#vps');
		expect(assistantQueryHref('')).toBe('/billing/how-to-cancel-your-services/#assistant');
		expect(legacyGuideRoutes).toEqual(['fr/billing/how-to-cancel-your-services/']);
		expect(faviconHref).toBe('/favicon.svg');
		expect(withTrailingSlash('/aide')).toBe('/aide/');
		expect(withTrailingSlash('/aide/')).toBe('/aide/');
		expect(withTrailingSlash('/')).toBe('/');
	});

	describe('built with --base /aide/', () => {
		afterEach(() => {
			vi.unstubAllEnvs();
			vi.resetModules();
		});

		it('put every path below it', async () => {
			vi.stubEnv('BASE_URL', '/aide');
			vi.resetModules();
			const routes = await import('./routes.ts');
			expect(routes.guidePath).toBe('/aide/billing/how-to-cancel-your-services/');
			expect(routes.sectionHref('annuler')).toBe(
				'/aide/billing/how-to-cancel-your-services/#annuler',
			);
			expect(routes.assistantHref('resilier', 'vps')).toBe(
				'/aide/billing/how-to-cancel-your-services/?action=resilier&produit=vps#vps',
			);
			expect(routes.faviconHref).toBe('/aide/favicon.svg');
		});
	});
});

describe('assistantHref', () => {
	it('writes the links published to the agents, byte for byte', () => {
		expect(assistantHref('resilier', 'vps')).toBe(
			'/billing/how-to-cancel-your-services/?action=resilier&produit=vps#vps',
		);
		expect(assistantHref('annuler', 'vps')).toBe(
			'/billing/how-to-cancel-your-services/?action=annuler&produit=vps#annuler',
		);
		expect(assistantHref('annuler', 'ssl_sectigo')).toBe(
			'/billing/how-to-cancel-your-services/?action=annuler&produit=ssl_sectigo#annuler-ssl_sectigo',
		);
		// README's examples: a product's note in « annuler » where the guide has one.
		expect(assistantHref('annuler', 'sms')).toBe(
			'/billing/how-to-cancel-your-services/?action=annuler&produit=sms#annuler-sms',
		);
		expect(assistantHref('resilier', 'nulle-part')).toBe(
			'/billing/how-to-cancel-your-services/?action=resilier&produit=nulle-part#assistant',
		);
		// What the links were before the assistant's encoder wrote them, for every product.
		for (const product of products) {
			for (const action of allActions) {
				const query = new URLSearchParams({ action, produit: product.anchor });
				expect(assistantHref(action, product.anchor)).toBe(
					`${guidePath}?${query}#${guideAnchorFor(action, product)}`,
				);
			}
		}
	});

	it('opens the assistant on the action and product it names', () => {
		const lookup = { resolveProduct: (value: string) => resolveProductIn(products, value) };
		for (const product of products) {
			for (const action of allActions) {
				const url = new URL(assistantHref(action, product.anchor), 'https://aide.example.com');
				const { state, notices } = decodeQuery(url.search, lookup);
				expect(notices).toEqual([]);
				expect(state?.answers).toEqual({ action, produit: product.anchor });
				expect(findProduct(state?.answers.produit ?? '')).toBe(product);
			}
		}
	});
});
