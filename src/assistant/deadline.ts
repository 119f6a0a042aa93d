/**
 * Last moment to request (or cancel) the termination of an OVHcloud subscription.
 *
 * Rule: a termination can be requested, or cancelled, until 24 hours before the end of the
 * subscription. The customer types the end date (and optionally a time, 00:00 by default) as
 * Paris wall-clock time; the deadline is that instant minus exactly 86 400 000 ms. Around a
 * daylight-saving change this is 23 or 25 hours of Paris wall-clock time, not "same time the day
 * before" — the rule is about elapsed time.
 *
 * Pure module: no DOM, no globals, no clock (`now` is injected). Time zones are handled with
 * `Intl.DateTimeFormat` only, so the result follows the tz database shipped with the runtime.
 */

import { deadlineHours } from '../catalogue/rules.ts';

export type DeadlineInput = { date: string; time?: string | undefined }; // 'YYYY-MM-DD', 'HH:MM'
export type DeadlineResult =
	| {
			ok: true;
			end: Date;
			deadline: Date;
			endLabel: string;
			deadlineLabel: string;
			isPast: boolean;
			remaining: string | null;
	  }
	| { ok: false; error: 'date-missing' | 'date-invalid' | 'time-invalid'; message: string };

export const NOTICE_MS = deadlineHours * 3_600_000;
const TIME_ZONE = 'Europe/Paris';
const NBSP = '\u00A0';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const messages = {
	dateMissing: 'Saisissez la date de fin de l’abonnement.',
	dateMalformed: `Saisissez la date au format AAAA-MM-JJ (par exemple${NBSP}: 2026-03-28).`,
	dateImpossible: `Cette date n’existe pas${NBSP}: vérifiez le jour et le mois.`,
	timeMalformed: `Saisissez l’heure au format HH:MM (par exemple${NBSP}: 14:30).`,
	timeImpossible: `Cette heure n’existe pas${NBSP}: saisissez une heure entre 00:00 et 23:59.`,
} as const;

/* ------------------------------------------------------------------------------------------ */
/* Parsing                                                                                     */
/* ------------------------------------------------------------------------------------------ */

type Fields = { year: number; month: number; day: number; hour: number; minute: number };
type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

// Four-digit years from 1000: Intl prints years below 1 with an era we do not render, and
// `Date.UTC` maps 0–99 to 1900–1999; no subscription ends before year 1000 anyway.
const DATE_RE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
// 'HH:MM' as <input type="time"> gives it; a one-digit hour ('9:05') is tolerated.
const TIME_RE = /^(\d{1,2}):(\d{2})$/;

function daysInMonth(year: number, month: number): number {
	// Day 0 of the next month is the last day of this one (proleptic Gregorian, as Date is).
	return new Date(utcMs(year, month + 1, 0, 0, 0, 0)).getUTCDate();
}

function parseDate(date: string): Parsed<{ year: number; month: number; day: number }> {
	const m = DATE_RE.exec(date.trim());
	if (!m) return { ok: false, message: messages.dateMalformed };
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return { ok: false, message: messages.dateImpossible };
	}
	return { ok: true, value: { year, month, day } };
}

function parseTime(time: string): Parsed<{ hour: number; minute: number }> {
	const m = TIME_RE.exec(time.trim());
	if (!m) return { ok: false, message: messages.timeMalformed };
	const hour = Number(m[1]);
	const minute = Number(m[2]);
	if (hour > 23 || minute > 59) return { ok: false, message: messages.timeImpossible };
	return { ok: true, value: { hour, minute } };
}

/* ------------------------------------------------------------------------------------------ */
/* Paris wall time <-> instant                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** Milliseconds of the given fields read as UTC; unlike `Date.UTC`, years 0–99 stay as given. */
function utcMs(
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

function wallToInstant(f: Fields): number {
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

/**
 * Instant of a Paris wall-clock time. `date` is 'YYYY-MM-DD', `time` is 'HH:MM' (24 h).
 * Returns null if either string is malformed or names an impossible date or time.
 *
 * - Nonexistent wall time (spring-forward gap, 02:00–02:59 on the last Sunday of March): moved
 *   forward by the gap, so '02:30' gives 03:30 CEST (= 01:30 UTC).
 * - Ambiguous wall time (02:00–02:59 on the last Sunday of October): the first occurrence, in
 *   CEST, so '02:30' gives 00:30 UTC rather than 01:30 UTC.
 */
export function parisWallTimeToInstant(date: string, time: string): Date | null {
	const d = parseDate(date);
	const t = parseTime(time);
	if (!d.ok || !t.ok) return null;
	return new Date(wallToInstant({ ...d.value, ...t.value }));
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

/* ------------------------------------------------------------------------------------------ */
/* French labels                                                                               */
/* ------------------------------------------------------------------------------------------ */

const frenchParis = new Intl.DateTimeFormat('fr-FR', {
	timeZone: TIME_ZONE,
	calendar: 'gregory',
	numberingSystem: 'latn',
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

/**
 * « samedi 28 mars 2026 à 23 h 00 (heure de Paris) ».
 *
 * Assembled from `formatToParts` (weekday and month names as Intl gives them, lower-case in
 * French) rather than from `format()`, whose literals vary between ICU versions (« à » or
 * « , », « 23:00 »). Non-breaking spaces (U+00A0) bind the day number to the month and the
 * hour to « h » and the minutes; the first of the month is written « 1er », as in French.
 * Throws a RangeError for an invalid Date, as Intl does.
 */
export function formatParis(instant: Date): string {
	const p: Record<string, string> = {};
	for (const part of frenchParis.formatToParts(instant)) p[part.type] = part.value;
	const day = p.day === '1' ? '1er' : p.day;
	const hour = (p.hour ?? '').padStart(2, '0');
	const minute = (p.minute ?? '').padStart(2, '0');
	return `${p.weekday} ${day}${NBSP}${p.month} ${p.year} à ${hour}${NBSP}h${NBSP}${minute} (heure de Paris)`;
}

function plural(n: number, one: string, many: string): string {
	return `${n}${NBSP}${n === 1 ? one : many}`;
}

/**
 * Time left, rounded down (never promise more time than there is): « dans 3 jours et 4 heures »,
 * « dans 5 heures et 12 minutes », « dans 45 minutes », « dans moins d’une minute ».
 * A day here is 24 hours of elapsed time.
 */
export function formatRemaining(ms: number): string {
	const days = Math.floor(ms / DAY);
	const hours = Math.floor((ms % DAY) / HOUR);
	const minutes = Math.floor((ms % HOUR) / MINUTE);
	if (days > 0) {
		const d = plural(days, 'jour', 'jours');
		return hours > 0 ? `dans ${d} et ${plural(hours, 'heure', 'heures')}` : `dans ${d}`;
	}
	if (hours > 0) {
		const h = plural(hours, 'heure', 'heures');
		return minutes > 0 ? `dans ${h} et ${plural(minutes, 'minute', 'minutes')}` : `dans ${h}`;
	}
	if (minutes > 0) return `dans ${plural(minutes, 'minute', 'minutes')}`;
	return 'dans moins d’une minute';
}

/* ------------------------------------------------------------------------------------------ */
/* Deadline                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * Last moment to request or cancel a termination: end of subscription − 86 400 000 ms.
 * `time` defaults to '00:00' when absent or blank. The deadline itself still counts as in
 * time: `isPast` is true only once `now` is strictly after it.
 */
export function computeDeadline(input: DeadlineInput, now: Date): DeadlineResult {
	if (input.date.trim() === '') {
		return { ok: false, error: 'date-missing', message: messages.dateMissing };
	}
	const d = parseDate(input.date);
	if (!d.ok) return { ok: false, error: 'date-invalid', message: d.message };
	const rawTime = input.time?.trim() ?? '';
	const t = parseTime(rawTime === '' ? '00:00' : rawTime);
	if (!t.ok) return { ok: false, error: 'time-invalid', message: t.message };

	const endMs = wallToInstant({ ...d.value, ...t.value });
	const deadlineMs = endMs - NOTICE_MS;
	const left = deadlineMs - now.getTime();
	if (Number.isNaN(left)) throw new RangeError('computeDeadline: `now` is an invalid Date');
	const isPast = left < 0;
	const end = new Date(endMs);
	const deadline = new Date(deadlineMs);
	return {
		ok: true,
		end,
		deadline,
		endLabel: formatParis(end),
		deadlineLabel: formatParis(deadline),
		isPast,
		remaining: isPast ? null : formatRemaining(left),
	};
}
