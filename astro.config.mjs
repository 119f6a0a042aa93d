// @ts-check
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { aliasesOf } from './src/catalogue/index.ts';
import remarkCatalogueSections from './src/plugins/remark-catalogue-sections.ts';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';

export default defineConfig({
	site: 'https://help.ovhcloud.example',
	trailingSlash: 'always',
	markdown: {
		processor: unified({
			remarkPlugins: [[remarkHeadingIds, { aliasesOf }], remarkCatalogueSections],
		}),
	},
	integrations: [
		starlight({
			title: 'Aide OVHcloud',
			description: 'Guides pour gérer vos services OVHcloud et leur renouvellement.',
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			favicon: '/favicon.svg',
			// The docs live in the top-level `content/docs` (see src/content.config.ts).
			markdown: { processedDirs: ['./content/docs/'] },
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
			],
			components: {
				MarkdownContent: './src/starlight/MarkdownContent.astro',
			},
			customCss: ['./src/styles/guide.css'],
		}),
		preact(),
	],
});
