import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

export interface SearchTermsOptions {
	/** The words to index after the heading with this id (null: none). */
	termsOf: (id: string) => string | null;
	/** Pagefind weight of the words (1 is plain text; headings get 4 to 7). */
	weight?: number;
}

/**
 * After each heading whose id has search words (the guide's sections, from the catalogue), adds an
 * empty element that Pagefind indexes through `data-pagefind-index-attrs`: the words count for that
 * section's sub-result, and readers see and hear nothing. Runs after the plugins that set the ids.
 */
export default function remarkSearchTerms({ termsOf, weight = 1 }: SearchTermsOptions) {
	return (tree: Root) => {
		visit(tree, 'heading', (heading, index, parent) => {
			const id = heading.data?.hProperties?.id;
			if (typeof id !== 'string' || !parent || typeof index !== 'number') return undefined;
			const terms = termsOf(id);
			if (!terms) return undefined;
			const node = {
				type: 'searchTerms',
				data: { hName: 'span', hProperties: { dataPagefindWeight: String(weight) } },
				children: [
					{
						type: 'searchTermsValue',
						data: {
							hName: 'span',
							hProperties: { dataPagefindIndexAttrs: 'data-search-terms', dataSearchTerms: terms },
						},
					},
				],
			} as unknown as RootContent;
			parent.children.splice(index + 1, 0, node);
			return index + 2;
		});
	};
}
