/**
 * French elisions and Pagefind. Pagefind splits words on white space only, so « l’abonnement » is
 * indexed as the single word « labonnement »: a search for « abonnement » misses it. The copy of
 * the page that Pagefind indexes gets a space after the apostrophe (`index-html.ts`), and the
 * excerpts readers see get it removed again.
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
