import { commonLinks } from './links.ts';
import type { RichText } from './rich-text.ts';
import type { Ending, Loss, Product } from './schema.ts';

/**
 * The rules that apply to every service (guide-facts.md), written once: the guide's prose and the
 * assistant both render them from here, so they cannot say different things. The seed's own
 * sentences are kept as they are; the 2026 facts complete them where the 2022 guide is silent.
 */

/** « votre serveur dédié », « votre offre E-mail Pro »: how sentences name a product. */
export function designation(product: Pick<Product, 'designation'>): string {
	return `${product.designation.lead} ${product.designation.name}`;
}

/** Until how long before the end of the subscription a termination can be requested or cancelled. */
export const deadlineHours = 24;

/** Public anchors of the rules in the guide (a contract, like the sections': see anchors.json). */
export const ruleAnchors = {
	deadline: 'delai-24-heures',
	conditions: 'conditions',
	dataDeleted: 'donnees-supprimees',
	released: 'remise-en-circulation',
	redemption: 'periode-de-redemption',
	checks: 'verifications',
} as const;
export type RuleAnchor = (typeof ruleAnchors)[keyof typeof ruleAnchors];

/** What a rule anchor is called on the agents' page and in the anchor contract. */
export const ruleTitles: Record<RuleAnchor, string> = {
	'delai-24-heures': 'Le délai de 24 heures',
	conditions: 'Les trois conditions pour résilier',
	'donnees-supprimees': 'Données supprimées sans possibilité de récupération',
	'remise-en-circulation': 'Nom de domaine ou numéro remis en circulation',
	'periode-de-redemption': 'Nom de domaine : délai de grâce et période de rédemption',
	verifications: 'Les vérifications avant de résilier',
};

/** What terminating means (the seed's sentence). */
export const terminationMeaning: RichText = [
	'La « ',
	{ em: 'résiliation' },
	' » concernant l’un de vos services OVHcloud signifie qu’à la fin de l’abonnement en cours, il sera interrompu de façon définitive.',
];

/** Cancelling a pending termination: until when, and what it keeps. */
export const cancelWindow: RichText = [
	'Tant que la résiliation n’a pas pris effet, vous pouvez revenir sur votre demande, au plus tard ',
	{
		link: `${deadlineHours} heures avant la fin de l’abonnement`,
		href: `#${ruleAnchors.deadline}`,
	},
	'. Votre service est alors conservé et son abonnement se poursuit.',
];

/** The 24-hour rule (the seed's sentences). */
export const deadlineRule: RichText = [
	'Elle sera effective lorsque la période de validité de votre abonnement sera terminée. Vous pouvez résilier un service ou ',
	{ link: 'annuler une résiliation', href: '#annuler' },
	` jusqu’à ${deadlineHours} heures avant cette date.`,
];

export type ConditionId = 'contact' | 'renouvellement' | 'suspension';

/** The three conditions a termination needs (the seed's first one, the published version's two others). */
export const conditions: {
	intro: RichText;
	items: ReadonlyArray<{ id: ConditionId; text: RichText }>;
} = {
	intro: ['Pour qu’un service puisse être résilié, trois conditions doivent être réunies :'],
	items: [
		{
			id: 'contact',
			text: ['la demande vient du ', { em: 'contact administrateur' }, ' du service ;'],
		},
		{ id: 'renouvellement', text: ['le service n’est pas en renouvellement manuel ;'] },
		{
			id: 'suspension',
			text: ['le service n’est pas suspendu (par exemple à la suite d’une facture impayée).'],
		},
	],
};

export const contactsGuide: RichText = [
	'Le ',
	{ link: 'guide de gestion des contacts', href: commonLinks.contactsGuide },
	' explique ce rôle.',
];
const renewalGuide = {
	link: 'Gérer le renouvellement de mes services',
	href: commonLinks.renewalGuide,
};
const supportRequest = 'ouvrez une demande auprès du support depuis votre espace client OVHcloud.';

/** What the reader is told when a condition does not hold (2026 facts: « When the button is not offered »). */
export const blockedBy: Record<
	'contact' | 'manuel' | 'suspendu',
	{ title: string; paragraphs: readonly RichText[] }
> = {
	contact: {
		title: 'Seul le contact administrateur peut résilier ce service',
		paragraphs: [
			[
				'Seul le ',
				{ em: 'contact administrateur' },
				' d’un service OVHcloud est en capacité de le résilier : demandez-lui de faire la démarche.',
			],
			contactsGuide,
		],
	},
	manuel: {
		title: 'Un service en renouvellement manuel prend fin de lui-même',
		paragraphs: [
			[
				'Un service en renouvellement manuel ne peut pas être résilié ainsi : il est suspendu à sa date d’expiration, puis supprimé quelques jours plus tard. S’il n’est pas renouvelé, il prend donc fin de lui-même.',
			],
			['Pour en savoir plus, consultez le guide ', renewalGuide, '.'],
		],
	},
	suspendu: {
		title: 'Un service suspendu doit d’abord être régularisé',
		paragraphs: [
			[
				'Un service suspendu (par exemple à la suite d’une facture impayée) ne peut pas être résilié en l’état. Mettez d’abord à jour vos paiements et vos renouvellements : le guide OVHcloud « Gérer mes factures OVHcloud » explique comment payer une facture en attente, et le guide ',
				renewalGuide,
				' traite des renouvellements.',
			],
			[`Si la résiliation reste impossible ensuite, ${supportRequest}`],
		],
	},
};

/** Under the standard steps: what to do when « Résilier » is not offered. */
export const buttonMissing: RichText = [
	'Si le bouton ',
	{ ui: 'Résilier' },
	' n’apparaît pas, vérifiez les ',
	{ link: 'trois conditions', href: `#${ruleAnchors.conditions}` },
	` ; si elles sont réunies, ${supportRequest}`,
];

export type CheckId = 'plus-besoin' | 'remplacement' | 'sauvegarde';

/**
 * The three things to be sure of before terminating: the seed's bullet, and the assistant's box
 * and error for a product. The backup only where data is deleted.
 */
export const checks: {
	intro: RichText;
	items: ReadonlyArray<{
		id: CheckId;
		guide: RichText;
		label: (product: Product) => string;
		error: (product: Product) => string;
	}>;
} = {
	intro: [
		'Ceci implique que vous devez être ',
		{ strong: 'certain' },
		' avant toute résiliation :',
	],
	items: [
		{
			id: 'plus-besoin',
			guide: ['que l’opération va concerner un service que vous ne souhaitez plus utiliser ;'],
			label: (p) => `Vous ne souhaitez plus utiliser ${designation(p)}.`,
			error: (p) => `Confirmez que vous ne souhaitez plus utiliser ${designation(p)}.`,
		},
		{
			id: 'remplacement',
			guide: [
				'que vous possédez, si nécessaire, une solution ',
				{ em: 'fonctionnelle' },
				' pour le remplacer ;',
			],
			label: () => 'Si nécessaire, vous avez une solution de remplacement qui fonctionne.',
			error: () =>
				'Confirmez que vous avez, si nécessaire, une solution de remplacement qui fonctionne.',
		},
		{
			id: 'sauvegarde',
			guide: ['que vous avez sauvegardé l’ensemble des données concernées.'],
			label: (p) => `Vous avez sauvegardé toutes les données de ${designation(p)}.`,
			error: (p) => `Confirmez que vous avez sauvegardé toutes les données de ${designation(p)}.`,
		},
	],
};

/** What is lost, per kind (the seed's sentences, and the published grace and redemption periods). */
export const dataDeleted: RichText = [
	'S’il s’agit d’une offre de messagerie, d’un serveur ou d’un hébergement Web, l’ensemble des données concernées seront supprimées ',
	{ strong: 'sans possibilité de récupération' },
	'.',
];
export const released: RichText = [
	'S’il s’agit d’un nom de domaine ou d’un numéro de téléphone, ils seront remis en circulation et pourront être ',
	{ strong: 'commandés par d’autres clients' },
	'.',
];
export const redemption: RichText = [
	'Un nom de domaine générique reste toutefois réservé à son ancien titulaire pendant un court délai de grâce (environ 5 jours selon le guide de 2022, environ 7 jours selon sa version de 2026), puis pendant une période de rédemption d’environ 35 à 40 jours : pendant ces deux périodes, lui seul peut le renouveler.',
];
const lossNotStated: RichText = [
	'Ce guide ne précise pas ce que devient ce service à la fin de l’abonnement : en cas de doute, renseignez-vous auprès du support avant de résilier.',
];

/** The paragraphs that say what this loss means, as the guide's consequences section words them. */
export function lossParagraphs(loss: Loss): readonly RichText[] {
	switch (loss) {
		case 'data-deleted':
			return [dataDeleted];
		case 'domain-released':
			return [released, redemption];
		case 'number-released':
			return [released];
		case 'not-stated':
			return [lossNotStated];
	}
}

/** One line under a product's section: how it ends, in short, with a link to the rule. */
export function endingSummary(ending: Ending): RichText {
	switch (ending.kind) {
		case 'standard':
		case 'dedicated-guide':
			return [
				{ strong: 'À retenir :' },
				' la résiliation prend effet à la fin de l’abonnement en cours ; vous pouvez la demander ou l’annuler ',
				{ link: `jusqu’à ${deadlineHours} heures avant`, href: `#${ruleAnchors.deadline}` },
				'. ',
				...lossInShort[ending.loss],
			];
		case 'pay-as-you-go':
			return [
				{ strong: 'À retenir :' },
				' pas d’abonnement, donc ni résiliation à demander ni résiliation à annuler ; une ressource supprimée l’est avec ses ',
				{ link: 'données', href: `#${ruleAnchors.dataDeleted}` },
				'.',
			];
		case 'no-subscription':
			return [
				{ strong: 'À retenir :' },
				' rien à résilier ni à annuler ; la suppression du compte passe par une demande au support.',
			];
		case 'not-renewed':
			return [
				{ strong: 'À retenir :' },
				' rien à résilier ni à annuler ; le certificat prend fin s’il n’est pas renouvelé.',
			];
		case 'undocumented':
			return [
				{ strong: 'À retenir :' },
				' ce guide ne documente pas la fin de ce service ; en cas de doute, demandez au support.',
			];
	}
}

const lossInShort: Record<Loss, RichText> = {
	'data-deleted': [
		'Ses données sont alors ',
		{ link: 'supprimées sans possibilité de récupération', href: `#${ruleAnchors.dataDeleted}` },
		'.',
	],
	'domain-released': [
		'Le nom de domaine est alors ',
		{ link: 'remis en circulation', href: `#${ruleAnchors.released}` },
		', après un ',
		{ link: 'délai de grâce et une période de rédemption', href: `#${ruleAnchors.redemption}` },
		'.',
	],
	'number-released': [
		'Le numéro est alors ',
		{ link: 'remis en circulation', href: `#${ruleAnchors.released}` },
		'.',
	],
	'not-stated': ['Ce guide ne précise pas ce que devient le service à la fin de l’abonnement.'],
};

/** When the last moment to act has passed: what can still be done, without inventing. */
export const afterDeadline: Record<
	'resilier' | 'annuler-domaine' | 'annuler',
	readonly RichText[]
> = {
	resilier: [
		[
			'Il est trop tard pour demander la résiliation avant cette date de fin. Ce guide ne précise pas la suite : vérifiez la date de fin affichée dans votre espace client, ou ',
			supportRequest,
		],
	],
	'annuler-domaine': [
		[
			'Il est trop tard pour annuler la résiliation depuis l’espace client. Votre nom de domaine n’est pas perdu pour autant : ',
			...redemption,
		],
		['Pour le renouveler, consultez le guide ', renewalGuide, '.'],
	],
	annuler: [
		[
			'Il est trop tard pour annuler la résiliation depuis l’espace client. Ce guide ne décrit pas d’autre démarche : si besoin, ',
			supportRequest,
		],
	],
};

/** Where the 2022 labels of the steps are found today (2026 facts: one short note). */
export const currentLabels: RichText = [
	'Depuis 2022, l’espace client a renommé deux libellés : ',
	{ ui: 'Gestion des services' },
	' s’appelle désormais ',
	{ ui: 'Mes offres et services' },
	', et ',
	{ ui: 'Résilier' },
	' est devenu ',
	{ ui: 'Résilier mon service' },
	'. Les étapes gardent les libellés du guide de 2022 : c’est le même endroit.',
];

/** When the facts of this guide date from. */
export const factsDates: RichText = [
	'Procédures et libellés du guide OVHcloud de mars 2022, complétés par sa version mise à jour le 19 janvier 2026.',
];

/**
 * What the guide's « annuler » section says for a product whose cancellation differs from the
 * standard one (`#annuler-<ancre>`): null for a standard product.
 */
export function cancelNoteFor(product: Product): RichText | null {
	const ending = product.ending;
	switch (ending.kind) {
		case 'standard':
			return null;
		case 'dedicated-guide':
			return [
				`La résiliation de ${designation(product)} suit son `,
				{ link: 'guide dédié', href: ending.guide.url },
				'\u202f; pour annuler une résiliation en attente, la démarche commune à tous les services ci-dessus s’applique.',
			];
		default:
			return ending.cancelNote;
	}
}
