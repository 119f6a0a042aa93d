import { stepOrder } from '../assistant/flow.ts';
import { type Action, actionsFor } from '../catalogue/ending.ts';
import { type AnchorContractEntry, anchorContract, products } from '../catalogue/index.ts';
import { assistantHref, guidePath, legacyGuideRoutes, sectionHref } from '../routes.ts';
import { actionLabel } from './entries.ts';

/**
 * The links contract: every anchor, alias and assistant link of the guide with its French label,
 * generated from the catalogue. The site serves it as `…/how-to-cancel-your-services/liens.json`
 * (`src/pages/billing/how-to-cancel-your-services/liens.json.ts`) and `npm run check-links`
 * checks texts against it. Addresses are paths on the site (base path included): resolve them
 * against the address the file was read from.
 */
export interface LinkContract {
	/** The guide's path. */
	guide: string;
	/** Older paths of the guide, below the base path: they only redirect, give the guide's instead. */
	legacyPaths: readonly string[];
	anchors: ReadonlyArray<
		Omit<AnchorContractEntry, 'heading'> & {
			/** The heading it lands on. */
			label: string;
			href: string;
		}
	>;
	assistant: ReadonlyArray<{
		action: Action;
		product: string;
		label: string;
		href: string;
	}>;
	/** The values of the assistant's `etape` parameter. */
	assistantSteps: readonly string[];
}

export function linkContract(): LinkContract {
	return {
		guide: guidePath,
		legacyPaths: legacyGuideRoutes,
		anchors: anchorContract().map(({ heading, ...entry }) => ({
			...entry,
			label: heading,
			href: sectionHref(entry.anchor),
		})),
		assistant: products.flatMap((product) =>
			actionsFor(product).map((action) => ({
				action,
				product: product.anchor,
				label: `${product.label} — ${actionLabel[action]}`,
				href: assistantHref(action, product.anchor),
			})),
		),
		assistantSteps: stepOrder,
	};
}
