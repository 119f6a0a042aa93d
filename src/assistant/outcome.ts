import { cancelRoute } from '../catalogue/ending.ts';
import type { Product } from '../catalogue/schema.ts';
import type { Answers } from './flow.ts';

/** The kinds of outcome, each with its own words and parts (see OutcomeStep). */
export type OutcomeKind =
	| 'procedure'
	| 'guide-dedie'
	| 'suppression-ressources'
	| 'rien-a-resilier'
	| 'laisser-expirer'
	| 'non-documente'
	| 'contact-administrateur'
	| 'renouvellement-manuel'
	| 'service-suspendu'
	| 'annulation'
	| 'annulation-si-listee'
	| 'rien-a-annuler';

/** What each kind of outcome tells, in a few words (the agents' map of the assistant). */
export const outcomeTitles: Record<OutcomeKind, string> = {
	procedure: 'Résilier dans l’espace client, étape par étape',
	'guide-dedie': 'Suivre le guide dédié du produit',
	'suppression-ressources': 'Pas d’abonnement\u00a0: supprimer les ressources',
	'rien-a-resilier': 'Rien à résilier\u00a0: supprimer le compte par une demande au support',
	'laisser-expirer': 'Rien à résilier\u00a0: ne pas le renouveler',
	'non-documente': 'Aucune procédure documentée\u00a0: étapes habituelles ou support',
	'contact-administrateur': 'Seul le contact administrateur peut résilier',
	'renouvellement-manuel': 'Pas de résiliation\u00a0: le service prend fin de lui-même',
	'service-suspendu': 'Régulariser les paiements d’abord, sinon le support',
	annulation: 'Annuler la résiliation dans l’espace client',
	'annulation-si-listee': 'Annuler si le service figure dans la liste, sinon le support',
	'rien-a-annuler': 'Rien à annuler',
};

/** The outcomes that tell the reader how to act before the end of the subscription. */
export function outcomeHasDeadline(kind: OutcomeKind): boolean {
	return kind === 'procedure' || kind === 'guide-dedie' || kind === 'annulation';
}

const cancelOutcomes = {
	steps: 'annulation',
	'steps-if-listed': 'annulation-si-listee',
	'nothing-to-cancel': 'rien-a-annuler',
} as const satisfies Record<ReturnType<typeof cancelRoute>, OutcomeKind>;

/** The outcome for these answers, once the path reaches it. */
export function outcomeFor(answers: Answers, product: Product): OutcomeKind {
	const ending = product.ending;
	if (answers.action === 'annuler') return cancelOutcomes[cancelRoute(ending)];
	switch (ending.kind) {
		case 'pay-as-you-go':
			return 'suppression-ressources';
		case 'no-subscription':
			return 'rien-a-resilier';
		case 'not-renewed':
			return 'laisser-expirer';
		case 'undocumented':
			return 'non-documente';
		case 'standard':
		case 'dedicated-guide':
			if (answers.contact === 'non') return 'contact-administrateur';
			if (answers.situation === 'manuel') return 'renouvellement-manuel';
			if (answers.situation === 'suspendu') return 'service-suspendu';
			return ending.kind === 'standard' ? 'procedure' : 'guide-dedie';
	}
}
