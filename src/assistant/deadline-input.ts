/**
 * The end date and time as the customer types them: parsed and validated, with the French
 * message that says what to fix.
 */

import { utcMs, wallToInstant } from './paris-time.ts';

const NBSP = '\u00A0';

export const messages = {
	dateMissing: 'Saisissez la date de fin de l’abonnement.',
	dateMalformed: `Saisissez la date au format AAAA-MM-JJ (par exemple${NBSP}: 2026-03-28).`,
	dateImpossible: `Cette date n’existe pas${NBSP}: vérifiez le jour et le mois.`,
	timeMalformed: `Saisissez l’heure au format HH:MM (par exemple${NBSP}: 14:30).`,
	timeImpossible: `Cette heure n’existe pas${NBSP}: saisissez une heure entre 00:00 et 23:59.`,
} as const;

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

export function parseDate(date: string): Parsed<{ year: number; month: number; day: number }> {
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

export function parseTime(time: string): Parsed<{ hour: number; minute: number }> {
	const m = TIME_RE.exec(time.trim());
	if (!m) return { ok: false, message: messages.timeMalformed };
	const hour = Number(m[1]);
	const minute = Number(m[2]);
	if (hour > 23 || minute > 59) return { ok: false, message: messages.timeImpossible };
	return { ok: true, value: { hour, minute } };
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
