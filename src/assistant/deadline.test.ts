import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	computeDeadline,
	type DeadlineResult,
	formatParis,
	formatRemaining,
	instantToParisWallTime,
	messages,
	parisWallTimeToInstant,
} from './deadline.ts';

/*
 * How the expected values are derived (by hand, not from the module's output):
 *
 * - Paris is UTC+1 (CET) in winter and UTC+2 (CEST) in summer. EU rule, in force over the whole
 *   2020–2035 range tested here: summer time from 01:00 UTC on the last Sunday of March to
 *   01:00 UTC on the last Sunday of October.
 *   2026: Sunday 29 March (01:00 UTC: 02:00 CET → 03:00 CEST) and Sunday 25 October
 *   (01:00 UTC: 03:00 CEST → 02:00 CET).
 * - Deadline = end instant − 86 400 000 ms, then read back in Paris time.
 * - Weekdays: 1 January 2026 is a Thursday (1 January 2025 was a Wednesday, 2025 has 365 days,
 *   365 = 52 × 7 + 1). A date n days later is Thursday + (n mod 7).
 */

const NBSP = '\u00A0';
/** Label with the typography the module promises: « 23 h 00 » and « 28 mars » unbreakable. */
const label = (weekday: string, day: string, month: string, year: number, hh: string, mm: string) =>
	`${weekday} ${day}${NBSP}${month} ${year} à ${hh}${NBSP}h${NBSP}${mm} (heure de Paris)`;
const iso = (d: Date) => d.toISOString();

function ok(result: DeadlineResult) {
	if (!result.ok) throw new Error(`expected ok, got ${result.error}: ${result.message}`);
	return result;
}

const FAR_PAST = new Date('2000-01-01T00:00:00Z');

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

/* ------------------------------------------------------------------------------------------ */
/* Property tests against an independent model of Paris time (EU rule, no Intl)               */
/* ------------------------------------------------------------------------------------------ */

const HOUR_MS = 3_600_000;
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** 01:00 UTC on the last Sunday of the month (1-based): EU summer-time switch instants. */
const lastSundayAt1Utc = (y: number, m: number) => {
	const last = dim(y, m);
	const weekday = new Date(Date.UTC(y, m - 1, last)).getUTCDay();
	return Date.UTC(y, m - 1, last - weekday, 1);
};
const isSummer = (t: number) => {
	const y = new Date(t).getUTCFullYear();
	return t >= lastSundayAt1Utc(y, 3) && t < lastSundayAt1Utc(y, 10);
};
const modelOffset = (t: number) => (isSummer(t) ? 2 : 1) * HOUR_MS;
/** Model of the documented choice: first occurrence if repeated; moved forward if skipped. */
const modelInstant = (y: number, mo: number, d: number, h: number, mi: number) => {
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	const valid = [wall - 2 * HOUR_MS, wall - HOUR_MS].filter((t) => t + modelOffset(t) === wall);
	return valid.length > 0 ? Math.min(...valid) : wall - HOUR_MS;
};
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
];
const p2 = (n: number) => String(n).padStart(2, '0');
const modelLabel = (t: number) => {
	const w = new Date(t + modelOffset(t)); // Paris wall time, read through the UTC getters
	const day = w.getUTCDate();
	return label(
		WEEKDAYS[w.getUTCDay()] as string,
		day === 1 ? '1er' : String(day),
		MONTHS[w.getUTCMonth()] as string,
		w.getUTCFullYear(),
		p2(w.getUTCHours()),
		p2(w.getUTCMinutes()),
	);
};

type Wall = { y: number; mo: number; d: number; h: number; mi: number };
const anyDay = fc
	.record({ y: fc.integer({ min: 2020, max: 2035 }), mo: fc.integer({ min: 1, max: 12 }) })
	.chain(({ y, mo }) =>
		fc.record({
			y: fc.constant(y),
			mo: fc.constant(mo),
			d: fc.integer({ min: 1, max: dim(y, mo) }),
		}),
	);
// Half the draws land on a switch day (or the day after), so gaps and repeats are well covered.
const switchDay = fc
	.record({
		y: fc.integer({ min: 2020, max: 2035 }),
		mo: fc.constantFrom(3, 10),
		after: fc.integer({ min: 0, max: 1 }),
	})
	.map(({ y, mo, after }) => {
		// The day after may be 1 April or 1 November (last Sunday on the 31st).
		const t = new Date(lastSundayAt1Utc(y, mo) + after * 86_400_000);
		return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
	});
const wallArb: fc.Arbitrary<Wall> = fc
	.tuple(
		fc.oneof(anyDay, switchDay),
		fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 3 })),
		fc.integer({ min: 0, max: 59 }),
	)
	.map(([day, h, mi]) => ({ ...day, h, mi }));
const dateOf = (w: Wall) => `${w.y}-${p2(w.mo)}-${p2(w.d)}`;
const timeOf = (w: Wall) => `${p2(w.h)}:${p2(w.mi)}`;

/** Reads a formatParis label back into 'YYYY-MM-DD' and 'HH:MM'. */
function parseLabel(text: string): { date: string; time: string } {
	const m =
		/^[a-z]+ (\d{1,2})(?:er)?\u00A0([a-zéû]+) (\d{4}) à (\d{2})\u00A0h\u00A0(\d{2}) \(heure de Paris\)$/.exec(
			text,
		);
	if (!m) throw new Error(`unexpected label: ${text}`);
	const [, day, month, year, hh, mm] = m;
	return {
		date: `${year}-${p2(MONTHS.indexOf(month as string) + 1)}-${p2(Number(day))}`,
		time: `${hh}:${mm}`,
	};
}

describe('properties, 2020–2035', () => {
	it('deadline = end − 86 400 000 ms exactly, end and labels match the EU-rule model', () => {
		fc.assert(
			fc.property(wallArb, (w) => {
				const r = ok(computeDeadline({ date: dateOf(w), time: timeOf(w) }, FAR_PAST));
				const end = modelInstant(w.y, w.mo, w.d, w.h, w.mi);
				expect(r.end.getTime()).toBe(end);
				expect(r.end.getTime() - r.deadline.getTime()).toBe(86_400_000);
				expect(r.endLabel).toBe(modelLabel(end));
				expect(r.deadlineLabel).toBe(modelLabel(end - 86_400_000));
			}),
			{ numRuns: 2000 },
		);
	});

	it('a wall time outside the spring gap round-trips through the instant and its label', () => {
		fc.assert(
			fc.property(wallArb, (w) => {
				const instant = parisWallTimeToInstant(dateOf(w), timeOf(w)) as Date;
				const inGap =
					w.mo === 3 && w.h === 2 && lastSundayAt1Utc(w.y, 3) === Date.UTC(w.y, 2, w.d, 1);
				const back = parseLabel(formatParis(instant));
				expect(instantToParisWallTime(instant)).toEqual(back);
				if (inGap) {
					// Skipped wall time: moved forward by the one-hour gap.
					expect(back).toEqual({ date: dateOf(w), time: timeOf({ ...w, h: 3 }) });
				} else {
					expect(back).toEqual({ date: dateOf(w), time: timeOf(w) });
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it('an instant round-trips through its label, except the second pass of the repeated hour', () => {
		const min = Date.UTC(2020, 0, 1) / 60_000;
		const max = Date.UTC(2035, 11, 31) / 60_000;
		const nearSwitch = fc
			.record({
				y: fc.integer({ min: 2020, max: 2035 }),
				mo: fc.constantFrom(3, 10),
				minutes: fc.integer({ min: -180, max: 180 }),
			})
			.map(({ y, mo, minutes }) => lastSundayAt1Utc(y, mo) + minutes * 60_000);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.integer({ min, max }).map((m) => m * 60_000),
					nearSwitch,
				),
				(t) => {
					const { date, time } = parseLabel(formatParis(new Date(t)));
					const again = (parisWallTimeToInstant(date, time) as Date).getTime();
					// Second pass of the repeated hour: 01:00–01:59 UTC on the last Sunday of October;
					// its wall time resolves to the first pass, one hour earlier.
					const y = new Date(t).getUTCFullYear();
					const secondPass = t >= lastSundayAt1Utc(y, 10) && t < lastSundayAt1Utc(y, 10) + HOUR_MS;
					expect(again).toBe(secondPass ? t - HOUR_MS : t);
				},
			),
			{ numRuns: 2000 },
		);
	});
});
