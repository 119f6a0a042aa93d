import { catalogueData } from './data.ts';
import { cancelNoteAnchor } from './ending.ts';
import { isSingleProductUniverseIn, productsIn } from './queries.ts';
import { cancelNoteFor, ruleAnchors, ruleTitles } from './rules.ts';
import type { Product, Section, Universe } from './schema.ts';
import { validateCatalogue } from './validate.ts';

/**
 * The validated catalogue and its lookups: what the guide, the agents' page, the search and the
 * tests read (the assistant receives the lists as props instead). Importing this module fails the
 * build when an entry is wrong. Types come from `schema.ts`, shared links from `links.ts`.
 */
export const catalogue = validateCatalogue(catalogueData);

export const sections: readonly Section[] = catalogue.sections;
export const universes: readonly Universe[] = catalogue.universes;
export const products: readonly Product[] = catalogue.products;

export function productsOf(universe: Universe): Product[] {
	return productsIn(products, universe);
}

/** A universe with one product of the same anchor is shown as a single heading. */
export function isSingleProductUniverse(universe: Universe): boolean {
	return isSingleProductUniverseIn(products, universe);
}

export function findProduct(anchor: string): Product | undefined {
	return products.find((p) => p.anchor === anchor);
}

export function findSection(anchor: string): Section {
	const section = sections.find((s) => s.anchor === anchor);
	if (!section) throw new Error(`section inconnue : ${anchor}`);
	return section;
}

/** Every aliased anchor → the aliases that must land on it. */
export function aliasesOf(anchor: string): string[] {
	const owner = [...sections, ...products].find((entry) => entry.anchor === anchor);
	return owner ? owner.aliases : [];
}

export interface AnchorContractEntry {
	anchor: string;
	/** The anchor this one lands on (itself unless it is an alias). */
	target: string;
	kind: 'section' | 'rule' | 'universe' | 'product' | 'cancel-note' | 'alias';
	/** The text of the heading it lands on. */
	heading: string;
}

/** Every anchor and alias of the guide, in page order. */
export function anchorContract(): AnchorContractEntry[] {
	const entries: AnchorContractEntry[] = [];
	const push = (
		anchor: string,
		kind: AnchorContractEntry['kind'],
		heading: string,
		aliases: string[],
	) => {
		entries.push({ anchor, target: anchor, kind, heading });
		for (const alias of aliases)
			entries.push({ anchor: alias, target: anchor, kind: 'alias', heading });
	};
	for (const s of sections) push(s.anchor, 'section', s.title, s.aliases);
	for (const anchor of Object.values(ruleAnchors)) push(anchor, 'rule', ruleTitles[anchor], []);
	for (const u of universes) {
		const single = isSingleProductUniverse(u);
		push(u.anchor, 'universe', u.label, single ? productsOf(u).flatMap((p) => p.aliases) : []);
		if (single) continue;
		for (const p of productsOf(u)) push(p.anchor, 'product', p.label, p.aliases);
	}
	for (const p of products) {
		if (cancelNoteFor(p)) {
			push(cancelNoteAnchor(p), 'cancel-note', `Annuler la résiliation\u00a0: ${p.label}`, []);
		}
	}
	return entries;
}
