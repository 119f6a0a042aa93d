import { consequenceText } from '../catalogue/consequences';
import { commonLinks, findProduct, type Product } from '../catalogue/index';
import { terminationSteps } from '../catalogue/procedures';
import { ProcedureSteps } from './ProcedureSteps';

function ProductName({ product }: { product: Product }) {
	const { name } = product.designation;
	return product.productUrl ? <a href={product.productUrl}>{name}</a> : <strong>{name}</strong>;
}

/** How to terminate one product: its route, steps or guide, notes and what the reader loses. */
export function ProductProcedure({ anchor }: { anchor: string }) {
	const product = findProduct(anchor);
	if (!product) throw new Error(`ProductProcedure : produit inconnu « ${anchor} »`);
	const consequence = consequenceText[product.consequence];
	return (
		<div class="product-procedure" data-route={product.route}>
			{product.route === 'standard' ? (
				<>
					<p>
						Pour résilier {product.designation.lead} <ProductName product={product} /> depuis votre{' '}
						<a href={commonLinks.controlPanel}>espace client OVHcloud</a> :
					</p>
					<ProcedureSteps
						steps={terminationSteps}
						illustrate={{ action: 'resilier', service: product.label }}
					/>
				</>
			) : null}
			{product.route === 'guide' && product.guide ? (
				<>
					<p>
						Pour résilier {product.designation.lead} <ProductName product={product} />, suivez les
						instructions de ce <a href={product.guide.url}>guide</a>.
					</p>
					{product.guide.parts.length > 0 ? (
						<ul>
							{product.guide.parts.map((part) => (
								<li>
									<a href={part.url}>{part.label}</a>
								</li>
							))}
						</ul>
					) : null}
				</>
			) : null}
			{product.notes.map((note) => (
				<p>{note}</p>
			))}
			{consequence ? <p class="product-consequence">{consequence}</p> : null}
		</div>
	);
}
