import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import translations from '../content/i18n/fr.json' with { type: 'json' };

/**
 * Each heading with an id gets its copy link, as Starlight's own heading links do (same classes:
 * `div.sl-heading-wrapper.level-hN > hN + a.sl-anchor-link`), in three elements instead of seven:
 * the link is named by `aria-label` instead of a hidden span, and its icon is a CSS mask
 * (guide.css, « Heading links ») instead of an inline SVG. On the guide's 26 headings that is
 * 104 elements fewer (Lighthouse's `dom-size`, issue 15). Starlight's are turned off
 * (`markdown.headingLinks: false` in astro.config.mjs), which also drops its anchor-links.css.
 */
export function headingLinkLabel(title: string): string {
	return translations['heading.anchorLabel'].replace('{{title}}', title);
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function withHeadingLink(heading: Element): Element {
	const id = String(heading.properties.id);
	const link: ElementContent = {
		type: 'element',
		tagName: 'a',
		properties: {
			className: ['sl-anchor-link'],
			href: `#${id}`,
			ariaLabel: headingLinkLabel(textOf(heading)),
		},
		children: [],
	};
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['sl-heading-wrapper', `level-${heading.tagName}`] },
		children: [heading, link],
	};
}

export default function rehypeHeadingLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (!headingTags.has(node.tagName) || !node.properties.id) return;
			if (parent === undefined || index === undefined) return;
			parent.children[index] = withHeadingLink(node);
			return SKIP;
		});
	};
}
