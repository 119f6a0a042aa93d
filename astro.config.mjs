// @ts-check
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { aliasesOf } from './src/catalogue/index.ts';
import rehypeHeadingLinks from './src/guide/rehype-heading-links.ts';
import remarkCatalogueSections from './src/guide/remark-catalogue-sections.ts';
import remarkHeadingIds from './src/guide/remark-heading-ids.ts';
import { pagefindVariablesOnTheSearch } from './src/search/pagefind-css.ts';
import pagefindFrench from './src/search/pagefind-french.ts';
import { csp } from './src/security/csp.ts';
import securityHeaders from './src/security/headers.ts';
import { siteUrl } from './src/seo/site.ts';
import remarkSupportSections from './src/support/remark-support-sections.ts';

/** Pages kept only to redirect old links (noindex): not in the sitemap. */
const legacyPaths = ['/fr/billing/how-to-cancel-your-services/'];

export default defineConfig({
	// Canonical links, sitemap, OpenGraph: SITE_URL, required for a build to publish (DEPLOY=1);
	// other builds use the local address `npm start` serves (see src/seo/site.ts).
	site: siteUrl(),
	trailingSlash: 'always',
	// Content-Security-Policy: see src/security/csp.ts. Astro hashes the scripts it inlines;
	// stylesheets stay files, allowed by 'self'.
	security: { csp },
	build: { inlineStylesheets: 'never' },
	// Starlight turns on Astro's prefetching of every link: a script on each page that watches
	// every link (and rescans them all whenever the assistant changes step) to fetch ahead the
	// three other pages of the site. Not worth its main-thread time on a phone.
	prefetch: false,
	// Pagefind UI's variables scoped to the search, not the page: see the plugin.
	vite: { css: { postcss: { plugins: [pagefindVariablesOnTheSearch()] } } },
	markdown: {
		processor: unified({
			remarkPlugins: [
				[remarkHeadingIds, { aliasesOf }],
				remarkCatalogueSections,
				remarkSupportSections,
			],
			// Each heading's copy link, lighter than Starlight's (off below): see the plugin.
			rehypePlugins: [rehypeHeadingLinks],
		}),
	},
	integrations: [
		// Starlight adds this integration itself unless it is already there: here, so that the
		// sitemap leaves out the pages search engines must not index (the old address redirects).
		sitemap({ filter: (page) => !legacyPaths.some((path) => page.endsWith(path)) }),
		starlight({
			title: 'Aide OVHcloud',
			description: 'Guides pour gérer vos services OVHcloud et leur renouvellement.',
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			favicon: '/favicon.svg',
			// The docs live in the top-level `content/docs` (see src/content.config.ts).
			markdown: { processedDirs: ['./content/docs/'], headingLinks: false },
			sidebar: [
				{
					label: 'Gérer mes services et leur renouvellement',
					items: [
						{
							label: 'Gérer le renouvellement de mes services',
							link: 'https://docs.ovh.com/fr/billing/renouvellement-automatique-ovh/',
							attrs: { rel: 'external' },
						},
						{
							label: 'Gérer les contacts de mes services',
							link: 'https://docs.ovh.com/fr/customer/gestion-des-contacts/',
							attrs: { rel: 'external' },
						},
						{ slug: 'billing/how-to-cancel-your-services' },
					],
				},
				// Kept apart, at the end: a page for support agents, not a step for customers.
				{
					label: 'Pour le support',
					items: [{ slug: 'billing/liens-support' }],
				},
			],
			// French OpenGraph/Twitter cards and the guide's structured data (HowTo).
			routeMiddleware: './src/seo/route-data.ts',
			components: {
				MarkdownContent: './src/starlight/MarkdownContent.astro',
				// Loads Pagefind's UI when the search is opened, not with every page (src/search/).
				Search: './src/starlight/Search.astro',
			},
			customCss: ['./src/guide/guide.css', './src/guide/print.css'],
		}),
		preact(),
		// After Starlight: replaces the index its `astro:build:done` writes with the French one.
		pagefindFrench(),
		// Sends the pages' policy as a header too: adds it to the `_headers` the build copied.
		securityHeaders(),
	],
});
