/**
 * Before the island runs, the assistant keeps the space of its first question. A link with a
 * query opens it further on: at the product list, the checklist or an outcome, all taller than
 * the screen, its root is marked so that the placeholder takes the screen's height instead; at one
 * of the short questions about the conditions, it keeps the first question's space. Only when the
 * reader arrives at the assistant (or at the top of the page): arrived at another section, the
 * browser has already scrolled there, and the assistant above it must not grow. Runs with the
 * page, so it stays tiny: the products that ask about the conditions are listed on the root.
 */
export function markDeepLink(document: Document, search: string, hash: string): void {
	const params = new URLSearchParams(search);
	if (!params.has('action')) return;
	if (hash !== '' && hash !== '#assistant') return;
	const root = document.querySelector<HTMLElement>('.as-root[data-assistant-step="sans-js"]');
	if (!root) return;
	const asking = (root.dataset.asksConditions ?? '').split(' ');
	if (opensAQuestionAboutConditions(params, asking)) return;
	root.dataset.deepLink = '';
}

function opensAQuestionAboutConditions(params: URLSearchParams, asking: readonly string[]) {
	const produit = params.get('produit');
	if (params.get('action') !== 'resilier' || !produit || !asking.includes(produit)) return false;
	const contact = params.get('contact');
	return contact === null || (contact === 'oui' && !params.has('situation'));
}
