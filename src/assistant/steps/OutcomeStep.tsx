import type { ComponentChildren } from 'preact';
import { type Action, planFor } from '../../catalogue/plan.ts';
import type { Product } from '../../catalogue/schema.ts';
import { PlanView } from '../../components/PlanView';
import { DeadlineForm } from './DeadlineForm';

interface Props {
	action: Action;
	product: Product;
	heading: ComponentChildren;
	/** « Vos réponses » and the buttons. */
	children: ComponentChildren;
}

/** The outcome: the product's procedure for this action, its section of the guide, the deadline. */
export function OutcomeStep({ action, product, heading, children }: Props) {
	const plan = planFor(product, action);
	return (
		<div class="as-outcome">
			{heading}
			<div class="as-plan">
				<PlanView plan={plan} product={product} />
			</div>
			<p>
				<a href={`#${product.anchor}`}>Voir la section «&nbsp;{product.label}&nbsp;» du guide</a>
			</p>
			<DeadlineForm action={action} />
			{children}
		</div>
	);
}
