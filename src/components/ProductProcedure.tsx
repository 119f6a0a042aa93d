import { findProduct } from '../catalogue/index.ts';
import { planFor } from '../catalogue/plan.ts';
import { endingSummary } from '../catalogue/rules.ts';
import { productSearchText, productTermsWeight, searchTermsProps } from '../search/terms.ts';
import { PlanView } from './PlanView';
import { RichTextView } from './RichTextView';

/**
 * How to terminate one product, under its heading in the guide (see `planFor`), and how it ends. The empty spans
 * give the search the product's other names and the verbs customers use, weighted like its
 * heading (see `search/terms.ts`).
 */
export function ProductProcedure({ anchor }: { anchor: string }) {
	const product = findProduct(anchor);
	if (!product) throw new Error(`ProductProcedure : produit inconnu « ${anchor} »`);
	return (
		<div class="product-procedure" data-ending={product.ending.kind}>
			<span data-pagefind-weight={productTermsWeight}>
				<span {...searchTermsProps(productSearchText(product))} />
			</span>
			<PlanView plan={planFor(product, 'resilier')} product={product} />
			<p class="product-ending">
				<RichTextView text={endingSummary(product.ending)} />
			</p>
		</div>
	);
}
