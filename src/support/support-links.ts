import { matchesEveryWord } from '../catalogue/match.ts';
import { announce } from '../shared/announce.ts';
import { canCopy, copyText } from '../shared/clipboard.ts';

/**
 * The agents' page (`liens-support.mdx`): a filter over the products, a « Copier » button per link
 * and « Copier tous les liens » per product and for the page. The controls are hidden in the HTML
 * and shown here, so that without JavaScript the page is a plain list of links with no control that
 * does nothing. Every address is made absolute here from the address the page is served at (its
 * host and base path): the same build gives right links on any host.
 */

export function productCountMessage(shown: number, total: number, query: string): string {
	if (!query.trim()) return '';
	if (shown === 0) return `Aucun produit ne correspond à «\u00a0${query.trim()}\u00a0».`;
	if (shown === total) return `Les ${total} produits correspondent.`;
	return shown === 1 ? '1 produit correspond.' : `${shown} produits correspondent.`;
}

export type ExportFormat = 'text' | 'markdown';

export interface ExportedLink {
	/** What the link opens, with the entry it belongs to (« VPS — Résilier avec l’assistant »). */
	label: string;
	url: string;
}

export const formatName: Record<ExportFormat, string> = { text: 'texte', markdown: 'Markdown' };

const markdownLinkText = (text: string) => text.replace(/[\\[\]]/g, '\\$&');
const markdownDestination = (url: string) =>
	url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** One line per link: `Label : URL`, or a Markdown list of `[Label](URL)`. */
export function exportLinks(links: readonly ExportedLink[], format: ExportFormat): string {
	const lines = links.map(({ label, url }) =>
		format === 'markdown'
			? `- [${markdownLinkText(label)}](${markdownDestination(url)})`
			: `${label}\u00a0: ${url}`,
	);
	return `${lines.join('\n')}\n`;
}

export function exportMessage(count: number, format: ExportFormat, scope: string): string {
	const links = count === 1 ? '1 lien copié' : `${count} liens copiés`;
	return `${links} en ${formatName[format]}, ${scope}.`;
}

/** The link of a row, made absolute from the page's own address (host and base path). */
function rowLink(row: Element): ExportedLink | undefined {
	const anchor = row.querySelector<HTMLAnchorElement>('a[href]');
	if (!anchor) return undefined;
	return { label: (row as HTMLElement).dataset.exportLabel ?? '', url: anchor.href };
}

/** Shows every address as it will be copied: on the host and base path the page is served at. */
function showServedAddresses(root: ParentNode): void {
	for (const anchor of root.querySelectorAll<HTMLAnchorElement>('[data-link] a[href]')) {
		if (anchor.textContent !== anchor.href) anchor.textContent = anchor.href;
	}
}

function setUpFilter(root: ParentNode): void {
	const form = root.querySelector<HTMLElement>('[data-filter]');
	const input = root.querySelector<HTMLInputElement>('[data-filter-input]');
	const status = root.querySelector<HTMLElement>('[data-filter-status]');
	const items = [...root.querySelectorAll<HTMLElement>('[data-product]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-universe]')];
	if (!form || !input) return;
	const apply = () => {
		let shown = 0;
		for (const item of items) {
			const visible = matchesEveryWord(item.dataset.filterText ?? '', input.value);
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

/** Marks one button as the last one that copied (a visible « Copié » follows it). */
function markCopied(buttons: readonly HTMLButtonElement[], button: HTMLButtonElement): void {
	for (const other of buttons) delete other.dataset.copied;
	button.dataset.copied = '';
}

function setUpCopy(root: ParentNode): void {
	if (!canCopy()) return;
	const status = root.querySelector<HTMLElement>('[data-copy-status]');
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-copy]')];
	const copy = (button: HTMLButtonElement, text: string, message: string) =>
		copyText(text).then(
			() => {
				markCopied(buttons, button);
				announce(status, message);
			},
			() => announce(status, 'Impossible de copier\u00a0: sélectionnez le texte et copiez-le.'),
		);
	for (const button of buttons) {
		button.addEventListener('click', () => {
			const format = button.dataset.copy;
			if (format === 'text' || format === 'markdown') {
				const scope = button.closest<HTMLElement>('[data-entry]');
				const links = [...(scope ?? root).querySelectorAll('[data-link]')].flatMap(
					(row) => rowLink(row) ?? [],
				);
				const what = scope ? `de «\u00a0${scope.dataset.entryTitle ?? ''}\u00a0»` : 'de la page';
				copy(button, exportLinks(links, format), exportMessage(links.length, format, what));
				return;
			}
			const link = rowLink(button.closest('[data-link]') ?? button);
			if (link) copy(button, link.url, `Lien copié\u00a0: ${link.url}`);
		});
	}
	for (const group of root.querySelectorAll<HTMLElement>('[data-copy-controls]')) {
		group.hidden = false;
	}
	for (const button of buttons) button.hidden = false;
}

export function setUpSupportLinks(root: ParentNode): void {
	showServedAddresses(root);
	setUpFilter(root);
	setUpCopy(root);
}
