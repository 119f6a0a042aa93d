import { findSection, products } from '../catalogue/index.ts';
import { type Plan, planFor } from '../catalogue/plan.ts';
import { cancellationSteps, type ProcedureStep } from '../catalogue/procedures.ts';
import { plainText } from '../catalogue/rich-text.ts';

/** A step's text with the Control Panel labels as they are shown (`Résilier`, `...`). */
export function stepText(step: ProcedureStep): string {
	return plainText(step);
}

interface HowToStep {
	'@type': 'HowToStep';
	position: number;
	text: string;
	url?: string;
}

function planSteps(plan: Plan): HowToStep[] {
	const texts: Array<{ text: string; url?: string }> = [
		...plan.notes.map((note) => ({ text: plainText(note) })),
		...(plan.guide
			? [
					{ text: 'Suivez les instructions du guide dédié.', url: plan.guide.url },
					...plan.guide.parts.map((part) => ({ text: `${part.label}.`, url: part.url })),
				]
			: []),
		...plan.steps.map((step) => ({ text: stepText(step) })),
	];
	return texts.map((entry, index) => ({
		'@type': 'HowToStep',
		position: index + 1,
		text: entry.text,
		...(entry.url ? { url: entry.url } : {}),
	}));
}

export interface GuidePage {
	/** The guide's canonical address. */
	url: string;
	title: string;
	description: string;
	dateModified?: Date | undefined;
}

/**
 * schema.org `HowTo` for the guide, from the catalogue: one `HowToSection` per product (its
 * section's address and the plan the guide shows), then one for cancelling a termination.
 */
export function howToSchema(page: GuidePage) {
	const cancel = findSection('annuler');
	return {
		'@context': 'https://schema.org',
		'@type': 'HowTo',
		'@id': `${page.url}#howto`,
		name: page.title,
		description: page.description,
		inLanguage: 'fr-FR',
		url: page.url,
		...(page.dateModified ? { dateModified: page.dateModified.toISOString().slice(0, 10) } : {}),
		step: [
			...products.map((product) => ({
				'@type': 'HowToSection',
				name: `Résilier ${product.designation.lead} ${product.designation.name}`,
				url: `${page.url}#${product.anchor}`,
				itemListElement: planSteps(planFor(product, 'resilier')),
			})),
			{
				'@type': 'HowToSection',
				name: cancel.title,
				url: `${page.url}#${cancel.anchor}`,
				itemListElement: cancellationSteps.map((step, index) => ({
					'@type': 'HowToStep',
					position: index + 1,
					text: stepText(step),
				})),
			},
		],
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
