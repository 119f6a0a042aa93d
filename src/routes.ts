import { nextStep, type ProductLookup } from './assistant/flow.ts';
import { encodeQuery } from './assistant/url.ts';
import { type Action, guideAnchorFor } from './catalogue/ending.ts';
import { findProduct } from './catalogue/index.ts';

/**
 * Every path and link of the site, in one place: pages, the 404 and the redirect page, the agents'
 * page, `liens.json` and the search all take theirs from here. They are paths on the host, base
 * path included (`npm run build:base` builds the site below `/aide/`), so that a page makes them
 * absolute with the address it is served at. Anchors and addresses are a public contract: the
 * guide's anchors come from the catalogue (`anchors.json`), never from here.
 */

/** `/`, or `/aide/` for `--base /aide/` (Astro gives it with or without its trailing slash). */
export function withTrailingSlash(path: string): string {
	return path.replace(/\/?$/, '/');
}

/** The site's base path, with its trailing slash (outside Vite, as in `npm run check-links`: `/`). */
export const base = withTrailingSlash(import.meta.env?.BASE_URL ?? '/');

/** The guide's path below the base: its anchors and the assistant's links hang from it. */
export const guideRoute = 'billing/how-to-cancel-your-services/';

/** The guide's path: the 404 and the redirect page lead there. */
export const guidePath = `${base}${guideRoute}`;

/** The guide's old French path (as on docs.ovh.com), below the base path: it only redirects. */
export const legacyGuideRoutes = [`fr/${guideRoute}`] as const;

/** The site's icon, for the pages Starlight does not draw (the redirect page). */
export const faviconHref = `${base}favicon.svg`;

/** A section, universe, product or rule of the guide by its anchor. */
export function sectionHref(anchor: string): string {
	return `${guidePath}#${anchor}`;
}

/** The assistant opened on a state its own encoder wrote (`?action=…&produit=…`, or `''`). */
export function assistantQueryHref(query: string): string {
	return `${guidePath}${query}#assistant`;
}

const productOf: ProductLookup = findProduct;

/**
 * `/billing/…/?action=resilier&produit=vps#vps`: the assistant opened on a product, its query
 * written by the assistant's own encoder (`encodeQuery`), so that it reads it back as the state
 * these two answers lead to. The fragment is where the guide says the same thing
 * (`guideAnchorFor`): a reader without JavaScript lands there, and with JavaScript the page moves
 * to the assistant (`src/assistant/pending-script.ts`). A product the catalogue does not know gets
 * `#assistant`; links ending with `#assistant`, published before, keep working.
 */
export function assistantHref(action: Action, product: string): string {
	const answers = { action, produit: product };
	const query = encodeQuery({ step: nextStep(answers, productOf), answers }, productOf);
	const known = findProduct(product);
	return `${guidePath}${query}#${known ? guideAnchorFor(action, known) : 'assistant'}`;
}
