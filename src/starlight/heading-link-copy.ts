/**
 * One click on a heading's link (`a.sl-anchor-link`) copies the section's full address and says
 * « Lien copié » to screen readers; the address bar follows as with a plain anchor link.
 */
export function copyHeadingLinks(root: Document): void {
	const status = root.querySelector<HTMLElement>('[data-heading-link-status]');
	root.addEventListener('click', (event) => {
		const target = event.target;
		if (!(target instanceof Element)) return;
		const link = target.closest<HTMLAnchorElement>('a.sl-anchor-link');
		if (!link || !navigator.clipboard) return;
		const url = new URL(link.getAttribute('href') ?? '', location.href).href;
		navigator.clipboard.writeText(url).then(
			() => announce(status, 'Lien copié'),
			() =>
				announce(status, 'Impossible de copier le lien : copiez l’adresse de la barre d’adresse.'),
		);
	});
}

function announce(status: HTMLElement | null, message: string): void {
	if (!status) return;
	// Clearing first makes a repeated message be announced again.
	status.textContent = '';
	requestAnimationFrame(() => {
		status.textContent = message;
	});
}
