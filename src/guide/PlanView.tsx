import { commonLinks } from '../catalogue/links.ts';
import type { Plan } from '../catalogue/plan.ts';
import type { Product } from '../catalogue/schema.ts';
import { ProcedureSteps } from './ProcedureSteps';
import { RichTextView } from './RichTextView';

function ProductName({ product }: { product: Product }) {
	const { name } = product.designation;
	return product.productUrl ? <a href={product.productUrl}>{name}</a> : <strong>{name}</strong>;
}

const verb = { resilier: 'résilier', annuler: 'annuler la résiliation de' } as const;

/** One product's procedure for one action (see `planFor`): intro, guide, notes, steps. */
export function PlanView({ plan, product }: { plan: Plan; product: Product }) {
	const { lead } = product.designation;
	return (
		<>
			{plan.intro === 'standard' ? (
				<p>
					Pour {verb[plan.action]} {lead} <ProductName product={product} /> depuis votre{' '}
					<a href={commonLinks.controlPanel}>espace client OVHcloud</a>&nbsp;:
				</p>
			) : null}
			{plan.intro === 'guide' && plan.guide ? (
				<>
					<p>
						Pour résilier {lead} <ProductName product={product} />, suivez les instructions de ce{' '}
						<a href={plan.guide.url}>guide</a>.
					</p>
					{plan.guide.parts.length > 0 ? (
						<ul>
							{plan.guide.parts.map((part) => (
								<li>
									<a href={part.url}>{part.label}</a>
								</li>
							))}
						</ul>
					) : null}
				</>
			) : null}
			{plan.notes.map((note) => (
				<p>
					<RichTextView text={note} />
				</p>
			))}
			{plan.steps.length > 0 ? (
				<ProcedureSteps
					steps={plan.steps}
					illustrate={{ action: plan.action, service: product.label }}
				/>
			) : null}
		</>
	);
}
