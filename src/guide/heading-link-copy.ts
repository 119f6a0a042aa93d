import { announce } from '../shared/announce.ts';
import { canCopy, copyText } from '../shared/clipboard.ts';

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
		if (!link || !canCopy()) return;
		const url = new URL(link.getAttribute('href') ?? '', location.href).href;
		copyText(url).then(
			() => announce(status, 'Lien copié'),
			() =>
				announce(status, 'Impossible de copier le lien : copiez l’adresse de la barre d’adresse.'),
		);
	});
}
