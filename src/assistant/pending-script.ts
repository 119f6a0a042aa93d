/**
 * What must happen before the island runs, and before the page is first painted: the text of a
 * classic inline script that `AssistantSection.astro` writes right after the island, so that it
 * runs while the page is parsed. (As a module script, it ran after the first paint: the
 * placeholder then changed shape on screen, a layout shift the bench measured at 0.057.) Plain
 * JavaScript, no catalogue: it must stay tiny. Its SHA-256 is in the policy: src/security/csp.ts
 * hashes this very text.
 *
 * 1. An agent's link to the assistant ends with the guide's text for that product and action
 *    (`?action=annuler&produit=exchange#annuler-exchange`), so that a reader without JavaScript lands on it.
 *    With JavaScript, the reader is taken to the assistant instead: the fragment is replaced by
 *    `#assistant`, a same-document move the browser scrolls itself. Any other section stays put.
 * 2. The assistant keeps the space of its first question. A link that opens it further on (the
 *    product list, the checklist or an outcome, all taller than the screen) marks its root
 *    (`data-deep-link="tall"`) so that the placeholder takes the screen's height instead; a link
 *    to the contact question draws that question's own shape, with the product's title (the root
 *    carries the titles, `data-contact-titles`); a link to the situation question keeps the first
 *    question's space. Only when the reader arrives at the assistant (or at the top of the page):
 *    arrived at another section, the assistant above it must not grow.
 */
export const pendingScript = `(function () {
	var params = new URLSearchParams(location.search);
	var action = params.get('action');
	var produit = params.get('produit');
	var hash = location.hash;
	if (produit && (action === 'resilier' || action === 'annuler')) {
		var guideText =
			action === 'resilier'
				? hash === '#' + produit
				: hash === '#annuler-' + produit || hash === '#annuler';
		if (guideText) {
			location.replace('#assistant');
			hash = '#assistant';
		}
	}
	if (!params.has('action') || (hash !== '' && hash !== '#assistant')) return;
	var root = document.querySelector('.as-root[data-assistant-step="sans-js"]');
	if (!root) return;
	var titles = {};
	try {
		titles = JSON.parse(root.dataset.contactTitles || '{}') || {};
	} catch (error) {}
	var asks = produit !== null && Object.prototype.hasOwnProperty.call(titles, produit);
	var question = null;
	if (action === 'resilier' && asks) {
		var contact = params.get('contact');
		if (contact === null) question = 'contact';
		else if (contact === 'oui' && !params.has('situation')) question = 'situation';
	}
	if (question === 'contact') {
		var title = root.querySelector('.as-pending-shape--contact .as-title');
		if (title) title.textContent = titles[produit] || '';
		root.dataset.deepLink = 'contact';
	} else if (question === null) root.dataset.deepLink = 'tall';
})();`;
