import { isSingleProductUniverse, productsOf, universes } from '../catalogue/index';

/** The list of universes and products, each a link to its section of the guide. */
export function ProductIndex({ base = '' }: { base?: string }) {
	return (
		<ul class="product-index">
			{universes.map((universe, index) => (
				<li>
					<a href={`${base}#${universe.anchor}`}>
						Univers {index + 1} : {universe.label}
					</a>
					{isSingleProductUniverse(universe) ? null : (
						<ul>
							{productsOf(universe).map((product) => (
								<li>
									<a href={`${base}#${product.anchor}`}>{product.label}</a>
								</li>
							))}
						</ul>
					)}
				</li>
			))}
		</ul>
	);
}
