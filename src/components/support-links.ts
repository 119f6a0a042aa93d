import { fold } from '../assistant/filter.ts';

/**
 * The agents' page (`SupportLinks.astro`): a filter over the products and a « Copier » button per
 * link. Both are hidden in the HTML and shown here, so that without JavaScript the page is a plain
 * list of links with no control that does nothing.
 */

function announce(status: HTMLElement | null, message: string): void {
	if (!status) return;
	// Clearing first makes the same message be announced again.
	status.textContent = '';
	requestAnimationFrame(() => {
		status.textContent = message;
	});
}

export function productCountMessage(shown: number, total: number, query: string): string {
	if (!query.trim()) return '';
	if (shown === 0) return `Aucun produit ne correspond à «\u00a0${query.trim()}\u00a0».`;
	if (shown === total) return `Les ${total} produits correspondent.`;
	return shown === 1 ? '1 produit correspond.' : `${shown} produits correspondent.`;
}

/** Every word of the query appears in the text (both folded: no accents, no case). */
export function matches(text: string, query: string): boolean {
	const haystack = fold(text);
	return fold(query)
		.split(' ')
		.filter(Boolean)
		.every((word) => haystack.includes(word));
}

function setUpFilter(root: HTMLElement): void {
	const form = root.querySelector<HTMLElement>('[data-filter]');
	const input = root.querySelector<HTMLInputElement>('[data-filter-input]');
	const status = root.querySelector<HTMLElement>('[data-filter-status]');
	const items = [...root.querySelectorAll<HTMLElement>('[data-product]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-universe]')];
	if (!form || !input) return;
	const apply = () => {
		let shown = 0;
		for (const item of items) {
			const visible = matches(item.dataset.filterText ?? '', input.value);
			item.hidden = !visible;
			if (visible) shown++;
		}
		for (const group of groups) {
			group.hidden = !group.querySelector('[data-product]:not([hidden])');
		}
		if (status) status.textContent = productCountMessage(shown, items.length, input.value);
	};
	input.addEventListener('input', apply);
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && input.value) {
			input.value = '';
			apply();
		}
	});
	form.hidden = false;
	// A value the browser restored (back navigation) filters at once.
	if (input.value) apply();
}

function setUpCopy(root: HTMLElement): void {
	if (!navigator.clipboard?.writeText) return;
	const status = root.querySelector<HTMLElement>('[data-copy-status]');
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-copy]')];
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', () => {
			const url = button.dataset.copy ?? '';
			navigator.clipboard.writeText(url).then(
				() => {
					for (const other of buttons) delete other.dataset.copied;
					button.dataset.copied = '';
					announce(status, `Lien copié\u00a0: ${url}`);
				},
				() => announce(status, 'Impossible de copier le lien\u00a0: sélectionnez-le et copiez-le.'),
			);
		});
	}
}

export function setUpSupportLinks(root: HTMLElement): void {
	setUpFilter(root);
	setUpCopy(root);
}
