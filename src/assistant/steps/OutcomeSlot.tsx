import type { ComponentChildren } from 'preact';
import type { Product } from '../../catalogue/schema.ts';
import type { OutcomeComponent } from '../load-outcome.ts';
import type { OutcomeProps } from './OutcomeStep';

interface Props extends OutcomeProps {
	heading: ComponentChildren;
	/** The outcome step's code: `null` while it loads, `'failed'` if it could not be loaded. */
	Outcome: OutcomeComponent | 'failed' | null;
}

/**
 * The outcome's heading, rendered here so that it keeps the focus while the outcome's code loads,
 * then the outcome; meanwhile, or if it fails to load, a link to the product's section of the guide.
 */
export function OutcomeSlot({ heading, Outcome, ...outcome }: Props) {
	return (
		<div class="as-outcome">
			{heading}
			{typeof Outcome === 'function' ? (
				<Outcome {...outcome} />
			) : (
				<Waiting failed={Outcome === 'failed'} product={outcome.product} />
			)}
		</div>
	);
}

function Waiting({ failed, product }: { failed: boolean; product: Product }) {
	return (
		<p class={failed ? undefined : 'as-pending as-pending--outcome'}>
			{failed
				? 'La procédure n’a pas pu être chargée. Elle figure dans la section du guide\u00a0: '
				: 'Chargement de la procédure… '}
			<a href={`#${product.anchor}`}>Voir la section «&nbsp;{product.label}&nbsp;» du guide</a>
		</p>
	);
}
