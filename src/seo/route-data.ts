import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { howToSchema, jsonLd } from './structured-data.ts';

/** The guide's entry id in the docs collection. */
export const guideId = 'billing/how-to-cancel-your-services';

type HeadEntry = StarlightRouteData['head'][number];

/** Sets (or replaces) a `<meta>` identified by its `name` or `property`. */
function setMeta(head: HeadEntry[], key: 'name' | 'property', id: string, content: string) {
	const index = head.findIndex((entry) => entry.tag === 'meta' && entry.attrs?.[key] === id);
	const meta: HeadEntry = { tag: 'meta', attrs: { [key]: id, content } };
	if (index >= 0) head[index] = meta;
	else head.push(meta);
}

function metaContent(head: HeadEntry[], key: 'name' | 'property', id: string) {
	const value = head.find((entry) => entry.tag === 'meta' && entry.attrs?.[key] === id)?.attrs
		?.content;
	return typeof value === 'string' ? value : undefined;
}

/**
 * French OpenGraph and Twitter cards for every page (Starlight writes `og:locale` as « fr » and a
 * large-image card without an image), and the guide's structured data, built from the catalogue.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { head, entry } = route;
	setMeta(head, 'property', 'og:locale', 'fr_FR');
	setMeta(head, 'name', 'twitter:card', 'summary');
	const title = metaContent(head, 'property', 'og:title');
	const description = metaContent(head, 'property', 'og:description');
	if (title) setMeta(head, 'name', 'twitter:title', title);
	if (description) setMeta(head, 'name', 'twitter:description', description);

	if (entry.id !== guideId) return;
	const canonical = head.find((e) => e.tag === 'link' && e.attrs?.rel === 'canonical')?.attrs?.href;
	const url =
		typeof canonical === 'string'
			? canonical
			: new URL(context.url.pathname, context.site ?? context.url).href;
	const { lastUpdated } = entry.data;
	if (lastUpdated instanceof Date) {
		setMeta(head, 'property', 'article:modified_time', lastUpdated.toISOString());
	}
	head.push({
		tag: 'script',
		attrs: { type: 'application/ld+json' },
		content: jsonLd(
			howToSchema({
				url,
				title: entry.data.title,
				description: entry.data.description ?? '',
				dateModified: lastUpdated instanceof Date ? lastUpdated : undefined,
			}),
		),
	});
});
