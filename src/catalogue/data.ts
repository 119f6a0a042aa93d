import type { CatalogueInput } from './schema.ts';

/**
 * The universes, products and sections of the guide « Comment résilier vos services OVHcloud ».
 * Source: ../shared/guide-facts.md. Anchors and aliases are a public contract (support agents
 * link to them): never rename one; add an alias instead.
 */
export const catalogueData = {
	sections: [
		{ anchor: 'assistant', title: 'Assistant de résiliation' },
		{
			anchor: 'consequences',
			title: 'Que se passe-t-il lorsqu’un service OVHcloud est résilié ?',
			keywords: [
				'conséquences',
				'date d’échéance',
				'fin d’abonnement',
				'perte de données',
				'sauvegarde',
			],
		},
		{
			anchor: 'resilier',
			aliases: ['terminate'],
			title: 'Comment résilier votre abonnement ?',
			keywords: [
				'résiliation',
				'arrêter un service',
				'supprimer un service',
				'mettre fin à un abonnement',
			],
		},
		{
			anchor: 'annuler',
			aliases: ['cancel', 'annulation'],
			title: 'Comment annuler la résiliation de votre abonnement ?',
			keywords: [
				'annulation',
				'annuler une résiliation',
				'revenir sur une résiliation',
				'conserver un service',
			],
		},
		{
			anchor: 'aller-plus-loin',
			aliases: ['gofurther'],
			title: 'Aller plus loin',
			keywords: ['renouvellement automatique', 'communauté', 'forum'],
		},
	],
	/** Verbs customers use to end a service: the search finds every product with each of them. */
	searchVerbs: ['résilier', 'arrêter', 'supprimer', 'stopper', 'annuler'],
	universes: [
		{ anchor: 'baremetalcloud', label: 'Bare Metal Cloud' },
		{ anchor: 'privatecloud', label: 'Hosted Private Cloud' },
		{ anchor: 'publiccloud', label: 'Public Cloud' },
		{ anchor: 'webcloud', label: 'Web Cloud' },
		{ anchor: 'telecom', label: 'Télécom' },
	],
	products: [
		{
			anchor: 'dedicated',
			label: 'Serveurs dédiés',
			universe: 'baremetalcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre', name: 'serveur dédié' },
			productUrl: 'https://www.ovhcloud.com/fr/bare-metal/',
			keywords: ['serveur dédié', 'dédié', 'bare metal', 'serveur physique'],
		},
		{
			anchor: 'vps',
			label: 'VPS (Virtual Private Servers)',
			universe: 'baremetalcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre', name: 'VPS (Virtual Private Servers)' },
			productUrl: 'https://www.ovhcloud.com/fr/vps/',
			keywords: ['VPS', 'serveur privé virtuel', 'serveur virtuel'],
		},
		{
			anchor: 'managedbaremetal',
			label: 'Managed Bare Metal',
			universe: 'baremetalcloud',
			designation: { lead: 'votre offre', name: 'Managed Bare Metal' },
			productUrl: 'https://www.ovhcloud.com/fr/managed-bare-metal/',
			ending: {
				kind: 'dedicated-guide',
				loss: 'data-deleted',
				guide: {
					url: 'https://docs.ovh.com/fr/managed-bare-metal/comment-resilier-le-managed-bare-metal/',
				},
			},
			keywords: ['Managed Bare Metal', 'MBM', 'bare metal managé'],
		},
		{
			anchor: 'privatecloud',
			label: 'Hosted Private Cloud',
			universe: 'privatecloud',
			designation: { lead: 'votre offre', name: 'Hosted Private Cloud' },
			productUrl: 'https://www.ovhcloud.com/fr/hosted-private-cloud/',
			ending: {
				kind: 'dedicated-guide',
				loss: 'data-deleted',
				guide: { url: 'https://docs.ovh.com/fr/private-cloud/comment-resilier-le-private-cloud/' },
			},
			keywords: ['Private Cloud', 'cloud privé', 'VMware', 'HPC'],
		},
		{
			anchor: 'publiccloud',
			label: 'Public Cloud',
			universe: 'publiccloud',
			designation: { lead: 'votre', name: 'offre Public Cloud' },
			productUrl: 'https://www.ovhcloud.com/fr/public-cloud/',
			ending: {
				kind: 'pay-as-you-go',
				loss: 'data-deleted',
				guide: { url: 'https://docs.ovh.com/fr/public-cloud/supprimer-un-projet/' },
				notes: [
					[
						'Public Cloud est facturé à l’usage : à la fin de chaque mois, vous payez l’utilisation réelle de vos ressources. Il n’y a donc ni abonnement à résilier, ni date de fin d’abonnement.',
					],
					[
						'Pour arrêter une ressource (une instance, par exemple), supprimez-la depuis la partie Public Cloud de votre espace client : cliquez sur le bouton ',
						{ ui: '...', spoken: 'd’actions (trois points)' },
						' de la ressource, puis sur ',
						{ ui: 'Supprimer' },
						'. Pour supprimer tout un projet, suivez le guide dédié.',
					],
				],
				cancelNote: [
					'Public Cloud n’a pas d’abonnement : il n’y a aucune résiliation à annuler. Une ressource reste en place, et facturée à l’usage, tant que vous ne la supprimez pas.',
				],
			},
			keywords: ['projet Public Cloud', 'cloud public', 'instance', 'PCI'],
		},
		{
			anchor: 'domain',
			label: 'Domaines',
			universe: 'webcloud',
			ending: { kind: 'standard', loss: 'domain-released' },
			designation: { lead: 'votre', name: 'nom de domaine' },
			productUrl: 'https://www.ovhcloud.com/fr/domains/',
			keywords: ['nom de domaine', 'domaine', 'DNS'],
		},
		{
			anchor: 'hosting',
			label: 'Hébergement Web',
			universe: 'webcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre', name: 'hébergement Web' },
			productUrl: 'https://www.ovhcloud.com/fr/web-hosting/',
			keywords: ['hébergement mutualisé', 'site web', 'hébergement'],
		},
		{
			anchor: 'ssl_sectigo',
			aliases: ['ssl'],
			label: 'Certificat SSL Sectigo',
			universe: 'webcloud',
			designation: { lead: 'votre', name: 'certificat SSL Sectigo' },
			productUrl: 'https://www.ovhcloud.com/fr/web-hosting/options/ssl/',
			ending: {
				kind: 'not-renewed',
				notes: [
					[
						'Un certificat SSL Sectigo ne se renouvelle pas automatiquement : il ne peut donc pas être résilié avant son terme.',
					],
					['Pour l’arrêter, il suffit de ne pas le renouveler à sa prochaine échéance.'],
				],
				cancelNote: [
					'Un certificat SSL Sectigo ne fait l’objet d’aucune résiliation : il n’y a donc rien à annuler. Pour le conserver, renouvelez-le avant son expiration.',
				],
			},
			keywords: ['certificat SSL', 'SSL', 'Sectigo', 'HTTPS', 'certificat'],
		},
		{
			anchor: 'plesk',
			label: 'Hébergement Plesk',
			universe: 'webcloud',
			designation: { lead: 'votre', name: 'hébergement Plesk' },
			ending: {
				kind: 'undocumented',
				notes: [
					['Ce guide ne documente aucune procédure propre à l’hébergement Plesk.'],
					[
						'Si le service figure dans la liste ',
						{ ui: 'Gestion des services' },
						' de votre espace client, les étapes habituelles s’appliquent ; sinon, ouvrez une demande auprès du support OVHcloud.',
					],
				],
				cancelNote: [
					'Ce guide ne documente aucune procédure propre à l’hébergement Plesk. Si une résiliation de ce service figure dans ',
					{ ui: 'Gestion des services' },
					', les étapes habituelles permettent de l’annuler ; sinon, ouvrez une demande auprès du support OVHcloud.',
				],
			},
			keywords: ['Plesk'],
		},
		{
			anchor: 'webpaas',
			label: 'Web PaaS',
			universe: 'webcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre offre', name: 'Web PaaS' },
			productUrl: 'https://www.ovhcloud.com/fr/web-paas/',
			keywords: ['Web PaaS', 'PaaS', 'Platform.sh'],
		},
		{
			anchor: 'clouddb',
			label: 'CloudDB',
			universe: 'webcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre', name: 'serveur de bases de données CloudDB' },
			productUrl: 'https://www.ovh.com/fr/cloud-databases/',
			keywords: ['CloudDB', 'Cloud DB', 'base de données', 'SQL privé', 'MySQL'],
		},
		{
			anchor: 'mxplan',
			label: 'E-mail MX Plan',
			universe: 'webcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre offre', name: 'MX Plan' },
			keywords: ['MX Plan', 'MXPlan', 'e-mail', 'messagerie', 'adresse e-mail'],
		},
		{
			anchor: 'emailpro',
			label: 'E-mail Pro',
			universe: 'webcloud',
			ending: { kind: 'standard', loss: 'data-deleted' },
			designation: { lead: 'votre offre', name: 'E-mail Pro' },
			productUrl: 'https://www.ovhcloud.com/fr/emails/email-pro/',
			keywords: ['Email Pro', 'e-mail', 'messagerie'],
		},
		{
			anchor: 'exchange',
			aliases: ['hosted', 'private'],
			label: 'E-mail Exchange',
			universe: 'webcloud',
			designation: { lead: 'votre offre', name: 'E-mail Exchange' },
			ending: {
				kind: 'dedicated-guide',
				loss: 'data-deleted',
				guide: {
					url: 'https://docs.ovh.com/fr/microsoft-collaborative-solutions/gestion-facturation-exchange/#supprimer-des-comptes',
				},
				notes: [
					[
						'Dans le guide dédié, reportez-vous à la partie consacrée à la suppression des comptes Exchange.',
					],
				],
			},
			keywords: [
				'Exchange',
				'Microsoft Exchange',
				'Hosted Exchange',
				'Private Exchange',
				'messagerie',
			],
		},
		{
			anchor: 'xdsl',
			label: 'xDSL',
			universe: 'telecom',
			designation: { lead: 'votre', name: 'accès xDSL' },
			productUrl: 'https://www.ovhtelecom.fr/offre-internet/',
			ending: {
				kind: 'dedicated-guide',
				loss: 'not-stated',
				guide: { url: 'https://docs.ovh.com/fr/xdsl/comment-resilier-mon-acces-xdsl/' },
				notes: [
					[
						'Un « Pack SIP Trunk » ne peut être résilié que par une demande auprès du support OVHcloud.',
					],
				],
			},
			keywords: ['ADSL', 'VDSL', 'fibre', 'accès internet', 'box internet'],
		},
		{
			anchor: 'voip',
			label: 'VoIP',
			universe: 'telecom',
			designation: { lead: 'votre', name: 'ligne VoIP' },
			ending: {
				kind: 'dedicated-guide',
				loss: 'number-released',
				guide: {
					url: 'https://docs.ovh.com/fr/voip/changer-l-offre-et-les-options-d-une-ligne-voip/',
					parts: [
						{
							label: 'Résilier une ligne SIP ou Trunk',
							url: 'https://docs.ovh.com/fr/voip/changer-l-offre-et-les-options-d-une-ligne-voip/#resilier-sip-trunk',
						},
						{
							label: 'Résilier un numéro alias',
							url: 'https://docs.ovh.com/fr/voip/changer-l-offre-et-les-options-d-une-ligne-voip/#resilier-alias',
						},
					],
				},
			},
			keywords: [
				'ligne VoIP',
				'téléphonie',
				'ligne SIP',
				'SIP',
				'Trunk',
				'numéro alias',
				'numéro de téléphone',
			],
		},
		{
			anchor: 'otb',
			label: 'OverTheBox (OTB)',
			universe: 'telecom',
			ending: { kind: 'standard', loss: 'not-stated' },
			designation: { lead: 'votre service', name: 'OverTheBox' },
			productUrl: 'https://www.ovhtelecom.fr/overthebox/',
			keywords: ['OverTheBox', 'OTB', 'agrégation de connexions'],
		},
		{
			anchor: 'sms',
			label: 'SMS',
			universe: 'telecom',
			designation: { lead: 'votre', name: 'compte SMS' },
			ending: {
				kind: 'no-subscription',
				notes: [
					[
						'Il n’y a rien à résilier : un compte SMS n’est lié à aucun abonnement, et ses crédits n’expirent pas.',
					],
					[
						'Pour supprimer le compte, ouvrez une demande auprès du support depuis votre espace client OVHcloud.',
					],
				],
				cancelNote: [
					'Un compte SMS n’a pas d’abonnement : il n’y a aucune résiliation à annuler. Vos crédits restent disponibles.',
				],
			},
			keywords: ['compte SMS', 'crédits SMS', 'envoi de SMS'],
		},
	],
} satisfies CatalogueInput;
