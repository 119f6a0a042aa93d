import { describe, expect, it } from 'vitest';
import { computeDeadline } from './deadline.ts';
import { messages, parisWallTimeToInstant } from './deadline-input.ts';
import { FAR_PAST, iso, label, NBSP, ok } from './deadline-test-helpers.ts';

// Daylight-saving changes: deadline-dst.test.ts. Wording: deadline-wording.test.ts.
// Properties against an independent model of Paris time: deadline-properties.test.ts.

describe('computeDeadline — plain dates', () => {
	it('winter: end 15 January 2026 10:00 CET', () => {
		// 10:00 CET = 09:00 UTC; minus 24 h = 14 January 09:00 UTC = 10:00 CET.
		// 14 January is 13 days after Thursday 1 January: 13 mod 7 = 6 → Wednesday.
		const r = ok(computeDeadline({ date: '2026-01-15', time: '10:00' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-01-15T09:00:00.000Z');
		expect(iso(r.deadline)).toBe('2026-01-14T09:00:00.000Z');
		expect(r.endLabel).toBe(label('jeudi', '15', 'janvier', 2026, '10', '00'));
		expect(r.deadlineLabel).toBe(label('mercredi', '14', 'janvier', 2026, '10', '00'));
	});

	it('summer: end 15 July 2026 18:45 CEST', () => {
		// 18:45 CEST = 16:45 UTC; deadline 14 July 16:45 UTC = 18:45 CEST.
		// 14 July is day 31+28+31+30+31+30+14 = 195, i.e. 194 days after 1 January:
		// 194 mod 7 = 5 → Thursday + 5 = Tuesday.
		const r = ok(computeDeadline({ date: '2026-07-15', time: '18:45' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-07-15T16:45:00.000Z');
		expect(iso(r.deadline)).toBe('2026-07-14T16:45:00.000Z');
		expect(r.deadlineLabel).toBe(label('mardi', '14', 'juillet', 2026, '18', '45'));
	});

	it('defaults to 00:00 when the time is absent, undefined or blank', () => {
		// 1 June 2026 00:00 CEST = 31 May 22:00 UTC.
		const expected = '2026-05-31T22:00:00.000Z';
		expect(iso(ok(computeDeadline({ date: '2026-06-01' }, FAR_PAST)).end)).toBe(expected);
		expect(iso(ok(computeDeadline({ date: '2026-06-01', time: undefined }, FAR_PAST)).end)).toBe(
			expected,
		);
		expect(iso(ok(computeDeadline({ date: '2026-06-01', time: '  ' }, FAR_PAST)).end)).toBe(
			expected,
		);
		expect(iso(ok(computeDeadline({ date: '2026-06-01', time: '00:00' }, FAR_PAST)).end)).toBe(
			expected,
		);
	});

	it('accepts surrounding spaces and a one-digit hour', () => {
		// 9:05 CET on 10 February 2026 = 08:05 UTC.
		const r = ok(computeDeadline({ date: ' 2026-02-10 ', time: '9:05' }, FAR_PAST));
		expect(iso(r.end)).toBe('2026-02-10T08:05:00.000Z');
	});
});

describe('computeDeadline — calendar edges', () => {
	it('leap day as end: 2028-02-29 00:00 → Monday 28 February 00:00', () => {
		// 2028 is a leap year (divisible by 4, not by 100). 29 February 00:00 CET = 28 February
		// 23:00 UTC; deadline 27 February 23:00 UTC = 28 February 00:00 CET.
		// 1 January 2028 is a Saturday (1 January 2026 Thursday, +365 → Friday 2027, +365 →
		// Saturday 2028). 28 February is 58 days later: 58 mod 7 = 2 → Monday; 29th Tuesday.
		const r = ok(computeDeadline({ date: '2028-02-29' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2028-02-27T23:00:00.000Z');
		expect(r.endLabel).toBe(label('mardi', '29', 'février', 2028, '00', '00'));
		expect(r.deadlineLabel).toBe(label('lundi', '28', 'février', 2028, '00', '00'));
	});

	it('leap day as deadline: 2028-03-01 00:00 → Tuesday 29 February 00:00', () => {
		const r = ok(computeDeadline({ date: '2028-03-01' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2028-02-28T23:00:00.000Z');
		expect(r.endLabel).toBe(label('mercredi', '1er', 'mars', 2028, '00', '00'));
		expect(r.deadlineLabel).toBe(label('mardi', '29', 'février', 2028, '00', '00'));
	});

	it('year end: 2027-01-01 00:00 → Thursday 31 December 2026 00:00', () => {
		// 1 January 2027 00:00 CET = 31 December 2026 23:00 UTC; deadline 30 December 23:00 UTC =
		// 31 December 00:00 CET. 31 December 2026 is 364 days after Thursday 1 January → Thursday;
		// 1 January 2027 is a Friday, written « 1er » as French does.
		const r = ok(computeDeadline({ date: '2027-01-01', time: '00:00' }, FAR_PAST));
		expect(iso(r.deadline)).toBe('2026-12-30T23:00:00.000Z');
		expect(r.endLabel).toBe(label('vendredi', '1er', 'janvier', 2027, '00', '00'));
		expect(r.deadlineLabel).toBe(label('jeudi', '31', 'décembre', 2026, '00', '00'));
	});
});

describe('computeDeadline — past or not', () => {
	// End 10 April 2026 09:00 CEST = 07:00 UTC; deadline 9 April 07:00 UTC.
	const input = { date: '2026-04-10', time: '09:00' };
	const deadline = Date.parse('2026-04-09T07:00:00Z');
	const at = (offsetMs: number) => computeDeadline(input, new Date(deadline + offsetMs));
	const minute = 60_000;
	const hour = 60 * minute;
	const day = 24 * hour;

	it('is past one millisecond after the deadline, with no time left', () => {
		const r = ok(at(1));
		expect(r.isPast).toBe(true);
		expect(r.remaining).toBeNull();
		expect(ok(at(10 * day)).isPast).toBe(true);
	});

	it('is not past at the deadline itself or just before', () => {
		expect(ok(at(0))).toMatchObject({ isPast: false, remaining: 'dans moins d’une minute' });
		expect(ok(at(-1))).toMatchObject({ isPast: false, remaining: 'dans moins d’une minute' });
	});

	it('counts the time left, rounded down', () => {
		expect(ok(at(-45 * minute)).remaining).toBe(`dans 45${NBSP}minutes`);
		expect(ok(at(-(3 * day + 4 * hour + 59 * minute))).remaining).toBe(
			`dans 3${NBSP}jours et 4${NBSP}heures`,
		);
		expect(ok(at(-(2 * hour + minute))).remaining).toBe(`dans 2${NBSP}heures et 1${NBSP}minute`);
		expect(ok(at(-day)).remaining).toBe(`dans 1${NBSP}jour`);
		expect(ok(at(-(day + hour))).remaining).toBe(`dans 1${NBSP}jour et 1${NBSP}heure`);
		expect(ok(at(-hour)).remaining).toBe(`dans 1${NBSP}heure`);
		expect(ok(at(-minute)).remaining).toBe(`dans 1${NBSP}minute`);
	});

	it('does not depend on the now of the machine running the tests', () => {
		expect(ok(computeDeadline(input, new Date('2030-01-01T00:00:00Z'))).isPast).toBe(true);
		expect(ok(computeDeadline(input, new Date('2020-01-01T00:00:00Z'))).isPast).toBe(false);
	});

	it('refuses an invalid now', () => {
		expect(() => computeDeadline(input, new Date(Number.NaN))).toThrow(RangeError);
	});
});

describe('computeDeadline — invalid input', () => {
	const error = (date: string, time?: string) => {
		const r = computeDeadline(time === undefined ? { date } : { date, time }, FAR_PAST);
		return r.ok ? 'ok' : `${r.error}|${r.message}`;
	};

	it('asks for a missing date', () => {
		expect(error('')).toBe(`date-missing|${messages.dateMissing}`);
		expect(error('   ', '10:00')).toBe(`date-missing|${messages.dateMissing}`);
		expect(messages.dateMissing).toBe('Saisissez la date de fin de l’abonnement.');
	});

	it('rejects impossible dates', () => {
		// 2026 and 2025 are not leap years; 2100 is not (divisible by 100, not 400); 2000 is.
		for (const date of [
			'2026-02-30',
			'2025-02-29',
			'2100-02-29',
			'2026-04-31',
			'2026-13-01',
			'2026-00-10',
			'2026-01-00',
			'2026-01-32',
		]) {
			expect(error(date), date).toBe(`date-invalid|${messages.dateImpossible}`);
		}
		expect(messages.dateImpossible).toBe(
			'Cette date n’existe pas\u00A0: vérifiez le jour et le mois.',
		);
		expect(error('2024-02-29')).toBe('ok');
		expect(error('2000-02-29')).toBe('ok');
	});

	it('rejects malformed dates', () => {
		for (const date of [
			'28/03/2026',
			'2026-3-28',
			'2026-03-28T10:00',
			'20260328',
			'demain',
			'0999-01-01',
			'+02026-03-28',
		]) {
			expect(error(date), date).toBe(`date-invalid|${messages.dateMalformed}`);
		}
	});

	it('rejects impossible and malformed times', () => {
		for (const time of ['24:00', '23:60', '99:99']) {
			expect(error('2026-05-05', time), time).toBe(`time-invalid|${messages.timeImpossible}`);
		}
		for (const time of ['12:5', '1230', 'midi', '-1:00', '12:00:00', '123:00']) {
			expect(error('2026-05-05', time), time).toBe(`time-invalid|${messages.timeMalformed}`);
		}
		expect(error('2026-05-05', '23:59')).toBe('ok');
	});

	it('reports the date before the time when both are wrong', () => {
		expect(error('2026-02-30', '25:00')).toBe(`date-invalid|${messages.dateImpossible}`);
	});

	it('parisWallTimeToInstant returns null for what computeDeadline rejects', () => {
		expect(parisWallTimeToInstant('2026-02-30', '10:00')).toBeNull();
		expect(parisWallTimeToInstant('2026-02-10', '24:00')).toBeNull();
		expect(parisWallTimeToInstant('', '10:00')).toBeNull();
		expect(parisWallTimeToInstant('2026-02-10', '')).toBeNull();
	});
});
