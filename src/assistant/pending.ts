/**
 * What must happen before the island runs, with the page (so it stays tiny: no catalogue here).
 *
 * 1. An agent's link to the assistant ends with the guide's text for that product and action
 *    (`?action=annuler&produit=sms#annuler-sms`), so that a reader without JavaScript lands on it.
 *    With JavaScript, the reader is taken to the assistant instead: the fragment is replaced by
 *    `#assistant`, a same-document move the browser scrolls itself. Any other section stays put.
 * 2. The assistant keeps the space of its first question. A link that opens it further on (the
 *    product list, the checklist or an outcome, all taller than the screen) marks its root so that
 *    the placeholder takes the screen's height instead; a link to one of the short questions about
 *    the conditions keeps the first question's space. Only when the reader arrives at the assistant
 *    (or at the top of the page): arrived at another section, the assistant above it must not grow.
 *    The contact question's title for each product that asks it is on the root.
 */
export function openAssistantFromItsLink(location: Location): string {
	const params = new URLSearchParams(location.search);
	if (!isAssistantTextFor(params, location.hash)) return location.hash;
	location.replace('#assistant');
	return '#assistant';
}

/** The fragment is the guide's text for the action and product the query names. */
function isAssistantTextFor(params: URLSearchParams, hash: string): boolean {
	const action = params.get('action');
	const produit = params.get('produit');
	if (!produit || (action !== 'resilier' && action !== 'annuler')) return false;
	if (action === 'resilier') return hash === `#${produit}`;
	return hash === `#annuler-${produit}` || hash === '#annuler';
}

export function markDeepLink(document: Document, search: string, hash: string): void {
	const params = new URLSearchParams(search);
	if (!params.has('action')) return;
	if (hash !== '' && hash !== '#assistant') return;
	const root = document.querySelector<HTMLElement>('.as-root[data-assistant-step="sans-js"]');
	if (!root) return;
	const titles = contactTitles(root);
	const question = questionAboutConditions(params, titles);
	// The contact question has a shape of its own, drawn hidden, given the product's title; the
	// situation one (a link that answers the contact, not the situation) keeps the first's space.
	if (question === 'contact') {
		const title = root.querySelector('.as-pending-shape--contact .as-title');
		if (title) title.textContent = titles[params.get('produit') ?? ''] ?? '';
		root.dataset.deepLink = 'contact';
	} else if (question === null) root.dataset.deepLink = 'tall';
}

function contactTitles(root: HTMLElement): Record<string, string> {
	try {
		const parsed: unknown = JSON.parse(root.dataset.contactTitles ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
	} catch {
		return {};
	}
}

function questionAboutConditions(params: URLSearchParams, titles: Record<string, string>) {
	const produit = params.get('produit');
	const asks = produit !== null && Object.hasOwn(titles, produit);
	if (params.get('action') !== 'resilier' || !asks) return null;
	const contact = params.get('contact');
	if (contact === null) return 'contact';
	return contact === 'oui' && !params.has('situation') ? 'situation' : null;
}
