/**
 * Pagefind's excerpts as prose: without a section's search words and with its elisions joined.
 *
 * No HTML parser: Pagefind (1.6, `pagefind.js`, its excerpt builder) writes an excerpt as words of
 * the indexed text joined by single spaces, each hit wrapped whole as `<mark>word</mark>`; this
 * module reads it back as those words, by Pagefind's own rule, and writes them back unchanged,
 * only leaving some out or joining two without their space. (hast's parser would add some 60 KiB
 * gzipped to the search's lazy chunk, twice Pagefind's UI.) If a Pagefind upgrade changes that
 * format, the excerpt checks of search-index.dist.test.ts fail first.
 */
import { endsWithElision } from './elisions.ts';
import { termsEnd, termsStart } from './terms-markers.ts';

const markOpen = '<mark>';

interface Word {
	/** The word as Pagefind wrote it, `<mark>` included (never rewritten here). */
	raw: string;
	/** Written right after the previous word, without a space (after an elided word). */
	joined?: boolean;
}

/** A hit: Pagefind wrapped it in `<mark>`. */
const isHit = (word: Word) => word.raw.startsWith(markOpen);
/** The word's text, from its first letter on (after `<mark>` when it is a hit). */
const textOf = (word: Word) => (isHit(word) ? word.raw.slice(markOpen.length) : word.raw);

function readWords(excerpt: string): Word[] {
	return excerpt
		.split(/\s+/)
		.filter((raw) => raw.length > 0)
		.map((raw) => ({ raw }));
}

function writeWords(words: readonly Word[]): string {
	return words.map((word, index) => (index === 0 || word.joined ? '' : ' ') + word.raw).join('');
}

/**
 * Leaves out the search words (`termsStart` … `termsEnd`): the excerpt may start inside them (a
 * `termsEnd` comes before any `termsStart`) or end inside them.
 */
function withoutTerms(words: readonly Word[]): Word[] {
	const firstMarker = words.find((w) => w.raw.includes(termsStart) || w.raw.includes(termsEnd));
	let inTerms = firstMarker?.raw.includes(termsEnd) === true;
	return words.filter((word) => {
		if (word.raw.includes(termsStart)) inTerms = true;
		else if (word.raw.includes(termsEnd)) inTerms = false;
		else return !inTerms;
		return false;
	});
}

/** « l’ abonnement » → « l’abonnement », hit or not; an elided word Pagefind marked stays apart. */
function withElisionsJoined(words: readonly Word[]): Word[] {
	return words.map((word, index) => {
		const previous = words[index - 1];
		const joined = !!previous && !isHit(previous) && endsWithElision(previous.raw);
		return joined && /^\p{L}/u.test(textOf(word)) ? { ...word, joined } : word;
	});
}

/** « date d’ <mark>échéance</mark> » → « date d’<mark>échéance</mark> »: the excerpt as written. */
export function joinElisions(excerpt: string): string {
	return writeWords(withElisionsJoined(readWords(excerpt)));
}

/**
 * An excerpt without the section's search words (which may fall outside the excerpt) and with its
 * elisions joined: prose, as the page shows it.
 */
export function proseExcerpt(excerpt: string): string {
	return writeWords(withElisionsJoined(withoutTerms(readWords(excerpt))));
}
