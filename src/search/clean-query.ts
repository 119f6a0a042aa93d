import { foldWord } from '../catalogue/match.ts';

/**
 * A French query as Pagefind should receive it. Pagefind matches every query word, and words as
 * prefixes too (« de » matches « demande », « dédié »…), and Starlight's search shows a page's three
 * sections with the most matches: small words and the ubiquitous « résilier » drown the section a
 * customer wants. `cleanQuery` drops them; meant for Pagefind UI's `processTerm` option.
 */
const stopWords = new Set(
	(
		'a à au aux avec c ce ces cet cette comment d de des du en est et il j je l la le les leur leurs ' +
		'lui m ma me mes moi mon n ne nos notre on ou où par pas pour qu que quel quelle qui s sa se ses ' +
		'son sur t ta te tes ton tu un une veux voudrais vos votre vous y'
	).split(' '),
);

/** The catalogue's verbs (`searchVerbs`) and their usual forms (« résiliation »…), folded. */
function verbStems(verbs: readonly string[]): string[] {
	const stems = verbs.map((verb) => foldWord(verb).replace(/(er|ir|re)$/, ''));
	return [...stems, 'resiliation', 'suppression', 'arret', 'annulation'];
}

/** Words that name no product: alone, they do not make a query about a product. */
const generic = new Set(['abonnement', 'abonnements', 'offre', 'offres', 'service', 'services']);

function isVerb(word: string, stems: readonly string[]): boolean {
	const folded = foldWord(word);
	return stems.some((stem) => folded.startsWith(stem));
}

/**
 * « résilier mon nom de domaine » → « nom domaine »: small words and verbs go when a word naming
 * something else remains. Otherwise the query is the question itself and stays as typed
 * (« annuler la résiliation », « arrêter un service »). Elided words are split (« l’abonnement »).
 * `verbs` are the catalogue's `searchVerbs` (passed in: this runs in the search dialog).
 */
export function cleanQuery(query: string, verbs: readonly string[]): string {
	const words = query
		.replace(/[’'`]/g, ' ')
		.split(/\s+/)
		.filter((word) => word.length > 0);
	const stems = verbStems(verbs);
	const content = words.filter((word) => !stopWords.has(foldWord(word)));
	const withoutVerbs = content.filter((word) => !isVerb(word, stems));
	if (withoutVerbs.some((word) => !generic.has(foldWord(word)))) return withoutVerbs.join(' ');
	return query.trim();
}
