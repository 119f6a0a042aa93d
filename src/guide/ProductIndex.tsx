import { isSingleProductUniverseIn, productsIn } from '../catalogue/queries.ts';
import type { Product, Universe } from '../catalogue/schema.ts';

interface Props {
	universes: readonly Universe[];
	products: readonly Product[];
}

/** The list of universes and products, each a link to its section of the guide. */
export function ProductIndex({ universes, products }: Props) {
	return (
		<ul class="product-index">
			{universes.map((universe, index) => (
				<li>
					<a href={`#${universe.anchor}`}>
						Univers {index + 1}&nbsp;: {universe.label}
					</a>
					{isSingleProductUniverseIn(products, universe) ? null : (
						<ul>
							{productsIn(products, universe).map((product) => (
								<li>
									<a href={`#${product.anchor}`}>{product.label}</a>
								</li>
							))}
						</ul>
					)}
				</li>
			))}
		</ul>
	);
}
