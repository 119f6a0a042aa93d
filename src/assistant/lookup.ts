import { checksFor } from '../catalogue/ending.ts';
import { resolveProductIn } from '../catalogue/queries.ts';
import type { Product } from '../catalogue/schema.ts';
import { isVerified } from './session.ts';
import type { CatalogueLookup } from './url.ts';

/** The catalogue as the island reads a URL: a product by anchor or alias, its boxes ticked in this tab. */
export function islandLookup(products: readonly Product[]): CatalogueLookup {
	return {
		resolveProduct: (value) => resolveProductIn(products, value),
		isVerified: (produit) => {
			const ending = resolveProductIn(products, produit)?.ending;
			return ending !== undefined && isVerified(produit, checksFor(ending));
		},
	};
}
