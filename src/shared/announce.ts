/**
 * Says a message through a live region (`role="status"`). Emptied first, then filled on the next
 * frame: the same message twice in a row is announced again.
 */
export function announce(status: HTMLElement | null, message: string): void {
	if (!status) return;
	status.textContent = '';
	requestAnimationFrame(() => {
		status.textContent = message;
	});
}
