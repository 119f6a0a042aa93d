/**
 * French elisions and Pagefind. Pagefind splits words on white space only, so « l’abonnement » is
 * indexed as the single word « labonnement »: a search for « abonnement » misses it. These helpers
 * give Pagefind a word break after the apostrophe without changing what readers see or hear.
 */

/** An elided word (« l’ », « d’ », « qu’ », « jusqu’ »…) right before a letter. */
const elided =
	/(^|[^\p{L}\p{N}_])((?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])(?:’|'|&#39;|&#x27;|&apos;))(?=\p{L})/giu;

/** « date d’échéance » → « date d’ échéance »: for text that only Pagefind reads. */
export function separateElisions(text: string): string {
	return text.replace(elided, '$1$2 ');
}

/** The elided word followed by the space `separateElisions` (or the word break) put there. */
const separated =
	/(^|[^\p{L}\p{N}_])((?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])(?:’|'|&#39;|&#x27;|&apos;)) (?=(?:<mark>)?\p{L})/giu;

/** « date d’ <mark>échéance</mark> » → « date d’<mark>échéance</mark> »: Pagefind's excerpts as written. */
export function joinElisions(excerpt: string): string {
	return excerpt.replace(separated, '$1$2');
}

/**
 * An empty element that Pagefind reads as a space (it indexes the attribute named by
 * `data-pagefind-index-attrs`) and that browsers, screen readers and `textContent` ignore.
 */
export const wordBreak =
	'<span data-pagefind-index-attrs="data-word-break" data-word-break=" "></span>';

/**
 * Only prose gets word breaks: text whose element is a paragraph, list item, cell or caption, or a
 * plain inline element inside one. Elsewhere an extra element could show (a flex button lays out
 * each child apart), and headings title the search results as they are written.
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
/** Never touched, whatever their parents: code, scripts, islands (Preact hydrates them). */
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
const voidElements = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/** A tag (attribute values may hold `>`), or a comment. */
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

function isProse(open: readonly string[]): boolean {
	if (open.some((name) => untouchable.has(name))) return false;
	for (let i = open.length - 1; i >= 0; i--) {
		const name = open[i] ?? '';
		if (proseBlocks.has(name)) return true;
		if (!proseInline.has(name)) return false;
	}
	return false;
}

/**
 * Adds a word break after every elision in the prose of `<main data-pagefind-body>` (the part of a
 * Starlight page that Pagefind indexes). Pages without it are returned unchanged.
 */
export function breakElisionsInHtml(html: string): string {
	const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/);
	if (start < 0) return html;
	const end = html.indexOf('</main>', start);
	if (end < 0) return html;
	const region = html.slice(start, end);
	const open: string[] = [];
	let out = '';
	let last = 0;
	const text = (segment: string) =>
		isProse(open) ? segment.replace(elided, `$1$2${wordBreak}`) : segment;
	for (const match of region.matchAll(tagPattern)) {
		const index = match.index ?? 0;
		out += text(region.slice(last, index)) + match[0];
		last = index + match[0].length;
		const name = match[2]?.toLowerCase();
		if (!name || voidElements.has(name) || match[0].endsWith('/>')) continue;
		if (match[1] === '/') {
			const at = open.lastIndexOf(name);
			if (at >= 0) open.length = at;
		} else {
			open.push(name);
		}
	}
	out += text(region.slice(last));
	return html.slice(0, start) + out + html.slice(end);
}
