/** The guide page in the smoke suite: it loads, and an anchor lands below the fixed header. */
import assert from 'node:assert/strict';
import { type SmokeCheck, smokeCheck } from './smoke-check.ts';
import { waitFor } from './tab.ts';

export const guidePath = '/billing/how-to-cancel-your-services/';

/** Where an element lies against the fixed header and the viewport, once the page has landed. */
export function landing(id: string) {
	const target = document.getElementById(id);
	const header = document.querySelector('header.header');
	if (!target || !header) return null;
	const box = target.getBoundingClientRect();
	const headerBottom = header.getBoundingClientRect().bottom;
	const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + 2);
	const visible = Boolean(hit && (target === hit || target.contains(hit)));
	return box.top >= headerBottom && box.bottom <= innerHeight && visible
		? { top: box.top, headerBottom }
		: null;
}

export const guideChecks: SmokeCheck[] = [
	smokeCheck('the guide loads and #vps lands below the fixed header, visible', async (tab) => {
		await tab.goto(`${guidePath}#vps`);
		const title = await tab.evaluate(() => document.querySelector('h1')?.textContent?.trim());
		assert.equal(title, 'Comment résilier vos services OVHcloud');
		await waitFor(tab, '#vps below the header, in the viewport', landing, 'vps');
	}),
];
