import { describe, expect, it } from 'vitest';
import { catalogue, findProduct, sections } from '../catalogue/index.ts';
import { breakElisionsInHtml, joinElisions, separateElisions, wordBreak } from './elisions.ts';
import { cleanQuery } from './query.ts';
import { headingSearchText, productSearchText, verbList } from './terms.ts';

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

	it('adds a word break in the indexed text only, not in headings, code, scripts or islands', () => {
		const html = page(
			'<h2 id="x">Que se passe-t-il lorsqu’un service est résilié\u202f?</h2>' +
				'<p>À la fin de l’abonnement, cliquez sur <span class="ui-action">Confirmer l&#39;annulation</span>.</p>' +
				'<astro-island><p>l’assistant</p></astro-island><script>const a = "l’x";</script>' +
				'<p><code>d’un</code><a title="l’attribut" href="#x">l’espace client</a></p>' +
				'<div class="hero"><a class="button">l’assistant</a></div><ul><li>d’<em>abord</em> et <em>l’abord</em></li></ul>',
		);
		const out = breakElisionsInHtml(html);
		expect(out).toContain(`de l’${wordBreak}abonnement`);
		expect(out).toContain(`Confirmer l&#39;${wordBreak}annulation`);
		expect(out).toContain(`>l’${wordBreak}espace client</a>`);
		expect(out).toContain(`<em>l’${wordBreak}abord</em>`);
		expect(out).toContain('lorsqu’un service');
		expect(out).toContain('<astro-island><p>l’assistant</p></astro-island>');
		expect(out).toContain('const a = "l’x";');
		expect(out).toContain('<code>d’un</code>');
		expect(out).toContain('title="l’attribut"');
		expect(out).toContain('<title>l’abonnement</title>');
		expect(out).toContain('<nav>l’espace</nav>');
		expect(out).toContain('<footer>d’ici</footer>');
		expect(out).toContain('<div class="hero"><a class="button">l’assistant</a></div>');
		// What readers see is unchanged: only empty elements were added.
		expect(out.replace(new RegExp(wordBreak, 'g'), '')).toBe(html);
	});

	it('leaves pages that are not indexed unchanged', () => {
		const html = '<html><body><main>l’abonnement</main></body></html>';
		expect(breakElisionsInHtml(html)).toBe(html);
	});
});

describe('search terms from the catalogue', () => {
	it('names every product with the verbs customers use and its keywords', () => {
		const vps = findProduct('vps');
		expect(vps).toBeDefined();
		if (!vps) return;
		const text = productSearchText(vps);
		expect(text.startsWith(`Résilier, arrêter, supprimer, stopper ou annuler votre VPS`)).toBe(
			true,
		);
		for (const keyword of vps.keywords) expect(text).toContain(keyword);
		expect(verbList(['a', 'b', 'c'])).toBe('a, b ou c');
	});

	it('splits the elisions of the words it gives to the index', () => {
		expect(headingSearchText('consequences')).toContain('date d’ échéance');
	});

	it('has words for every product, and for the sections that have keywords only', () => {
		for (const product of catalogue.products) {
			expect(product.keywords.length, product.anchor).toBeGreaterThan(0);
		}
		for (const section of sections) {
			expect(headingSearchText(section.anchor) !== null).toBe(section.keywords.length > 0);
		}
		expect(headingSearchText('vps')).toBeNull();
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
