import { describe, expect, it } from 'vitest';
import { type ShortcutEvent, searchShortcut } from './shortcut';

const key = (key: string, extra: Partial<ShortcutEvent> = {}): ShortcutEvent => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	isComposing: false,
	target: null,
	...extra,
});

describe('searchShortcut', () => {
	it('toggles on Ctrl+K and ⌘K, whatever the case', () => {
		expect(searchShortcut(key('k', { ctrlKey: true }), false)).toBe('toggle');
		expect(searchShortcut(key('K', { ctrlKey: true }), true)).toBe('toggle');
		expect(searchShortcut(key('k', { metaKey: true }), false)).toBe('toggle');
	});

	it('opens on a plain `/` only while the dialog is closed', () => {
		expect(searchShortcut(key('/'), false)).toBe('open');
		expect(searchShortcut(key('/'), true)).toBeNull();
		expect(searchShortcut(key('/', { ctrlKey: true }), false)).toBeNull();
		expect(searchShortcut(key('/', { altKey: true }), false)).toBeNull();
	});

	it('ignores other keys, plain K and keys typed while composing', () => {
		expect(searchShortcut(key('k'), false)).toBeNull();
		expect(searchShortcut(key('a', { ctrlKey: true }), false)).toBeNull();
		expect(searchShortcut(key('/', { isComposing: true }), false)).toBeNull();
	});
});
