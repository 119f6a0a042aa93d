/**
 * The `<site-search>` element of `SiteSearch.astro`: opens the dialog at once and loads Pagefind's UI
 * (`search-ui.ts`, a separate chunk with its CSS) the first time it is needed.
 */

// As a URL, not an import: Astro would link an imported stylesheet from every page.
import stylesheet from './search-results.css?url';
import { searchShortcut } from './shortcut';

/** Adds the search's stylesheet to the page once, resolving when it applies. */
function loadStylesheet(): Promise<void> {
	const href = new URL(stylesheet, document.baseURI).href;
	const existing = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find(
		(link) => link.href === href,
	);
	if (existing) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const loaded = new Promise<void>((resolve, reject) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => reject(new Error(`stylesheet ${href}`)), { once: true });
	});
	document.head.append(link);
	return loaded;
}

/** Runs `task` when the browser is idle (at the latest after a second); on the next task where
 * there is no idle callback (Safari). */
function whenIdle(task: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1000 });
	else setTimeout(task, 0);
}

class SiteSearch extends HTMLElement {
	#loading: Promise<void> | undefined;

	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
		const dialog = this.querySelector('dialog');
		const dialogFrame = this.querySelector('.dialog-frame');
		if (!openBtn || !closeBtn || !dialog || !dialogFrame) return;

		// Starlight's shortcut hint says Ctrl; Apple devices use ⌘.
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			const platformKey = this.querySelector('[data-platform-key]');
			if (platformKey) platformKey.textContent = '⌘';
			openBtn.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}

		/** What had the focus when the dialog opened (the button, or the page's element). */
		let opener: HTMLElement = openBtn;
		/** Cleared when a result is followed: the focus then belongs to the section it opens. */
		let giveFocusBack = true;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (
				isLink ||
				(document.body.contains(event.target as Node) &&
					!dialogFrame.contains(event.target as Node))
			) {
				giveFocusBack = !isLink;
				closeModal();
			}
		};

		const openModal = (event?: Event) => {
			const focused = document.activeElement;
			opener = focused instanceof HTMLElement && focused !== document.body ? focused : openBtn;
			giveFocusBack = true;
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector<HTMLInputElement>(
				'#starlight__search input, [data-search-pending-input]',
			)?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			void this.load();
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		// Pointing at or focusing the button is a good sign the reader will search: start loading,
		// once the browser is idle, so that the click that usually follows is not kept waiting
		// behind it (the bench measured the first opening's input delay, issue 15).
		const warmUp = () => whenIdle(() => void this.load());
		for (const type of ['pointerenter', 'focus', 'touchstart'])
			openBtn.addEventListener(type, warmUp, { once: true, passive: true });

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
			// Escape, « Annuler » or a click outside: the focus goes back to what opened the dialog
			// (a modal <dialog> does so in most engines, but not once Pagefind's Escape has blurred
			// its field, and never to the button when Ctrl+K opened it).
			if (giveFocusBack && opener.isConnected) opener.focus();
		});

		window.addEventListener('keydown', (event) => {
			const action = searchShortcut(event, dialog.open);
			if (!action) return;
			event.preventDefault();
			if (action === 'toggle' && dialog.open) closeModal();
			else openModal();
		});
	}

	/** Loads Pagefind's UI once; a failed load (offline) can be retried by opening the search again. */
	load(): Promise<void> {
		this.#loading ??= this.#mount().catch(() => {
			this.#loading = undefined;
			this.#setStatus(this.dataset.failed ?? '');
		});
		return this.#loading;
	}

	async #mount(): Promise<void> {
		const pendingTimer = setTimeout(() => this.#setStatus(this.dataset.loading ?? ''), 400);
		try {
			const [{ mountSearch }] = await Promise.all([import('./search-ui'), loadStylesheet()]);
			const element = this.querySelector<HTMLElement>('#starlight__search');
			const suggestionBox = this.querySelector<HTMLElement>('[data-search-suggestion]');
			const status = this.querySelector<HTMLElement>('[data-search-status]');
			if (!element || !suggestionBox || !status) return;
			const ui = mountSearch(element, {
				translations: parseJson(this.dataset.translations, {}),
				searchVerbs: parseJson(this.dataset.searchVerbs, []),
				stripTrailingSlash: this.dataset.stripTrailingSlash !== undefined,
				didYouMean: this.dataset.didYouMean ?? '',
				guidePath: this.dataset.guidePath ?? '/',
				suggestionBox,
				status,
			});
			this.#handOver(element, ui);
		} finally {
			clearTimeout(pendingTimer);
		}
	}

	/** Replaces the waiting field with Pagefind's, keeping what was typed, the caret and the focus. */
	#handOver(element: HTMLElement, ui: { triggerSearch(term: string): void }): void {
		const pending = this.querySelector<HTMLElement>('[data-search-pending]');
		const typed = this.querySelector<HTMLInputElement>('[data-search-pending-input]');
		const input = element.querySelector<HTMLInputElement>('input');
		if (!pending || !typed || !input) return;
		const hadFocus = document.activeElement === typed;
		if (typed.value) ui.triggerSearch(typed.value);
		pending.remove();
		if (hadFocus) {
			input.focus();
			input.setSelectionRange(input.value.length, input.value.length);
		}
	}

	#setStatus(message: string): void {
		const status = this.querySelector('[data-search-pending-status]');
		if (status) status.textContent = message;
	}
}

export function defineSiteSearch(): void {
	if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}

/** A JSON data attribute written by SiteSearch.astro, or `fallback` when it is missing or broken. */
function parseJson<T>(text: string | undefined, fallback: T): T {
	try {
		return text ? (JSON.parse(text) as T) : fallback;
	} catch {
		return fallback;
	}
}
