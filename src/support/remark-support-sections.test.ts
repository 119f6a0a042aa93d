import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { products, sections, universes } from '../catalogue/index.ts';
import remarkSupportSections, { DIRECTIVES } from './remark-support-sections.ts';

/** The generated nodes, loosely: headings, our boxes and MDX elements. */
interface Node {
	type: string;
	depth?: number;
	name?: string;
	attributes?: Array<{ name: string; value: string }>;
	data?: { hProperties?: Record<string, unknown> };
	children?: Node[];
}

function expand(directive: string): Node[] {
	const tree = {
		type: 'root',
		children: [{ type: 'leafDirective', name: directive, children: [] }],
	};
	remarkSupportSections()(tree as unknown as Root);
	return tree.children as Node[];
}

function flatten(nodes: readonly Node[]): Node[] {
	return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

const headings = (nodes: Node[]) =>
	flatten(nodes)
		.filter((node) => node.type === 'heading')
		.map((h) => ({ depth: h.depth, id: h.data?.hProperties?.id }));

const entries = (nodes: Node[]) =>
	flatten(nodes)
		.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'SupportEntry')
		.map((node) => node.attributes?.map((a) => a.value).join(' '));

describe('remark-support-sections', () => {
	it('writes a heading and the links of every section of the guide', () => {
		const nodes = expand(DIRECTIVES.sections);
		expect(headings(nodes)).toEqual(sections.map((s) => ({ depth: 3, id: `lien-${s.anchor}` })));
		expect(entries(nodes)).toEqual(sections.map((s) => `section ${s.anchor}`));
	});

	it('writes a heading per universe and per product, each product in a box the filter hides', () => {
		const nodes = expand(DIRECTIVES.products);
		const ids = headings(nodes).map((h) => `${h.depth} ${h.id}`);
		expect(ids.filter((id) => id.startsWith('3 '))).toEqual(
			universes.map((u) => `3 univers-${u.anchor}`),
		);
		expect(ids.filter((id) => id.startsWith('4 ')).sort()).toEqual(
			products.map((p) => `4 lien-${p.anchor}`).sort(),
		);
		expect(
			entries(nodes)
				.filter((e) => e?.startsWith('product '))
				.sort(),
		).toEqual(products.map((p) => `product ${p.anchor}`).sort());
		const boxes = flatten(nodes).filter(
			(node) =>
				(node.data as { hProperties?: { dataProduct?: string } })?.hProperties?.dataProduct === '',
		);
		expect(boxes).toHaveLength(products.length);
	});

	it('leaves other directives alone', () => {
		expect(expand('catalogue-sections')).toEqual([
			{ type: 'leafDirective', name: 'catalogue-sections', children: [] },
		]);
	});
});
