import type { Locator, Page } from '@playwright/test';

/** What the reader does, as the bench groups it. */
export const interactionKinds = [
	'assistant: step change',
	'assistant: radio or box',
	'assistant: filter keystroke',
	'assistant: « Calculer »',
	'search dialog: opening',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];
export type InteractionSamples = Record<InteractionKind, number[]>;

/**
 * Event Timing reports nothing under its threshold (16 ms, its minimum): an interaction that left
 * no entry counts as 16 ms, an upper bound.
 */
export const belowThreshold = 16;

/**
 * Runs in the page before its own scripts (`addInitScript`): keeps, for each interaction, the
 * longest of its events (pointerdown, pointerup, click, keydown…), as web-vitals computes INP. Its
 * `duration` runs from the input's hardware time stamp to the next frame presented after the
 * handlers: input delay, processing and rendering.
 */
function observeInteractions(): void {
	const longest = new Map<number, { start: number; duration: number }>();
	(window as unknown as { __interactions: typeof longest }).__interactions = longest;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as PerformanceEventTiming[]) {
			if (!entry.interactionId) continue;
			const known = longest.get(entry.interactionId);
			longest.set(entry.interactionId, {
				start: Math.min(known?.start ?? entry.startTime, entry.startTime),
				duration: Math.max(known?.duration ?? 0, entry.duration),
			});
		}
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * The durations of the interactions that started after `since` (taken out of the record). Event
 * Timing entries arrive a frame or more after the paint: waits for them up to one second.
 */
async function takeInteractions(since: number): Promise<number[]> {
	const longest = (
		window as unknown as { __interactions: Map<number, { start: number; duration: number }> }
	).__interactions;
	const take = () => {
		const found: number[] = [];
		for (const [id, { start, duration }] of longest)
			if (start >= since) {
				found.push(duration);
				longest.delete(id);
			}
		return found;
	};
	const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
	for (let waited = 0; waited < 1000; waited += 25) {
		if ([...longest.values()].some(({ start }) => start >= since)) {
			await waitMs(100); // The interaction's other events, reported in the same batch or the next.
			return take();
		}
		await waitMs(25);
	}
	return [];
}

/**
 * How long the reader takes before each gesture: a quick human reaction to what just appeared.
 * Playwright acts as soon as its target is stable (two frames), which no reader does; a tick that
 * came within a frame or two of the step it belongs to sometimes waited up to 170 ms for a frame
 * the headless compositor had dropped, the page's own work being 1–4 ms and its main thread idle
 * meanwhile (a Chrome trace: « BeginFrameDropped », then no frame until the next 150 ms later).
 * Field INP comes from people; the bench paces itself like one (issue 15).
 */
export const readerPauseMs = 150;

/** Runs `act` (real input through Playwright: only trusted events are timed) and records it. */
async function timed(
	page: Page,
	samples: InteractionSamples,
	kind: InteractionKind,
	act: () => Promise<void>,
): Promise<void> {
	await page.waitForTimeout(readerPauseMs);
	const since = await page.evaluate(() => performance.now());
	await act();
	const durations = await page.evaluate(takeInteractions, since);
	// One gesture may be two interactions (Ctrl, then K): the longest is the gesture's.
	samples[kind].push(Math.max(belowThreshold, ...durations));
}

/** One walk: an action, a product (index), the filter typed before it, another product after. */
interface Walk {
	action: number;
	product: number;
	filter: string;
	edit: number;
}
const filters = ['vps', 'domaine', 'hebergement', 'email', 'serveur', 'cloud'];
const walkAt = (i: number): Walk => ({
	action: i % 2,
	product: i * 7,
	filter: filters[i % filters.length] ?? 'vps',
	edit: i * 7 + 11,
});

/**
 * The guide's interactions, timed with the Event Timing API. `page` comes with the CPU throttled
 * and the network shaped (bench.ts); the guide is loaded afresh at `#assistant`, the search dialog
 * opened and closed four times (button, then Ctrl+K), then the assistant walked `walks` times:
 * the action and « Continuer »; the filter typed key by key and cleared; a product and
 * « Continuer »; the boxes and « Continuer »; a date and « Calculer »; « Modifier » the product,
 * another one, « Continuer » to the outcome; « Recommencer ».
 */
export async function measureInteractions(
	page: Page,
	guidePath: string,
	walks: number,
	samples: InteractionSamples,
): Promise<void> {
	await page.addInitScript(observeInteractions);
	await page.goto(`${guidePath}#assistant`);
	const root = page.locator('.as-root');
	await page.locator('.as-root:not([data-assistant-step="sans-js"])').waitFor();
	await page.locator('button[data-open-modal]:not([disabled])').waitFor();

	const dialog = page.locator('site-search dialog');
	for (let i = 0; i < 4; i++) {
		await timed(page, samples, 'search dialog: opening', () =>
			i % 2 ? page.keyboard.press('Control+k') : page.locator('button[data-open-modal]').click(),
		);
		await dialog.waitFor({ state: 'visible' });
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
	}

	const step = (id: string) => page.locator(`.as-root[data-assistant-step="${id}"]`).waitFor();
	const current = () => root.getAttribute('data-assistant-step');
	const button = (name: string) => root.getByRole('button', { name, exact: true });
	const click = (kind: InteractionKind, target: Locator) =>
		timed(page, samples, kind, () => target.click());
	const pick = async (name: string, index: number) => {
		const radios = root.locator(`input[name="${name}"]`);
		const radio = radios.nth(index % (await radios.count()));
		if (!(await radio.isChecked())) await click('assistant: radio or box', radio);
	};
	const toOutcome = async () => {
		for (let moves = 0; (await current()) !== 'resultat'; moves++) {
			if (moves === 5) throw new Error(`still at step ${await current()}`);
			const unticked = root.locator('input[name="verification"]:not(:checked)');
			const at = await current();
			if (at === 'verification')
				while (await unticked.count()) await click('assistant: radio or box', unticked.first());
			// An administrator contact whose service renews automatically: the first answers.
			if (at === 'contact' || at === 'situation') await pick(at, 0);
			const from = await current();
			await click('assistant: step change', button('Continuer'));
			await page.waitForFunction(
				(step) => document.querySelector('.as-root')?.getAttribute('data-assistant-step') !== step,
				from,
			);
		}
		// The plan comes first, the deadline and the buttons a frame later.
		await root.locator('.as-actions').waitFor();
	};

	for (let i = 0; i < walks; i++) {
		const walk = walkAt(i);
		await pick('action', walk.action);
		await click('assistant: step change', button('Continuer'));
		await step('produit');
		const filter = root.locator('#as-filtre');
		await filter.focus();
		for (const key of walk.filter)
			await timed(page, samples, 'assistant: filter keystroke', () => page.keyboard.press(key));
		await page.keyboard.press('Control+a');
		await timed(page, samples, 'assistant: filter keystroke', () =>
			page.keyboard.press('Backspace'),
		);
		await pick('produit', walk.product);
		await toOutcome();
		if (await root.locator('#as-fin-date').count()) {
			await root.locator('#as-fin-date').fill('2027-03-15');
			await click('assistant: « Calculer »', button('Calculer'));
			await root.locator('[data-deadline]').waitFor();
		}
		await click(
			'assistant: step change',
			root.locator('.as-answers a').filter({ hasText: 'le service' }),
		);
		await step('produit');
		await pick('produit', walk.edit);
		await toOutcome();
		await click('assistant: step change', button('Recommencer'));
		await step('action');
	}
}
