import type { Page } from '@playwright/test';

/** Click → next step rendered, in milliseconds, over many clicks. */
export interface Latency {
	samples: number;
	medianMs: number;
	worstMs: number;
	/** The same figures by kind of step change: `continuer → produit`, `back → action`… */
	byKind?: Record<string, Figures>;
	/** Click → the end of that frame's rendering work (style, layout, paint): median and worst. */
	painted?: Figures;
	/**
	 * The page's first arrival at the outcome (its code is loaded on demand): click → first frame
	 * with the step's heading, and with its procedure; whether « Chargement… » was drawn between.
	 * Also counted above, in `continuer → resultat`.
	 */
	firstOutcome?: { headingMs: number; contentMs: number; placeholderShown: boolean };
}

export interface Figures {
	samples: number;
	medianMs: number;
	worstMs: number;
}

/** One step change, measured in the page; times in ms from the click (or the `history.back()`). */
export interface Sample {
	/** The move and the step reached: `continuer → verification`, `back → produit`… */
	kind: string;
	/** `performance.now()` at the click (or the call), to find the step change in a trace. */
	startedAt: number;
	/** The new step in the DOM: root attribute, heading and content (the MutationObserver). */
	domMs: number;
	/** `performance.now()` in the first animation frame callback after `domMs`. */
	ms: number;
	/** The end of that frame's rendering work: a message posted from the frame callback. */
	paintedMs: number;
	/** The same as `ms` for the step's heading alone (before the outcome's content, if it loads). */
	headingMs: number;
	/** The step's heading was in the DOM without its content (the outcome's code loading). */
	placeholderShown: boolean;
}

/** One walk through the assistant: an action, a product, how many Back moves, the edited product. */
interface Walk {
	action: 'resilier' | 'annuler';
	product: number;
	backs: number;
	edit: number;
}

/**
 * The walks: « Résilier un service » and « Annuler une résiliation » in turn, a product in turn
 * (a stride of 7 over the 18 products), 1 to 3 Back moves, a « Modifier » to another product.
 * About 150 step changes.
 */
const walks: Walk[] = Array.from({ length: 16 }, (_, i) => ({
	action: i % 2 === 0 ? 'resilier' : 'annuler',
	product: i * 7,
	backs: 1 + (Math.floor(i / 2) % (i % 2 === 0 ? 3 : 2)),
	edit: i * 7 + 11,
}));

/**
 * The assistant's interaction latency in `npm run bench`: click → next step drawn.
 *
 * `bench.ts` calls it with a page on the guide, served compressed, with the CPU throttled 4× (CDP
 * `Emulation.setCPUThrottlingRate`) and the network as slow 4G. See `assistantSamples` for the
 * method. The figures are `ms` (click → the frame that draws the new step) over every step change,
 * by kind, and the page's first arrival at the outcome on its own; `painted` adds that frame's
 * style, layout and paint.
 */
export async function measureAssistantLatency(page: Page): Promise<Latency | null> {
	const samples = await assistantSamples(page);
	const byKind: Record<string, Figures> = {};
	for (const kind of [...new Set(samples.map((s) => s.kind))].sort())
		byKind[kind] = figures(samples.filter((s) => s.kind === kind).map((s) => s.ms));
	const first = samples.find((s) => s.kind.endsWith('→ resultat'));
	return {
		...figures(samples.map((s) => s.ms)),
		byKind,
		painted: figures(samples.map((s) => s.paintedMs)),
		...(first
			? {
					firstOutcome: {
						headingMs: first.headingMs,
						contentMs: first.ms,
						placeholderShown: first.placeholderShown,
					},
				}
			: {}),
	};
}

/**
 * Loads the guide afresh at `#assistant`, waits for the island to run, then walks the assistant 16
 * times, one `page.evaluate` per walk so that Playwright's round trips do not count: real `click()`s
 * on the radios, the boxes and « Continuer » up to the outcome, 1 to 3 `history.back()`,
 * « Continuer » up to the outcome again, « Modifier » the product, another product up to the
 * outcome, « Recommencer ».
 *
 * Each step change: a capture-phase `click` listener on `document` takes `performance.now()` as the
 * click starts (for Back, the time of the `history.back()` call: the traversal, `popstate` and the
 * render are in the measure); a MutationObserver on the island waits until the root's
 * `data-assistant-step` is another step, its heading shows that step's title and its content is in
 * place (the radios, the boxes, or the outcome's procedure `.as-plan`); then a
 * `requestAnimationFrame` callback takes `performance.now()`: the start of the frame that draws the
 * new step. Not the callback's own time stamp: Chromium gives the time the frame was begun, which
 * is before the render when the main thread was busy (even before the click).
 *
 * Each click (or Back) is sent in a task just after a frame: « within one frame » is then « drawn by
 * the next frame », ≤ 16.7 ms at 60 Hz whatever the work, unless the work runs past the next vsync.
 *
 * Nothing is warmed up: the page's first arrival at the outcome is in the samples. The outcome's
 * code may load on demand once the reader leaves step 1; these walks click far faster than a reader
 * does, so on slow 4G that load can still be under way (`placeholderShown`).
 */
export async function assistantSamples(page: Page): Promise<Sample[]> {
	await page.goto('about:blank');
	await page.goto('/billing/how-to-cancel-your-services/#assistant');
	await page.locator('astro-island:not([ssr]) .as-root').waitFor({ state: 'attached' });
	await page.waitForFunction(() => {
		const step = document.querySelector('.as-root')?.getAttribute('data-assistant-step');
		return step !== undefined && step !== 'sans-js';
	});
	const samples: Sample[] = [];
	for (const walk of walks) samples.push(...(await page.evaluate(walkInPage, walk)));
	return samples;
}

function figures(values: number[]): Figures {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2
			? (sorted[middle] ?? 0)
			: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return { samples: sorted.length, medianMs: median, worstMs: sorted.at(-1) ?? 0 };
}

/** One walk, run in the page (serialized by Playwright: everything it uses is inside). */
async function walkInPage(walk: Walk): Promise<Sample[]> {
	type Step = 'action' | 'produit' | 'verification' | 'resultat';
	const samples: Sample[] = [];
	const root = (): HTMLElement => {
		const element = document.querySelector<HTMLElement>('.as-root');
		if (!element) throw new Error('no .as-root');
		return element;
	};
	const current = () => root().getAttribute('data-assistant-step') as Step;
	const titles: Record<Step, string> = {
		action: 'Que souhaitez-vous faire',
		produit: 'Quel est votre service',
		verification: 'Avant de résilier',
		resultat: walk.action === 'annuler' ? 'Annuler la résiliation' : 'Résilier\u00a0:',
	};
	const content: Record<Step, string> = {
		action: 'input[name="action"]',
		produit: 'input[name="produit"]',
		verification: 'input[name="verification"]',
		resultat: '.as-plan',
	};
	const headingShown = (step: Step) =>
		current() === step &&
		Boolean(root().querySelector('.as-heading')?.textContent?.includes(titles[step]));
	const afterFrame = () =>
		new Promise<void>((resolve) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve();
				channel.port2.postMessage(null);
			}),
		);
	const settle = async () => {
		await afterFrame();
		await afterFrame();
	};
	const button = (name: string) => {
		const found = [...root().querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === name,
		);
		if (!found) throw new Error(`no button « ${name} » at step ${current()}`);
		return found;
	};

	/**
	 * Does `act` (a click, or `history.back()`) and measures until the next step is drawn; `kind`
	 * names the move, the step reached is added to it (« Continuer » on the product goes to the
	 * checklist or, boxes already ticked in this tab, to the outcome).
	 */
	const measure = async (kind: string, act: () => void, expected?: Step): Promise<void> => {
		const island = root().parentElement ?? root();
		const from = current();
		let start = Number.NaN;
		let headingMs = Number.NaN;
		let placeholderShown = false;
		const onClick = () => {
			start = performance.now();
		};
		const done = new Promise<Sample>((resolve, reject) => {
			const timer = setTimeout(() => {
				observer.disconnect();
				reject(new Error(`${kind}: no other step drawn after 15 s (at ${from}, ${location.href})`));
			}, 15_000);
			const check = () => {
				const to = current();
				if (to === from || !headingShown(to)) return;
				if (Number.isNaN(headingMs)) {
					headingMs = -1; // Taken by the frame below.
					requestAnimationFrame(() => {
						headingMs = performance.now() - start;
					});
				}
				if (!root().querySelector(content[to])) {
					placeholderShown = true;
					return;
				}
				observer.disconnect();
				clearTimeout(timer);
				const domMs = performance.now() - start;
				if (expected && to !== expected)
					reject(new Error(`${kind}: step ${to} drawn, ${expected} expected (from ${from})`));
				requestAnimationFrame(() => {
					const ms = performance.now() - start;
					const channel = new MessageChannel();
					channel.port1.onmessage = () =>
						resolve({
							kind: `${kind} → ${to}`,
							startedAt: start,
							domMs,
							ms,
							paintedMs: performance.now() - start,
							// The heading's frame callback, requested first, has run in this frame or before.
							headingMs: headingMs < 0 ? ms : headingMs,
							placeholderShown,
						});
					channel.port2.postMessage(null);
				});
			};
			const observer = new MutationObserver(check);
			observer.observe(island, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true,
				attributeFilter: ['data-assistant-step'],
			});
		});
		document.addEventListener('click', onClick, { capture: true, once: true });
		await afterFrame();
		if (kind === 'back') start = performance.now();
		act();
		document.removeEventListener('click', onClick, { capture: true });
		samples.push(await done);
		await settle();
	};

	const choose = async (name: string, index: number) => {
		const radios = [...root().querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
		const radio = radios[index % radios.length];
		if (!radio) throw new Error(`no ${name} radio`);
		if (!radio.checked) {
			radio.click();
			await settle();
		}
	};
	/**
	 * « Continuer » from the step shown, answering first if needed: Back to a question shows the
	 * answer given on it, not those given after (Back to step 1 leaves the product to choose again).
	 */
	const forward = async () => {
		const answered = (name: string) =>
			root().querySelector(`input[name="${name}"]:checked`) !== null;
		if (current() === 'action' && !answered('action'))
			await choose('action', walk.action === 'resilier' ? 0 : 1);
		if (current() === 'produit' && !answered('produit')) await choose('produit', walk.product);
		if (current() === 'verification') {
			for (const box of root().querySelectorAll<HTMLInputElement>('input[name="verification"]')) {
				if (box.checked) continue;
				box.click();
				await settle();
			}
		}
		await measure('continuer', () => button('Continuer').click());
	};
	const toOutcome = async () => {
		for (let moves = 0; current() !== 'resultat'; moves++) {
			if (moves === 4) throw new Error(`still at step ${current()} after 4 « Continuer »`);
			await forward();
		}
	};

	if (current() !== 'action') throw new Error(`the walk starts at step ${current()}`);
	await toOutcome();

	for (let b = 1; b <= walk.backs && current() !== 'action'; b++)
		await measure('back', () => history.back());
	await toOutcome();

	const edit = [...root().querySelectorAll<HTMLAnchorElement>('.as-answers a')].find((a) =>
		a.textContent?.includes('le service'),
	);
	if (!edit) throw new Error('no « Modifier » link for the product');
	await measure('modifier', () => edit.click(), 'produit');
	await choose('produit', walk.edit);
	await toOutcome();

	await measure('recommencer', () => button('Recommencer').click(), 'action');
	return samples;
}
