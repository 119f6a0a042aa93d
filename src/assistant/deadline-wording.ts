/**
 * The deadline in French: the Paris date and time as a sentence, and the time left.
 * Typography as the site writes it (U+00A0 where a break would split a unit).
 */

import { DAY, HOUR, MINUTE, TIME_ZONE } from './paris-time.ts';

const NBSP = '\u00A0';

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
