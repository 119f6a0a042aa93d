/**
 * French elisions and Pagefind. Pagefind splits words on white space only, so « l’abonnement » is
 * indexed as the single word « labonnement »: a search for « abonnement » misses it. The copy of
 * the page that Pagefind indexes gets a space after the apostrophe (`page-for-index.ts`, on the
 * text of its prose only), and the excerpts readers see get it removed again (`prose-excerpt.ts`).
 * Both work on text, never on markup.
 */

/** An elided word (« l’ », « d’ », « qu’ », « jusqu’ »…), not the end of a longer word. */
const elidedWord = String.raw`(?<![\p{L}\p{N}_])(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’]`;

const elidedBeforeLetter = new RegExp(`(${elidedWord})(?=\\p{L})`, 'giu');
const elidedAtEnd = new RegExp(`${elidedWord}$`, 'iu');

/** « date d’échéance » → « date d’ échéance »: for text that only Pagefind reads. */
export function separateElisions(text: string): string {
	return text.replace(elidedBeforeLetter, '$1 ');
}

/** Whether a word ends with an elided word (« l’ », « (d’ »), the word that follows it joined. */
export function endsWithElision(word: string): boolean {
	return elidedAtEnd.test(word);
}
