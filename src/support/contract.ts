import { stepOrder } from '../assistant/flow.ts';
import { type AnchorContractEntry, anchorContract, products } from '../catalogue/index.ts';
import {
	type AssistantAction,
	actionLabel,
	assistantActionsFor,
	assistantHref,
	guidePath,
	guideRoute,
	sectionHref,
} from '../components/support-links-data.ts';

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
		action: AssistantAction;
		product: string;
		label: string;
		href: string;
	}>;
	/** The values of the assistant's `etape` parameter. */
	assistantSteps: readonly string[];
}

/** The guide's old French path (as on docs.ovh.com), below the base path. */
export const legacyGuideRoutes = [`fr/${guideRoute}`] as const;

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
			assistantActionsFor(product).map((action) => ({
				action,
				product: product.anchor,
				label: `${product.label} — ${actionLabel[action]}`,
				href: assistantHref(action, product.anchor),
			})),
		),
		assistantSteps: stepOrder,
	};
}
