// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaintedOnce } from './usePaintedOnce.ts';

function Probe({ wait }: { wait: boolean }) {
	return h('p', null, usePaintedOnce(wait) ? 'tout' : 'd’abord');
}

const text = () => document.body.textContent;

afterEach(async () => {
	vi.useRealTimers();
	await act(() => render(null, document.body));
});

describe('a render that reaches the screen on its own first', () => {
	it('is complete at once when there is nothing to wait for', async () => {
		await act(() => render(h(Probe, { wait: false }), document.body));
		expect(text()).toBe('tout');
	});

	it('comes first alone, then complete after a frame and a task', async () => {
		vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
		await act(() => render(h(Probe, { wait: true }), document.body));
		expect(text()).toBe('d’abord');
		await act(() => {
			vi.advanceTimersToNextFrame();
		});
		expect(text()).toBe('d’abord');
		await act(() => {
			vi.runOnlyPendingTimers();
		});
		expect(text()).toBe('tout');
	});
});
