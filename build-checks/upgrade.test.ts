import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, builtSite, projectRoot } from './built-site.ts';

/**
 * Tripwires for UPGRADING.md: what the project takes from Starlight, Astro and Vite without a public
 * API promising it, where nothing else would fail at once (a style that stops applying, a spec
 * that would pass without checking anything). Each message says what to look at.
 */

const site = builtSite();
const guide = site.page('/billing/how-to-cancel-your-services/');
const agents = site.page('/billing/liens-support/');
const css = site.files
	.filter((file) => file.endsWith('.css'))
	.map(site.read)
	.join('\n');

describe('what an upgrade of Starlight, Astro or Vite may change under us', () => {
	it('the copies of Starlight’s code were made from the installed Starlight', () => {
		const file = join(projectRoot, 'node_modules/@astrojs/starlight/package.json');
		const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
		expect(
			version,
			'Starlight a changé de version : comparez son Search.astro (balisage et styles du bouton, ' +
				'du dialogue et des résultats) avec nos copies dans src/search/dialog/ (SiteSearch.astro, ' +
				'SearchButton.astro, SearchDialog.astro, PendingSearchField.astro, search-results.css) ' +
				'et ses valeurs par défaut de classement avec src/search/pagefind-ranking.ts, puis ' +
				'mettez à jour la version ici (voir UPGRADING.md).',
		).toBe('0.42.4');
	});

	it('Starlight’s markup that our CSS and scripts rely on is in the pages', () => {
		const selectors = [
			'html[data-theme]',
			'.sl-container',
			'.sl-markdown-content h2[id]',
			'.sl-skip-link',
			'starlight-theme-select',
			'starlight-toc',
			'mobile-starlight-toc',
			'main[data-pagefind-body]',
		];
		for (const selector of selectors)
			expect(all(selector, guide.tree).length, `${selector} (voir UPGRADING.md)`).toBeGreaterThan(
				0,
			);
		expect(all('.sl-markdown-content', agents.tree), 'agents’ page').not.toHaveLength(0);
	});

	it('the assistant is rendered in an <astro-island ssr>', () => {
		const islands = all('astro-island[ssr][component-url*="Assistant"]', guide.tree);
		expect(islands, 'Assistant.tsx (scroll anchoring) and e2e/support/islands.ts').toHaveLength(1);
	});

	it('Starlight’s classes, layers and custom properties our CSS uses are in its CSS', () => {
		for (const rule of ['.sl-hidden', '.md\\:sl-block', '.md\\:sl-flex'])
			expect(css, `${rule} (src/search/dialog/SearchButton.astro)`).toContain(rule);
		// Our own CSS declares `@layer starlight.core` too, so the build's CSS would have it whatever
		// Starlight did: read the layer order Starlight declares instead.
		const layers = readFileSync(
			join(projectRoot, 'node_modules/@astrojs/starlight/dist/style/layers.css'),
			'utf8',
		);
		expect(
			layers,
			'src/search/dialog/ (search-results.css and the components’ styles) join Starlight’s layer',
		).toMatch(/^@layer [^;{]*\bstarlight\.core\b[^;{]*;/m);
		for (const property of [
			'--sl-color-gray-5',
			'--sl-color-accent',
			'--sl-text-sm',
			'--__sl-font',
		])
			expect(css, property).toContain(`${property}:`);
	});

	it('the search UI is a file of its own, named as the specs that hold it back expect', () => {
		// e2e/security.spec.ts holds back `_astro/search-ui.*.js` and checks that no `search-ui` or
		// `search-results` file loads before the dialog opens: under other names both would pass.
		expect(site.files.filter((f) => /^_astro\/search-ui\.[\w-]+\.js$/.test(f))).toHaveLength(1);
		expect(site.files.filter((f) => /^_astro\/search-results\.[\w-]+\.css$/.test(f))).toHaveLength(
			1,
		);
	});
});
