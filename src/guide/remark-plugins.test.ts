import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isSingleProductUniverse, products, productsOf, universes } from '../catalogue/index.ts';
import remarkCatalogueSections, { DIRECTIVE } from './remark-catalogue-sections.ts';
import remarkHeadingIds from './remark-heading-ids.ts';

/** The generated nodes, loosely: headings, alias anchors and MDX elements. */
interface Node {
	type: string;
	depth?: number;
	name?: string;
	value?: string;
	attributes?: Array<{ name: string; value: string }>;
	data?: { hProperties?: Record<string, unknown> };
	children?: Node[];
}

const idOf = (node: Node) => node.data?.hProperties?.id;

describe('remark-heading-ids', () => {
	const heading = (text: string): Node => ({
		type: 'heading',
		depth: 2,
		children: [{ type: 'text', value: text }],
	});

	it('takes the id written after a heading, and puts its aliases right before it', () => {
		const tree = { type: 'root', children: [heading('Annuler {#annuler}'), heading('Autre')] };
		remarkHeadingIds({ aliasesOf: (id) => (id === 'annuler' ? ['cancel'] : []) })(
			tree as unknown as Root,
		);
		const [alias, annuler, other] = tree.children as Node[];
		expect(alias).toMatchObject({ type: 'aliasAnchor', data: { hProperties: { id: 'cancel' } } });
		expect(annuler?.children?.[0]?.value).toBe('Annuler');
		expect(annuler && idOf(annuler)).toBe('annuler');
		expect(other && idOf(other)).toBeUndefined();
	});

	it('leaves an id that is not ASCII lower case in the text', () => {
		const tree = { type: 'root', children: [heading('Titre {#Été}')] };
		remarkHeadingIds()(tree as unknown as Root);
		const [titre] = tree.children as Node[];
		expect(titre?.children?.[0]?.value).toBe('Titre {#Été}');
		expect(titre && idOf(titre)).toBeUndefined();
	});
});

describe('remark-catalogue-sections', () => {
	const tree = {
		type: 'root',
		children: [{ type: 'leafDirective', name: DIRECTIVE, children: [] }],
	};
	remarkCatalogueSections()(tree as unknown as Root);
	const nodes = tree.children as Node[];

	it('writes a heading per universe, and per product unless the universe is that product', () => {
		const expected = universes.flatMap((universe) =>
			isSingleProductUniverse(universe)
				? [`3 ${universe.anchor}`]
				: [`3 ${universe.anchor}`, ...productsOf(universe).map((p) => `4 ${p.anchor}`)],
		);
		const headings = nodes.filter((n) => n.type === 'heading').map((h) => `${h.depth} ${idOf(h)}`);
		expect(headings).toEqual(expected);
	});

	it('follows each with its procedure, and keeps every product alias as an anchor', () => {
		const procedures = nodes
			.filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'ProductProcedure')
			.map((n) => n.attributes?.[0]?.value);
		expect(procedures.sort()).toEqual(products.map((p) => p.anchor).sort());
		const aliases = nodes.filter((n) => n.type === 'aliasAnchor').map(idOf);
		expect(aliases.sort()).toEqual(products.flatMap((p) => p.aliases).sort());
	});
});
