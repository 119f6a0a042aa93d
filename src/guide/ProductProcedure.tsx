import { findProduct } from '../catalogue/index.ts';
import { planFor } from '../catalogue/plan.ts';
import { endingSummary } from '../catalogue/rules.ts';
import { PlanView } from './PlanView';
import { RichTextView } from './RichTextView';

/**
 * How to terminate one product, under its heading in the guide (see `planFor`), and how it ends.
 * The search finds it by the product's other names too: they are given to the index only
 * (`search/page-for-index.ts`).
 */
export function ProductProcedure({ anchor }: { anchor: string }) {
	const product = findProduct(anchor);
	if (!product) throw new Error(`ProductProcedure : produit inconnu « ${anchor} »`);
	return (
		<div class="product-procedure" data-ending={product.ending.kind}>
			<PlanView plan={planFor(product, 'resilier')} product={product} />
			<p class="product-ending">
				<RichTextView text={endingSummary(product.ending)} />
			</p>
		</div>
	);
}
