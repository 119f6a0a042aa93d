import { describe, expect, it } from 'vitest';
import { messages } from './deadline-input.ts';
import { formatParis, formatRemaining } from './deadline-wording.ts';

describe('French typography', () => {
	const texts = [
		...Object.values(messages),
		formatParis(new Date('2026-03-28T22:00:00Z')),
		formatRemaining(3 * 86_400_000 + 4 * 3_600_000),
		formatRemaining(0),
	];

	it('has no breakable space before « : ; ! ? » and no straight apostrophe', () => {
		for (const text of texts) {
			// Not \s: in JavaScript it matches U+00A0 too.
			expect(text, text).not.toMatch(/[ \t\n][:;!?]/);
			expect(text, text).not.toContain("'");
		}
	});

	it('keeps « 23 h 00 » and « 28 mars » together with U+00A0', () => {
		expect(formatParis(new Date('2026-03-28T22:00:00Z'))).toBe(
			'samedi 28\u00A0mars 2026 à 23\u00A0h\u00A000 (heure de Paris)',
		);
	});
});
