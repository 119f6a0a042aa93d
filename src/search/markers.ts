/**
 * Where a section's search words (`terms.ts`) start and end in the text Pagefind indexes, so that
 * the dialog's excerpts leave them out (`results.ts`). Apart from `terms.ts`, which reads the
 * catalogue: the dialog's code needs the markers only.
 */
export const termsStart = '⟦';
export const termsEnd = '⟧';

/** « ⟦ VPS, serveur privé virtuel, serveur virtuel ⟧ »: the text Pagefind indexes. */
export function termsText(words: readonly string[]): string {
	return `${termsStart} ${words.join(', ')} ${termsEnd}`;
}
