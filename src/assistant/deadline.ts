/**
 * Last moment to request (or cancel) the termination of an OVHcloud subscription.
 *
 * Rule: a termination can be requested, or cancelled, until 24 hours before the end of the
 * subscription. The customer types the end date (and optionally a time, 00:00 by default) as
 * Paris wall-clock time; the deadline is that instant minus exactly 86 400 000 ms. Around a
 * daylight-saving change this is 23 or 25 hours of Paris wall-clock time, not "same time the day
 * before" — the rule is about elapsed time.
 *
 * Pure module: no DOM, no globals, no clock (`now` is injected). The typed date and time are
 * read by `deadline-input.ts`, placed in Paris time by `paris-time.ts` and worded in French by
 * `deadline-wording.ts`.
 */

import { deadlineHours } from '../catalogue/rules.ts';
import { messages, parseDate, parseTime } from './deadline-input.ts';
import { formatParis, formatRemaining } from './deadline-wording.ts';
import { wallToInstant } from './paris-time.ts';

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
