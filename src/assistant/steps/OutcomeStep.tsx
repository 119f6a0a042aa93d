import { type Action, planFor } from '../../catalogue/plan.ts';
import type { Product } from '../../catalogue/schema.ts';
import { PlanView } from '../../components/PlanView';
import type { FlowState } from '../flow.ts';
import { AnswersSummary } from './AnswersSummary';
import { DeadlineForm } from './DeadlineForm';

export interface OutcomeProps {
	state: FlowState;
	action: Action;
	product: Product;
	/** The link that reopens a question, answers kept, and what following it does. */
	editHref: (step: 'action' | 'produit' | 'verification') => string;
	onEdit: (step: 'action' | 'produit' | 'verification') => void;
	onRestart: () => void;
	/** Says something in the assistant's polite live region. */
	announce: (message: string) => void;
}

/**
 * The outcome, below its heading (which the assistant renders, so that it keeps the focus while
 * this module loads): the product's procedure for this action, its section of the guide, the
 * deadline, « Vos réponses » and the buttons. Loaded on demand (see `load-outcome.ts`).
 */
export function OutcomeStep({
	state,
	action,
	product,
	editHref,
	onEdit,
	onRestart,
	announce,
}: OutcomeProps) {
	const plan = planFor(product, action);
	const copyLink = () => {
		const failed = () =>
			announce('Impossible de copier le lien\u00a0: copiez l’adresse de la page.');
		if (!navigator.clipboard) failed();
		else navigator.clipboard.writeText(location.href).then(() => announce('Lien copié'), failed);
	};
	return (
		<>
			<div class="as-plan">
				<PlanView plan={plan} product={product} />
			</div>
			<p>
				<a href={`#${product.anchor}`}>Voir la section «&nbsp;{product.label}&nbsp;» du guide</a>
			</p>
			<DeadlineForm action={action} />
			<AnswersSummary
				state={state}
				productLabel={product.label}
				editHref={editHref}
				onEdit={onEdit}
			/>
			<div class="as-actions">
				<button type="button" class="as-button" onClick={onRestart}>
					Recommencer
				</button>
				<button type="button" class="as-button" onClick={copyLink}>
					Copier le lien
				</button>
				<button type="button" class="as-button" onClick={printAnswers}>
					Imprimer
				</button>
			</div>
			<p class="as-print-url">Adresse de cette page&nbsp;: {location.href}</p>
		</>
	);
}

/** Prints the assistant's outcome only (see the print rules in assistant.css). */
function printAnswers() {
	const root = document.documentElement;
	root.dataset.print = 'assistant';
	const done = () => {
		delete root.dataset.print;
		removeEventListener('afterprint', done);
	};
	addEventListener('afterprint', done);
	print();
}
