import type { RichText, UiLabel } from './rich-text.ts';

/**
 * The Control Panel procedures shared by every product on the standard route, written once and
 * rendered by the guide and the assistant alike. A step is text with Control Panel labels in it,
 * exactly as the 2022 guide names them (today's names are in `rules.ts`, `currentLabels`).
 */
export type { UiLabel };
export type ProcedureStep = RichText;

/** « le bouton ... »: read « le bouton d’actions (trois points) », never « bouton bouton ». */
const moreActions: UiLabel = { ui: '...', spoken: 'd’actions (trois points)' };

const openServices: ProcedureStep = [
	'Cliquez sur votre nom en haut à droite de votre écran afin de faire apparaître le menu de droite, puis sur le bouton ',
	{ ui: 'Gestion des services' },
	'.',
];

export const terminationSteps: readonly ProcedureStep[] = [
	openServices,
	[
		'Cliquez ensuite sur le bouton ',
		moreActions,
		' correspondant au service à résilier, à droite de l’écran, puis sur ',
		{ ui: 'Résilier' },
		'.',
	],
	[
		'Précisez les raisons de votre demande de résiliation, puis cliquez sur ',
		{ ui: 'Valider' },
		'.',
	],
];

export const cancellationSteps: readonly ProcedureStep[] = [
	openServices,
	[
		'Cliquez ensuite sur le bouton ',
		moreActions,
		' correspondant au service dont vous souhaitez conserver l’abonnement, puis sur ',
		{ ui: 'Annuler la résiliation du service' },
		'.',
	],
	[
		'Validez en cliquant sur ',
		{ ui: "Confirmer l'annulation" },
		'. L’annulation prend effet immédiatement.',
	],
];

/** Where in the step list the illustration of the open menu belongs (after this step). */
export const illustrationAfterStep = 1;
