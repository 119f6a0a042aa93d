import { z } from 'zod';
import { type Catalogue, type CatalogueInput, catalogueSchema } from './schema.ts';

/** Thrown when the catalogue is wrong; the message names every faulty entry. */
export class CatalogueError extends Error {
	override name = 'CatalogueError';
}

/** Where an anchor is declared: used to name the entries in error messages. */
function owners(catalogue: Catalogue): Array<{ anchor: string; owner: string }> {
	const list: Array<{ anchor: string; owner: string }> = [];
	for (const s of catalogue.sections) {
		list.push({ anchor: s.anchor, owner: `section « ${s.title} »` });
		for (const a of s.aliases)
			list.push({ anchor: a, owner: `alias de la section « ${s.title} »` });
	}
	for (const u of catalogue.universes)
		list.push({ anchor: u.anchor, owner: `univers « ${u.label} »` });
	for (const p of catalogue.products) {
		// A universe with a single product of the same anchor is one heading on the page.
		const isItsUniverse =
			p.anchor === p.universe &&
			catalogue.products.filter((q) => q.universe === p.universe).length === 1;
		if (!isItsUniverse) list.push({ anchor: p.anchor, owner: `produit « ${p.label} »` });
		for (const a of p.aliases) list.push({ anchor: a, owner: `alias du produit « ${p.label} »` });
	}
	return list;
}

/** Parses and cross-checks the catalogue; throws a CatalogueError naming each bad entry. */
export function validateCatalogue(input: CatalogueInput): Catalogue {
	const parsed = catalogueSchema.safeParse(input);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((issue) => {
			const where = describePath(input, issue.path);
			return `- ${where} : ${issue.message}`;
		});
		throw new CatalogueError(`Catalogue invalide :\n${lines.join('\n')}`);
	}
	const catalogue = parsed.data;
	const problems: string[] = [];

	const universeAnchors = new Set(catalogue.universes.map((u) => u.anchor));
	for (const p of catalogue.products) {
		if (!universeAnchors.has(p.universe)) {
			problems.push(`- produit « ${p.label} » (${p.anchor}) : univers inconnu « ${p.universe} »`);
		}
	}
	for (const u of catalogue.universes) {
		if (!catalogue.products.some((p) => p.universe === u.anchor)) {
			problems.push(`- univers « ${u.label} » (${u.anchor}) : aucun produit`);
		}
	}
	const seen = new Map<string, string>();
	for (const { anchor, owner } of owners(catalogue)) {
		const first = seen.get(anchor);
		if (first) problems.push(`- ancre « ${anchor} » en double : ${first} et ${owner}`);
		else seen.set(anchor, owner);
	}
	if (problems.length > 0) throw new CatalogueError(`Catalogue invalide :\n${problems.join('\n')}`);
	return catalogue;
}

function describePath(input: unknown, path: ReadonlyArray<PropertyKey>): string {
	const [collection, index, ...rest] = path;
	const entry =
		typeof collection === 'string' && typeof index === 'number'
			? (input as Record<string, Array<Record<string, unknown>>>)[collection]?.[index]
			: undefined;
	const name = entry ? String(entry.anchor ?? entry.label ?? entry.title ?? index) : undefined;
	const field = rest.length > 0 ? ` (champ ${rest.join('.')})` : '';
	return name
		? `${String(collection)} « ${name} »${field}`
		: z.core.toDotPath(path as PropertyKey[]) || 'racine';
}
