import { type Action, actionsFor } from '../catalogue/ending.ts';
import {
	isSingleProductUniverse,
	products,
	productsOf,
	sections,
	universes,
} from '../catalogue/index.ts';
import { productMatchText } from '../catalogue/match.ts';
import type { Product, Universe } from '../catalogue/schema.ts';
import { assistantHref, sectionHref } from '../routes.ts';

/**
 * The agents' page's entries (`liens-support.mdx`): every section, universe and product of the
 * guide with the links an agent gives, labelled in French. `remark-support-sections` writes a
 * heading per entry and `SupportEntry.astro` its links; `liens.json` uses the same labels.
 */

export interface SupportLink {
	/** What the link opens, in French (« Section du guide », « Résilier avec l’assistant »…). */
	label: string;
	/**
	 * Relative to the host (base path included): the page makes it absolute with the address it is
	 * served at, so the same build gives right links on any host (preview, staging, production).
	 */
	href: string;
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

export const actionLabel: Record<Action, string> = {
	resilier: 'Résilier avec l’assistant',
	annuler: 'Annuler une résiliation avec l’assistant',
};

const sectionLabel = 'Section du guide';
const universeLabel = 'Section de l’univers';

/** « Univers 2 : Web Cloud »: how the agents' page titles a universe. */
function universeTitle(position: number, universe: Universe): string {
	return `Univers ${position}\u00a0: ${universe.label}`;
}

function productEntry(product: Product, universe: Universe): SupportProduct {
	const others = product.keywords.filter(
		(word) => word.toLowerCase() !== product.label.toLowerCase(),
	);
	return {
		anchor: product.anchor,
		title: product.label,
		aliases: product.aliases,
		otherNames: others,
		filterText: productMatchText(product, universe),
		links: [
			{ label: sectionLabel, href: sectionHref(product.anchor) },
			...actionsFor(product).map((action) => ({
				label: actionLabel[action],
				href: assistantHref(action, product.anchor),
			})),
		],
	};
}

/** Every section, universe and product of the guide with its links, in page order. */
export function supportLinks() {
	return {
		sections: sections.map(
			(section): SupportEntry => ({
				anchor: section.anchor,
				title: section.title,
				aliases: section.aliases,
				links: [{ label: sectionLabel, href: sectionHref(section.anchor) }],
			}),
		),
		universes: universes.map((universe, index): SupportUniverse => {
			const single = isSingleProductUniverse(universe);
			return {
				anchor: universe.anchor,
				title: universeTitle(index + 1, universe),
				position: index + 1,
				aliases: [],
				// A universe with a single product of the same anchor shares its section.
				links: single ? [] : [{ label: universeLabel, href: sectionHref(universe.anchor) }],
				products: productsOf(universe).map((product) => productEntry(product, universe)),
			};
		}),
		productCount: products.length,
	};
}

export type SupportLinksData = ReturnType<typeof supportLinks>;

/** An entry of the agents' page by its kind and anchor (the page's generated headings name them so). */
export function findSupportEntry(
	data: SupportLinksData,
	kind: 'section' | 'universe' | 'product',
	anchor: string,
): SupportEntry | SupportProduct | undefined {
	if (kind === 'section') return data.sections.find((s) => s.anchor === anchor);
	if (kind === 'universe') return data.universes.find((u) => u.anchor === anchor);
	return data.universes.flatMap((u) => u.products).find((p) => p.anchor === anchor);
}
