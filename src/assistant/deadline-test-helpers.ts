/** Shared by the deadline tests: expected labels written by hand, and the result unwrapped. */

import type { DeadlineResult } from './deadline.ts';

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

export const NBSP = '\u00A0';
/** Label with the typography the module promises: « 23 h 00 » and « 28 mars » unbreakable. */
export const label = (
	weekday: string,
	day: string,
	month: string,
	year: number,
	hh: string,
	mm: string,
) => `${weekday} ${day}${NBSP}${month} ${year} à ${hh}${NBSP}h${NBSP}${mm} (heure de Paris)`;
export const iso = (d: Date) => d.toISOString();

export function ok(result: DeadlineResult) {
	if (!result.ok) throw new Error(`expected ok, got ${result.error}: ${result.message}`);
	return result;
}

export const FAR_PAST = new Date('2000-01-01T00:00:00Z');
