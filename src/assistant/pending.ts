/**
 * Before the island runs, the assistant keeps the space of its first question. A link with a
 * query opens it further on, at a step that is taller than the screen: its root is marked so that
 * the placeholder takes the screen's height instead. Only when the reader arrives at the assistant
 * (or at the top of the page): arrived at another section, the browser has already scrolled there,
 * and the assistant above it must not grow. Runs with the page, so it stays tiny.
 */
export function markDeepLink(document: Document, search: string, hash: string): void {
	if (!new URLSearchParams(search).has('action')) return;
	if (hash !== '' && hash !== '#assistant') return;
	const root = document.querySelector<HTMLElement>('.as-root[data-assistant-step="sans-js"]');
	if (root) root.dataset.deepLink = '';
}
