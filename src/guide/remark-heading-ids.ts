import type { Heading, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

/** `## Titre {#id}` (in MDX: `## Titre \{#id\}`) → `<h2 id="id">Titre</h2>`. */
const trailingId = /\s*\{#([a-z][a-z0-9_-]*)\}\s*$/;

export interface HeadingIdsOptions {
	/** Older anchors that must land on the heading with this id. */
	aliasesOf?: (id: string) => readonly string[];
}

/** An empty element carrying an alias id, placed right before its heading. */
export function aliasNode(id: string): RootContent {
	return {
		type: 'aliasAnchor',
		data: { hName: 'span', hProperties: { id, className: ['alias-anchor'] } },
	} as unknown as RootContent;
}

export function headingWithId(depth: Heading['depth'], text: string, id: string): Heading {
	return {
		type: 'heading',
		depth,
		children: [{ type: 'text', value: text }],
		data: { hProperties: { id } },
	};
}

/** Sets stable, ASCII heading ids written after the heading, and the aliases that land there. */
export default function remarkHeadingIds(options: HeadingIdsOptions = {}) {
	return (tree: Root) => {
		visit(tree, 'heading', (heading, index, parent) => {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return undefined;
			const match = trailingId.exec(last.value);
			if (!match?.[1]) return undefined;
			const id = match[1];
			last.value = last.value.slice(0, match.index);
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
			const aliases = options.aliasesOf?.(id) ?? [];
			if (parent && typeof index === 'number' && aliases.length > 0) {
				parent.children.splice(index, 0, ...aliases.map(aliasNode));
				return index + aliases.length + 1;
			}
			return undefined;
		});
	};
}
