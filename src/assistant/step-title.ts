import type { Product } from '../catalogue/schema.ts';
import type { FlowState } from './flow.ts';
import { questions } from './questions.ts';

/** The heading of a step, which also goes into the page title. */
export function stepTitle(state: FlowState, product: Product | undefined): string {
	switch (state.step) {
		case 'action':
		case 'produit':
		case 'contact':
		case 'situation':
			return questions[state.step].title(product);
		case 'verification':
			return 'Avant de résilier, vérifiez ces points';
		case 'resultat':
			return state.answers.action === 'annuler'
				? `Annuler la résiliation\u00a0: ${product?.label ?? ''}`
				: `Résilier\u00a0: ${product?.label ?? ''}`;
	}
}
