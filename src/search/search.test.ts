import { describe, expect, it } from 'vitest';
import { catalogue, products, sections } from '../catalogue/index.ts';
import { joinElisions, separateElisions } from './elisions.ts';
import { htmlForIndex } from './index-html.ts';
import { termsEnd, termsStart } from './markers.ts';
import { cleanQuery } from './query.ts';
import { prepareResult, proseExcerpt, rankSubResults, shownSubResults } from './results.ts';
import { productTermsWeight, searchTermsOf, sectionTermsWeight } from './terms.ts';

const page = (body: string) =>
	`<html lang="fr"><head><title>l’abonnement</title></head><body><nav>l’espace</nav><main data-pagefind-body>${body}</main><footer>d’ici</footer></body></html>`;

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

describe('the page Pagefind indexes', () => {
	const terms = (id: string) =>
		id === 'vps' ? { words: ['serveur virtuel', 'l’hôte'], weight: 4 } : null;

	it('splits the elisions of the prose only, not of headings, code, scripts, islands or other parts', () => {
		const html = page(
			'<h2 id="x">Que se passe-t-il lorsqu’un service est résilié\u202f?</h2>' +
				'<p>À la fin de l’abonnement, cliquez sur <span class="ui-action">Confirmer l&#39;annulation</span>.</p>' +
				'<astro-island><p>l’assistant</p></astro-island><script>const a = "l’x";</script>' +
				'<p><code>d’un</code><a title="l’attribut" href="#x">l’espace client</a></p>' +
				'<div class="hero"><a class="button">l’assistant</a></div><ul><li>d’<em>abord</em> et <em>l’abord</em></li></ul>',
		);
		const out = htmlForIndex(html, terms);
		expect(out).toContain('de l’ abonnement');
		expect(out).toContain("Confirmer l' annulation");
		expect(out).toContain('>l’ espace client</a>');
		expect(out).toContain('<em>l’ abord</em>');
		expect(out).toContain('lorsqu’un service');
		expect(out).toContain('<astro-island><p>l’assistant</p></astro-island>');
		expect(out).toContain('const a = "l’x";');
		expect(out).toContain('<code>d’un</code>');
		expect(out).toContain('title="l’attribut"');
		expect(out).toContain('<title>l’abonnement</title>');
		expect(out).toContain('<nav>l’espace</nav>');
		expect(out).toContain('<footer>d’ici</footer>');
		expect(out).toContain('<div class="hero"><a class="button">l’assistant</a></div>');
	});

	it('adds the search words after the heading of their section, with their weight, between markers', () => {
		const html = page(
			'<div class="sl-heading-wrapper level-h4"><h4 id="vps">VPS</h4><a href="#vps">lien</a></div><p>Texte.</p>' +
				'<h4 id="otb">OTB</h4><p>Autre.</p>',
		);
		const out = htmlForIndex(html, terms);
		expect(out).toContain(
			`<a href="#vps">lien</a></div><p data-pagefind-weight="4">${termsStart} serveur virtuel, l’ hôte ${termsEnd}</p><p>Texte.</p>`,
		);
		expect(out).toContain('<h4 id="otb">OTB</h4><p>Autre.</p>');
	});

	it('leaves pages that are not indexed unchanged', () => {
		const html = '<html><body><main><h2 id="vps">VPS</h2>l’abonnement</main></body></html>';
		expect(htmlForIndex(html, terms)).toBe(html);
	});
});

describe('search terms from the catalogue', () => {
	it('are the words customers use for every product, weighted like its heading', () => {
		for (const product of products) {
			expect(product.keywords.length, product.anchor).toBeGreaterThan(0);
			const terms = searchTermsOf(product.anchor);
			expect(terms?.weight, product.anchor).toBe(productTermsWeight);
			for (const word of terms?.words ?? []) expect(product.keywords).toContain(word);
		}
		expect(searchTermsOf('vps')?.words).toEqual([
			'VPS',
			'serveur privé virtuel',
			'serveur virtuel',
		]);
		// The label is the heading, indexed already: not repeated.
		expect(searchTermsOf('webpaas')?.words).toEqual(['PaaS', 'Platform.sh']);
	});

	it('are the keywords of the general sections that have some, weighted like a title', () => {
		for (const section of sections) {
			const terms = searchTermsOf(section.anchor);
			if (section.keywords.length === 0) expect(terms, section.anchor).toBeNull();
			else
				expect(terms, section.anchor).toEqual({
					words: section.keywords,
					weight: sectionTermsWeight,
				});
		}
		expect(searchTermsOf('baremetalcloud')).toBeNull();
	});
});

const sub = (id: string, locations: number[], score: number, element = 'h4') => ({
	url: `/guide/#${id}`,
	excerpt: `${id} excerpt`,
	locations,
	weighted_locations: locations.map((location) => ({
		location,
		balanced_score: score / locations.length,
	})),
	anchor: { element, id },
});

describe('the sub-results shown under a page', () => {
	// Words: 0 Guide, 1 serveurs., 2 Choisissez, 3 serveurs, 4 dédiés., 5 VPS, 6 serveur., 7 Serveurs,
	// 8 dédiés., 9 ⟦, 10 serveur, 11 physique, 12 ⟧
	const content =
		'Guide serveurs. Choisissez serveurs dédiés. VPS serveur. Serveurs dédiés. ⟦ serveur physique ⟧';
	const result = () => ({
		url: '/guide/',
		content,
		excerpt: 'x',
		sub_results: [
			sub('_top', [1], 900, 'h1'),
			sub('resilier', [3, 4], 50),
			sub('vps', [6], 100),
			sub('dedicated', [7, 8, 10], 400),
			sub('publiccloud', [3], 10),
		],
	});

	it('are, in Pagefind UI, the three with the most hits in page order', () => {
		expect(shownSubResults(result()).map((s) => s.anchor.id)).toEqual([
			'_top',
			'resilier',
			'dedicated',
		]);
		const intro = {
			...result(),
			sub_results: [{ ...sub('', [0], 1), url: '/guide/' }, ...result().sub_results],
		};
		expect(shownSubResults(intro).map((s) => s.anchor.id)).toEqual([
			'_top',
			'resilier',
			'dedicated',
		]);
	});

	it('come most specific first: more of the query’s words, a section before the page’s intro, then score', () => {
		expect(rankSubResults(result(), 'serveurs dédiés').map((s) => s.anchor.id)).toEqual([
			'dedicated',
			'resilier',
			'vps',
			'publiccloud',
			'_top',
		]);
		// One word of the query, hit as a prefix (« ser » → « serveurs », « serveur »): score decides.
		expect(rankSubResults(result(), 'ser').map((s) => s.anchor.id)).toEqual([
			'dedicated',
			'vps',
			'resilier',
			'publiccloud',
			'_top',
		]);
	});

	it('are prepared so that Pagefind UI shows the three most specific in that order', () => {
		const prepared = prepareResult(result(), 'serveurs dédiés');
		expect(prepared.sub_results.map((s) => s.anchor.id)).toEqual(['dedicated', 'resilier', 'vps']);
		expect(shownSubResults(prepared)).toEqual(prepared.sub_results);
	});
});

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

describe('cleanQuery', () => {
	const verbs = catalogue.searchVerbs;
	it('drops small words and verbs when a word naming a product remains', () => {
		expect(cleanQuery('résilier mon nom de domaine', verbs)).toBe('nom domaine');
		expect(cleanQuery('Supprimer mon numéro de téléphone', verbs)).toBe('numéro téléphone');
		expect(cleanQuery('arrêter l’hébergement', verbs)).toBe('hébergement');
		expect(cleanQuery('résiliation de mon VPS', verbs)).toBe('VPS');
	});

	it('keeps a query made of verbs and generic words as typed', () => {
		expect(cleanQuery('annuler la résiliation', verbs)).toBe('annuler la résiliation');
		expect(cleanQuery(' arrêter un service ', verbs)).toBe('arrêter un service');
		expect(cleanQuery('24 heures', verbs)).toBe('24 heures');
	});
});
