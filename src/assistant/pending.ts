/**
 * Before the island runs, the assistant keeps the space of its first question. A link with a
 * query opens it further on, at a step that is taller than the screen: its root is marked so that
 * the placeholder takes the screen's height instead. Runs with the page, so it stays tiny.
 */
export function markDeepLink(document: Document, search: string): void {
	if (!new URLSearchParams(search).has('action')) return;
	const root = document.querySelector<HTMLElement>('.as-root[data-assistant-step="sans-js"]');
	if (root) root.dataset.deepLink = '';
}
