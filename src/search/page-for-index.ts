/**
 * The copy of a built page that Pagefind indexes (`search/pagefind-french.ts` hands it over
 * with `addHTMLFile`); the page itself is shipped unchanged. In `<main data-pagefind-body>`:
 * - French elisions are split in the prose: Pagefind splits words on white space only, so
 *   « l’abonnement » would be the one word « labonnement » and « abonnement » would miss it;
 * - after each section's heading come its search words (`search-terms.ts`), with their weight, between
 *   markers that the dialog's excerpts leave out (`sub-results.ts`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { separateElisions } from './elisions.ts';
import type { SearchTerms } from './search-terms.ts';
import { termsText } from './terms-markers.ts';

/**
 * Only prose gets its elisions split: text whose element is a paragraph, list item, cell or
 * caption, or a plain inline element inside one. Headings title the search results as written.
 */
const proseBlocks = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'blockquote']);
const proseInline = new Set([
	'a',
	'abbr',
	'b',
	'cite',
	'em',
	'i',
	'mark',
	'q',
	'small',
	'span',
	'strong',
]);
/** Never touched, whatever their parents: code, scripts, islands. */
const untouchable = new Set([
	'astro-island',
	'code',
	'kbd',
	'math',
	'pre',
	'script',
	'style',
	'svg',
	'template',
	'textarea',
]);

const headingNames = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isProse(ancestors: readonly Element[]): boolean {
	if (ancestors.some((el) => untouchable.has(el.tagName))) return false;
	for (let i = ancestors.length - 1; i >= 0; i--) {
		const name = ancestors[i]?.tagName ?? '';
		if (proseBlocks.has(name)) return true;
		if (!proseInline.has(name)) return false;
	}
	return false;
}

function findIndexedMain(node: Root | Element): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'main' && child.properties.dataPagefindBody !== undefined) return child;
		const found = findIndexedMain(child);
		if (found) return found;
	}
	return undefined;
}

function splitElisions(element: Element, ancestors: Element[]): void {
	const path = [...ancestors, element];
	for (const child of element.children) {
		if (child.type === 'text' && isProse(path)) child.value = separateElisions(child.value);
		else if (child.type === 'element') splitElisions(child, path);
	}
}

function termsElement({ words, weight }: SearchTerms): Element {
	return {
		type: 'element',
		tagName: 'p',
		properties: { dataPagefindWeight: String(weight) },
		children: [{ type: 'text', value: separateElisions(termsText(words)) }],
	};
}

/** Each heading is wrapped with its anchor link in `div.sl-heading-wrapper` (src/guide/rehype-heading-links.ts). */
function isHeadingWrapper(node: ElementContent): node is Element {
	if (node.type !== 'element') return false;
	const classes = node.properties.className;
	return Array.isArray(classes) && classes.includes('sl-heading-wrapper');
}

function headingId(node: ElementContent): string | undefined {
	if (node.type !== 'element') return undefined;
	const heading = isHeadingWrapper(node)
		? node.children.find((child) => child.type === 'element' && headingNames.has(child.tagName))
		: node;
	if (heading?.type !== 'element' || !headingNames.has(heading.tagName)) return undefined;
	const id = heading.properties.id;
	return typeof id === 'string' ? id : undefined;
}

function addTerms(element: Element, termsOf: (id: string) => SearchTerms | null): void {
	const children: ElementContent[] = [];
	for (const child of element.children) {
		children.push(child);
		const id = headingId(child);
		const terms = id ? termsOf(id) : null;
		if (terms) children.push(termsElement(terms));
		else if (child.type === 'element' && !id) addTerms(child, termsOf);
	}
	element.children = children;
}

/** The page as Pagefind should read it; a page without `data-pagefind-body` is returned as is. */
export function htmlForIndex(html: string, termsOf: (id: string) => SearchTerms | null): string {
	const tree = fromHtml(html);
	const main = findIndexedMain(tree);
	if (!main) return html;
	splitElisions(main, []);
	addTerms(main, termsOf);
	return toHtml(tree);
}
