import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeHeadingLinks, { headingLinkLabel } from './rehype-heading-links.ts';

const run = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	rehypeHeadingLinks()(tree);
	return toHtml(tree);
};

describe('heading links', () => {
	it('wraps a heading with an id and its copy link, named in French', () => {
		expect(run('<h4 id="vps">VPS <em>(Virtual Private Servers)</em></h4>')).toBe(
			'<div class="sl-heading-wrapper level-h4"><h4 id="vps">VPS <em>(Virtual Private Servers)</em></h4>' +
				'<a class="sl-anchor-link" href="#vps" aria-label="Copier le lien vers la section «\u00a0VPS (Virtual Private Servers)\u00a0»"></a></div>',
		);
		// Starlight's own label (src/content/i18n/fr.json), with French spacing inside « ».
		expect(headingLinkLabel('VPS')).toBe('Copier le lien vers la section «\u00a0VPS\u00a0»');
	});

	it('leaves headings without an id, and other elements, alone', () => {
		expect(run('<h2>Titre</h2><p id="regle">Texte</p>')).toBe(
			'<h2>Titre</h2><p id="regle">Texte</p>',
		);
	});
});
