import { findProduct } from '../catalogue/index.ts';
import { planFor } from '../catalogue/plan.ts';
import { PlanView } from './PlanView';

/**
 * How to terminate one product, under its heading in the guide (see `planFor`). The search finds
 * it by the product's other names too: they are given to the index only (`search/index-html.ts`).
 */
export function ProductProcedure({ anchor }: { anchor: string }) {
	const product = findProduct(anchor);
	if (!product) throw new Error(`ProductProcedure : produit inconnu « ${anchor} »`);
	return (
		<div class="product-procedure" data-route={product.route}>
			<PlanView plan={planFor(product, 'resilier')} product={product} />
		</div>
	);
}
