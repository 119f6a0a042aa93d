import {
	isSingleProductUniverse,
	type Product,
	products,
	productsOf,
	sections,
	type Universe,
	universes,
} from '../catalogue/index.ts';

/** The site's base path (`/`, or `/aide/` when built with `--base /aide/`), with its trailing slash. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** The guide's path: its anchors and the assistant's links hang from it. */
export const guidePath = `${base}billing/how-to-cancel-your-services/`;

export type AssistantAction = 'resilier' | 'annuler';

export interface SupportLink {
	/** What the link opens, in French (« Section du guide », « Assistant : résilier »…). */
	label: string;
	/** Relative, so that it works on any host (preview, staging). */
	href: string;
	/** The permanent address to give a customer, on the configured site. */
	url: string;
}

export interface SupportEntry {
	anchor: string;
	title: string;
	/** Older anchors that land on the same section. */
	aliases: readonly string[];
	links: SupportLink[];
}

export interface SupportProduct extends SupportEntry {
	/** Lower-case words a filter matches: label, designation, universe, anchors, keywords. */
	filterText: string;
	otherNames: readonly string[];
}

export interface SupportUniverse extends SupportEntry {
	position: number;
	products: SupportProduct[];
}

const actionLabel: Record<AssistantAction, string> = {
	resilier: 'Assistant\u00a0: résilier',
	annuler: 'Assistant\u00a0: annuler une résiliation',
};

function link(site: URL, label: string, href: string): SupportLink {
	return { label, href, url: new URL(href, site).href };
}

export function sectionHref(anchor: string): string {
	return `${guidePath}#${anchor}`;
}

/** `/billing/…/?action=resilier&produit=vps#assistant`: the assistant opened on a product. */
export function assistantHref(action: AssistantAction, product: string): string {
	const query = new URLSearchParams({ action, produit: product });
	return `${guidePath}?${query}#assistant`;
}

function productEntry(site: URL, product: Product, universe: Universe): SupportProduct {
	const others = product.keywords.filter(
		(word) => word.toLowerCase() !== product.label.toLowerCase(),
	);
	return {
		anchor: product.anchor,
		title: product.label,
		aliases: product.aliases,
		otherNames: others,
		filterText: [
			product.label,
			product.designation.name,
			universe.label,
			product.anchor,
			...product.aliases,
			...product.keywords,
		].join(' '),
		links: [
			link(site, 'Section du guide', sectionHref(product.anchor)),
			link(site, actionLabel.resilier, assistantHref('resilier', product.anchor)),
			link(site, actionLabel.annuler, assistantHref('annuler', product.anchor)),
		],
	};
}

/** Every section, universe and product of the guide with its links, in page order. */
export function supportLinks(site: URL) {
	return {
		sections: sections.map(
			(section): SupportEntry => ({
				anchor: section.anchor,
				title: section.title,
				aliases: section.aliases,
				links: [link(site, 'Section du guide', sectionHref(section.anchor))],
			}),
		),
		universes: universes.map((universe, index): SupportUniverse => {
			const single = isSingleProductUniverse(universe);
			return {
				anchor: universe.anchor,
				title: universe.label,
				position: index + 1,
				aliases: [],
				// A universe with a single product of the same anchor shares its section.
				links: single ? [] : [link(site, 'Section de l’univers', sectionHref(universe.anchor))],
				products: productsOf(universe).map((product) => productEntry(site, product, universe)),
			};
		}),
		productCount: products.length,
	};
}
