import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './deadline.ts';
import { parisWallTimeToInstant } from './deadline-input.ts';
import { FAR_PAST, label, ok } from './deadline-test-helpers.ts';
import { formatParis } from './deadline-wording.ts';
import { instantToParisWallTime } from './paris-time.ts';

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
