import { describe, expect, it } from 'vitest';
import { htmlForIndex } from './page-for-index.ts';
import { termsEnd, termsStart } from './terms-markers.ts';

const page = (body: string) =>
	`<html lang="fr"><head><title>l’abonnement</title></head><body><nav>l’espace</nav><main data-pagefind-body>${body}</main><footer>d’ici</footer></body></html>`;

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
		const split = [
			'de l’ abonnement',
			"Confirmer l' annulation",
			'>l’ espace client</a>',
			'<em>l’ abord</em>',
		];
		const kept = [
			'lorsqu’un service',
			'<astro-island><p>l’assistant</p></astro-island>',
			'const a = "l’x";',
			'<code>d’un</code>',
			'title="l’attribut"',
			'<title>l’abonnement</title>',
			'<nav>l’espace</nav>',
			'<footer>d’ici</footer>',
			'<div class="hero"><a class="button">l’assistant</a></div>',
		];
		for (const text of [...split, ...kept]) expect(out).toContain(text);
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
