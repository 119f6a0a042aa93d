/**
 * Paris wall-clock time <-> instant, for the deadline and the reminder calendar.
 *
 * Time zones are handled with `Intl.DateTimeFormat` only, so the result follows the tz database
 * shipped with the runtime. Pure: no DOM, no globals, no clock.
 */

export const TIME_ZONE = 'Europe/Paris';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A Paris wall-clock time, month 1-based. */
type Fields = { year: number; month: number; day: number; hour: number; minute: number };

/** Milliseconds of the given fields read as UTC; unlike `Date.UTC`, years 0–99 stay as given. */
export function utcMs(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
) {
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	d.setUTCHours(hour, minute, second, 0);
	return d.getTime();
}

// Numeric parts only, so the locale's wording does not matter. `hourCycle: 'h23'` rather than
// `hour12: false`: the latter may yield hour "24" at midnight in some engines.
const numericParis = new Intl.DateTimeFormat('en-US', {
	timeZone: TIME_ZONE,
	calendar: 'gregory',
	numberingSystem: 'latn',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	second: 'numeric',
	hourCycle: 'h23',
});

function parisFields(instant: number): Fields & { second: number } {
	const out = { year: Number.NaN, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const part of numericParis.formatToParts(instant)) {
		if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
	}
	return out;
}

/** Offset of Paris from UTC at `instant`, in ms (3 600 000 for CET, 7 200 000 for CEST). */
function parisOffset(instant: number): number {
	const f = parisFields(instant);
	// Intl resolves to the second; compare with the instant truncated the same way.
	const truncated = Math.floor(instant / 1000) * 1000;
	return utcMs(f.year, f.month, f.day, f.hour, f.minute, f.second) - truncated;
}

export function wallToInstant(f: Fields): number {
	const wall = utcMs(f.year, f.month, f.day, f.hour, f.minute, 0);
	// The offsets in force a day before and a day after: Paris never changes offset twice
	// within two days, so every candidate instant for this wall time is `wall - offset` for
	// one of them. A candidate is real if Paris does show that offset at that instant.
	const before = parisOffset(wall - DAY);
	const after = parisOffset(wall + DAY);
	const candidates = [...new Set([before, after])]
		.map((offset) => wall - offset)
		.filter((instant) => instant + parisOffset(instant) === wall);
	if (candidates.length > 0) {
		// Two candidates: the wall time happens twice (autumn, 02:00–02:59 is lived once in CEST
		// then again in CET). Take the first occurrence, CEST: the earlier, safer deadline.
		return Math.min(...candidates);
	}
	// No candidate: the wall time does not exist (spring, clocks jump from 02:00 CET to 03:00
	// CEST). Read it with the offset in force before the change, which moves it forward by the
	// length of the gap: 02:30 becomes 03:30 CEST, the instant a clock would show had nobody
	// changed it. (Same as Temporal's `disambiguation: 'compatible'`.)
	return wall - before;
}

/** Paris wall-clock date ('YYYY-MM-DD') and time ('HH:MM') of an instant (seconds dropped). */
export function instantToParisWallTime(instant: Date): { date: string; time: string } {
	const f = parisFields(instant.getTime());
	const p2 = (n: number) => String(n).padStart(2, '0');
	return {
		date: `${String(f.year).padStart(4, '0')}-${p2(f.month)}-${p2(f.day)}`,
		time: `${p2(f.hour)}:${p2(f.minute)}`,
	};
}
