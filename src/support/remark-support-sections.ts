import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { headingWithId } from '../guide/remark-heading-ids.ts';
import { supportLinks } from './entries.ts';

/**
 * The agents' page (`liens-support.mdx`) as Markdown headings, so that « Sur cette page » lists its
 * sections, universes and products: `::support-sections` becomes a heading per section of the
 * guide, `::support-products` a heading per universe and per product, each followed by
 * `<SupportEntry kind="…" anchor="…" />` (its links) and wrapped in a `div` the filter hides.
 * The MDX file must import `SupportEntry`.
 */
export const DIRECTIVES = { sections: 'support-sections', products: 'support-products' } as const;

type EntryKind = 'section' | 'universe' | 'product';

function entryLinks(kind: EntryKind, anchor: string): RootContent {
	return {
		type: 'mdxJsxFlowElement',
		name: 'SupportEntry',
		attributes: [
			{ type: 'mdxJsxAttribute', name: 'kind', value: kind },
			{ type: 'mdxJsxAttribute', name: 'anchor', value: anchor },
		],
		children: [],
	} as unknown as RootContent;
}

/** A `div` around generated nodes (an mdast node of our own, turned into HTML by its `hName`). */
function wrapper(properties: Record<string, string>, children: RootContent[]): RootContent {
	return {
		type: 'supportEntry',
		data: { hName: 'div', hProperties: properties },
		children,
	} as unknown as RootContent;
}

function supportSections(): RootContent[] {
	return supportLinks().sections.map((section) =>
		wrapper({ className: 'sl-entry', dataEntry: section.anchor, dataEntryTitle: section.title }, [
			headingWithId(3, section.title, `lien-${section.anchor}`),
			entryLinks('section', section.anchor),
		]),
	);
}

function supportProducts(): RootContent[] {
	return supportLinks().universes.map((universe) =>
		wrapper({ className: 'sl-universe', dataUniverse: universe.anchor }, [
			headingWithId(3, universe.title, `univers-${universe.anchor}`),
			...(universe.links.length > 0 ? [entryLinks('universe', universe.anchor)] : []),
			...universe.products.map((product) =>
				wrapper(
					{
						className: 'sl-entry',
						dataEntry: product.anchor,
						dataEntryTitle: product.title,
						dataProduct: '',
						dataFilterText: product.filterText,
					},
					[
						headingWithId(4, product.title, `lien-${product.anchor}`),
						entryLinks('product', product.anchor),
					],
				),
			),
		]),
	);
}

const generators: Record<string, () => RootContent[]> = {
	[DIRECTIVES.sections]: supportSections,
	[DIRECTIVES.products]: supportProducts,
};

export default function remarkSupportSections() {
	return (tree: Root) => {
		visit(tree, (node, index, parent) => {
			if ((node as { type: string }).type !== 'leafDirective') return;
			const generate = generators[(node as { name?: string }).name ?? ''];
			if (!generate || !parent || typeof index !== 'number') return;
			const generated = generate();
			parent.children.splice(index, 1, ...generated);
			return index + generated.length;
		});
	};
}
