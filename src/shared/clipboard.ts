/** Copies text to the clipboard; rejects where the browser offers no clipboard (or refuses). */
export function copyText(text: string): Promise<void> {
	if (!navigator.clipboard?.writeText) return Promise.reject(new Error('no clipboard'));
	return navigator.clipboard.writeText(text);
}

/** Whether this browser can copy at all: controls that only copy stay hidden otherwise. */
export function canCopy(): boolean {
	return typeof navigator !== 'undefined' && Boolean(navigator.clipboard?.writeText);
}
