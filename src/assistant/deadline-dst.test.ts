import { describe, expect, it } from 'vitest';
import { computeDeadline } from './deadline.ts';
import { parisWallTimeToInstant } from './deadline-input.ts';
import { FAR_PAST, iso, label, ok } from './deadline-test-helpers.ts';

// The deadline is 24 hours of elapsed time, so 23 or 25 hours of Paris wall-clock time across
// a change; how the expected instants are derived is in deadline-test-helpers.ts.

describe('computeDeadline — spring forward, Sunday 29 March 2026', () => {
	it('end Monday 30 March 00:00: deadline is 23:00 on Saturday, before the change', () => {
		// 30 March 00:00 CEST = 29 March 22:00 UTC. Minus 24 h = 28 March 22:00 UTC, still CET
		// (the change is at 29 March 01:00 UTC) = 23:00 CET on Saturday 28 March.
		// Only 23 wall-clock hours separate the deadline from midnight on Sunday: that is the rule.
		// 28 March: day 31+28+28 = 87, 86 days after Thursday 1 January, 86 mod 7 = 2 → Saturday.
		const r = ok(computeDeadline({ date: '2026-03-30' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-03-29T22:00:00.000Z');
		expect(iso(r.deadline)).toBe('2026-03-28T22:00:00.000Z');
		expect(r.endLabel).toBe(label('lundi', '30', 'mars', 2026, '00', '00'));
		expect(r.deadlineLabel).toBe('samedi 28\u00A0mars 2026 à 23\u00A0h\u00A000 (heure de Paris)');
	});

	it('end Monday 30 March 12:00: deadline is Sunday 12:00, after the change', () => {
		// 12:00 CEST = 10:00 UTC; deadline 29 March 10:00 UTC, already CEST → 12:00.
		const r = ok(computeDeadline({ date: '2026-03-30', time: '12:00' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2026-03-29T10:00:00.000Z');
		expect(r.deadlineLabel).toBe(label('dimanche', '29', 'mars', 2026, '12', '00'));
	});

	it('end Sunday 29 March 12:00: the deadline is 23 wall-clock hours earlier', () => {
		// 12:00 CEST = 10:00 UTC; deadline 28 March 10:00 UTC = 11:00 CET.
		const r = ok(computeDeadline({ date: '2026-03-29', time: '12:00' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2026-03-28T10:00:00.000Z');
		expect(r.deadlineLabel).toBe(label('samedi', '28', 'mars', 2026, '11', '00'));
	});

	it('end time inside the gap: 02:30 does not exist and is read as 03:30 CEST', () => {
		// Clocks jump from 02:00 CET to 03:00 CEST: 02:30 never shows. Documented choice: move it
		// forward by the gap (read it with the CET offset in force before the jump):
		// 02:30 − 1 h = 01:30 UTC = 03:30 CEST. Deadline 28 March 01:30 UTC = 02:30 CET.
		const r = ok(computeDeadline({ date: '2026-03-29', time: '02:30' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-03-29T01:30:00.000Z');
		expect(r.endLabel).toBe(label('dimanche', '29', 'mars', 2026, '03', '30'));
		expect(iso(r.deadline)).toBe('2026-03-28T01:30:00.000Z');
		expect(r.deadlineLabel).toBe(label('samedi', '28', 'mars', 2026, '02', '30'));
	});

	it('edges of the gap', () => {
		// 01:59 CET exists (00:59 UTC); 02:00 is in the gap → 03:00 CEST = 01:00 UTC, the same
		// instant as 03:00 typed directly; 02:59 → 03:59 CEST = 01:59 UTC.
		expect(iso(parisWallTimeToInstant('2026-03-29', '01:59') as Date)).toBe(
			'2026-03-29T00:59:00.000Z',
		);
		expect(iso(parisWallTimeToInstant('2026-03-29', '02:00') as Date)).toBe(
			'2026-03-29T01:00:00.000Z',
		);
		expect(iso(parisWallTimeToInstant('2026-03-29', '02:59') as Date)).toBe(
			'2026-03-29T01:59:00.000Z',
		);
		expect(iso(parisWallTimeToInstant('2026-03-29', '03:00') as Date)).toBe(
			'2026-03-29T01:00:00.000Z',
		);
	});
});

describe('computeDeadline — fall back, Sunday 25 October 2026', () => {
	it('end Monday 26 October 00:00: deadline is 01:00 on Sunday, before the change', () => {
		// 26 October 00:00 CET = 25 October 23:00 UTC. Minus 24 h = 24 October 23:00 UTC, still
		// CEST (the change is at 25 October 01:00 UTC) = 01:00 CEST on Sunday 25 October.
		const r = ok(computeDeadline({ date: '2026-10-26', time: '00:00' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-10-25T23:00:00.000Z');
		expect(iso(r.deadline)).toBe('2026-10-24T23:00:00.000Z');
		expect(r.deadlineLabel).toBe(label('dimanche', '25', 'octobre', 2026, '01', '00'));
	});

	it('end Monday 26 October 12:00: deadline is Sunday 12:00, after the change', () => {
		// 12:00 CET = 11:00 UTC; deadline 25 October 11:00 UTC, already CET → 12:00.
		const r = ok(computeDeadline({ date: '2026-10-26', time: '12:00' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2026-10-25T11:00:00.000Z');
		expect(r.deadlineLabel).toBe(label('dimanche', '25', 'octobre', 2026, '12', '00'));
	});

	it('end Sunday 25 October 12:00: the deadline is 25 wall-clock hours earlier', () => {
		// 12:00 CET = 11:00 UTC; deadline 24 October 11:00 UTC = 13:00 CEST.
		const r = ok(computeDeadline({ date: '2026-10-25', time: '12:00' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2026-10-24T11:00:00.000Z');
		expect(r.deadlineLabel).toBe(label('samedi', '24', 'octobre', 2026, '13', '00'));
	});

	it('end time inside the repeated hour: 02:30 is taken in CEST, its first occurrence', () => {
		// 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET). Documented choice: the
		// first, which gives the earlier (safer) deadline: 24 October 00:30 UTC = 02:30 CEST.
		const r = ok(computeDeadline({ date: '2026-10-25', time: '02:30' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-10-25T00:30:00.000Z');
		expect(iso(r.deadline)).toBe('2026-10-24T00:30:00.000Z');
		expect(r.deadlineLabel).toBe(label('samedi', '24', 'octobre', 2026, '02', '30'));
	});

	it('edges of the repeated hour', () => {
		// 01:59 CEST = 23:59 UTC the day before; 02:00 first occurrence = 00:00 UTC;
		// 03:00 happens once, in CET = 02:00 UTC.
		expect(iso(parisWallTimeToInstant('2026-10-25', '01:59') as Date)).toBe(
			'2026-10-24T23:59:00.000Z',
		);
		expect(iso(parisWallTimeToInstant('2026-10-25', '02:00') as Date)).toBe(
			'2026-10-25T00:00:00.000Z',
		);
		expect(iso(parisWallTimeToInstant('2026-10-25', '03:00') as Date)).toBe(
			'2026-10-25T02:00:00.000Z',
		);
	});

	it('a deadline in the second 02:30 is labelled 02:30 (the label cannot tell them apart)', () => {
		// End 26 October 02:30 CET = 01:30 UTC; deadline 25 October 01:30 UTC = 02:30 CET, the
		// second 02:30. Reading it as the first one only makes the customer act earlier.
		const r = ok(computeDeadline({ date: '2026-10-26', time: '02:30' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2026-10-25T01:30:00.000Z');
		expect(r.deadlineLabel).toBe(label('dimanche', '25', 'octobre', 2026, '02', '30'));
	});
});
