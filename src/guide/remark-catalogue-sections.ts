import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSingleProductUniverse, productsOf, universes } from '../catalogue/index.ts';
import { aliasNode, headingWithId } from './remark-heading-ids.ts';

/**
 * Replaces the leaf directive `::catalogue-sections` with a heading per universe and product of
 * the catalogue, each followed by `<ProductProcedure anchor="…" />`. The headings are real Markdown
 * headings, so they get Starlight's anchor link, a line in « Sur cette page » and a Pagefind
 * sub-result. The MDX file must import `ProductProcedure`.
 */
export const DIRECTIVE = 'catalogue-sections';

function procedure(anchor: string): RootContent {
	return {
		type: 'mdxJsxFlowElement',
		name: 'ProductProcedure',
		attributes: [{ type: 'mdxJsxAttribute', name: 'anchor', value: anchor }],
		children: [],
	} as unknown as RootContent;
}

function catalogueSections(): RootContent[] {
	const nodes: RootContent[] = [];
	for (const universe of universes) {
		const single = isSingleProductUniverse(universe);
		if (single) nodes.push(...productsOf(universe).flatMap((p) => p.aliases.map(aliasNode)));
		nodes.push(headingWithId(3, universe.label, universe.anchor));
		if (single) {
			nodes.push(procedure(universe.anchor));
			continue;
		}
		for (const product of productsOf(universe)) {
			nodes.push(...product.aliases.map(aliasNode));
			nodes.push(headingWithId(4, product.label, product.anchor));
			nodes.push(procedure(product.anchor));
		}
	}
	return nodes;
}

export default function remarkCatalogueSections() {
	return (tree: Root) => {
		visit(tree, (node, index, parent) => {
			if ((node as { type: string; name?: string }).type !== 'leafDirective') return;
			if ((node as { name?: string }).name !== DIRECTIVE) return;
			if (!parent || typeof index !== 'number') return;
			const generated = catalogueSections();
			parent.children.splice(index, 1, ...generated);
			return index + generated.length;
		});
	};
}
