/**
 * Where a section's search words (`search-terms.ts`) start and end in the text Pagefind indexes, so that
 * the dialog's excerpts leave them out (`sub-results.ts`). Apart from `search-terms.ts`, which reads the
 * catalogue: the dialog's code needs the markers only.
 */
export const termsStart = '⟦';
export const termsEnd = '⟧';

/** « ⟦ VPS, serveur privé virtuel, serveur virtuel ⟧ »: the text Pagefind indexes. */
export function termsText(words: readonly string[]): string {
	return `${termsStart} ${words.join(', ')} ${termsEnd}`;
}
