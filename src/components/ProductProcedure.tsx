import { findProduct } from '../catalogue/index.ts';
import { planFor } from '../catalogue/plan.ts';
import { productSearchText, productTermsWeight, searchTermsProps } from '../search/terms.ts';
import { PlanView } from './PlanView';

/**
 * How to terminate one product, under its heading in the guide (see `planFor`). The empty spans
 * give the search the product's other names and the verbs customers use, weighted like its
 * heading (see `search/terms.ts`).
 */
export function ProductProcedure({ anchor }: { anchor: string }) {
	const product = findProduct(anchor);
	if (!product) throw new Error(`ProductProcedure : produit inconnu « ${anchor} »`);
	return (
		<div class="product-procedure" data-route={product.route}>
			<span data-pagefind-weight={productTermsWeight}>
				<span {...searchTermsProps(productSearchText(product))} />
			</span>
			<PlanView plan={planFor(product, 'resilier')} product={product} />
		</div>
	);
}
