import type { Consequence } from './schema.ts';

/** What the reader loses at the end of the subscription, per kind of consequence. */
export const consequenceText: Record<Consequence, string | null> = {
	'data-deleted':
		'À la fin de l’abonnement, toutes les données du service sont supprimées, sans possibilité de récupération.',
	'domain-released':
		'À la fin de l’abonnement, le nom de domaine est remis en circulation : d’autres clients pourront le commander. Un domaine générique reste d’abord réservé à son ancien titulaire pendant un court délai de grâce (environ 5 jours), puis entre dans une période de rédemption (environ 35 à 40 jours) pendant laquelle lui seul peut encore le renouveler.',
	'number-released':
		'À la fin de l’abonnement, le numéro de téléphone est remis en circulation : d’autres clients pourront le commander.',
	'not-stated': null,
};

/** A short name for the consequence, for lists and summaries. */
export const consequenceSummary: Record<Consequence, string> = {
	'data-deleted': 'Données supprimées sans possibilité de récupération',
	'domain-released': 'Nom de domaine remis en circulation',
	'number-released': 'Numéro remis en circulation',
	'not-stated': 'Aucune conséquence précisée par ce guide',
};
