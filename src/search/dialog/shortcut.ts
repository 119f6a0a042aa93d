/** The search's keyboard shortcuts, apart so that they can be unit-tested. */

export type ShortcutEvent = Pick<
	KeyboardEvent,
	'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'target'
>;

function isEditable(target: EventTarget | null): boolean {
	if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * What a key press does to the search: Ctrl+K or ⌘K toggles it (as in Starlight, and also with
 * Shift or Caps Lock); `/` opens it, unless the reader is typing somewhere or the dialog is open.
 */
export function searchShortcut(
	event: ShortcutEvent,
	dialogOpen: boolean,
): 'toggle' | 'open' | null {
	if (event.isComposing) return null;
	if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') return 'toggle';
	const plain = !event.metaKey && !event.ctrlKey && !event.altKey;
	if (plain && event.key === '/' && !dialogOpen && !isEditable(event.target)) return 'open';
	return null;
}
