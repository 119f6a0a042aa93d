/**
 * iCalendar (RFC 5545) reminder of a termination deadline, built in the browser and offered as a
 * `data:` URL: no request, nothing for the CSP to allow beyond the link itself.
 *
 * The event starts at the deadline, written as Paris wall-clock time with a `VTIMEZONE` for
 * Europe/Paris, so that calendar apps without a time-zone database still place it right. One
 * exception: during the autumn repeated hour (02:00–02:59 on the last Sunday of October) a
 * Paris wall time names two instants and RFC 5545 reads it as the first one (CEST). A deadline
 * in the second one (CET) is therefore written in UTC instead, which every app reads exactly.
 * (No instant falls in the spring gap, so a wall time read from an instant always exists.)
 *
 * Pure module: no DOM, no globals, no clock (`now` is injected).
 */

import { parisWallTimeToInstant } from './deadline-input.ts';
import { instantToParisWallTime } from './paris-time.ts';

export type ReminderInput = {
	/** The instant the event starts at (the last moment to act). */
	deadline: Date;
	/** SUMMARY of the event; also the text the alarm shows. */
	title: string;
	/** DESCRIPTION of the event (newlines allowed). */
	description: string;
	/** An absolute URL (the assistant's page); relative URLs are rejected. */
	url: string;
	/** DTSTAMP: when the file is made. */
	now: Date;
	/** UID: globally unique, e.g. `deadline-<ISO instant>@<host>`. */
	uid: string;
};

const PRODID = '-//Guide de résiliation OVHcloud//Assistant de résiliation//FR';
const TIME_ZONE = 'Europe/Paris';
/** How long the event lasts in calendars (ISO 8601 duration). */
export const EVENT_DURATION = 'PT15M';
/** How long before the deadline the alarm fires (a negative RFC 5545 duration). */
export const ALARM_TRIGGER = '-PT2H';

/**
 * Europe/Paris since 1996 (EU rule): CEST (+0200) from the last Sunday of March at 02:00 CET,
 * CET (+0100) from the last Sunday of October at 03:00 CEST. The DTSTARTs are the first such
 * Sundays of 1970 (29 March, 25 October), the conventional base the RRULEs repeat from; only
 * dates from 2000 on are ever written here, all under this rule.
 */
const PARIS_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TIME_ZONE}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE',
];

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; every line break
 * (CRLF, CR or LF) written `\n`; other control characters but tab dropped (C0 and DEL are not
 * allowed in TEXT, C1 is only ever junk); a lone UTF-16 surrogate, which has no UTF-8 form and
 * makes `encodeURIComponent` throw, replaced by U+FFFD.
 */
export function escapeText(text: string): string {
	return text
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\r\n|\r|\n/g, '\\n')
		.replace(/(?!\t)\p{Cc}/gu, '')
		.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

const MAX_LINE_OCTETS = 75;

/** Length in UTF-8 of one code point. */
function utf8Length(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Splits a content line into lines of at most 75 octets (RFC 5545 §3.1), each continuation
 * starting with a space (which counts). Splits between code points only, so a multi-byte
 * UTF-8 character (or a surrogate pair) is never cut.
 */
export function foldLine(line: string): string[] {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) ?? 0);
		if (octets + size > MAX_LINE_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines;
}

/** 'YYYYMMDDTHHMMSSZ' of an instant (seconds kept, milliseconds dropped). */
function utcDateTime(instant: Date): string {
	return instant
		.toISOString()
		.replace(/\.\d{3}/, '')
		.replace(/[-:]/g, '');
}

/**
 * The DTSTART property of the deadline: `DTSTART;TZID=Europe/Paris:YYYYMMDDTHHMMSS` when that
 * wall time reads back (first occurrence, as RFC 5545 and `parisWallTimeToInstant` both do) as
 * the deadline, else `DTSTART:…Z`. Paris offsets are whole hours, so the seconds are the UTC ones.
 */
function startProperty(deadline: Date): string {
	const wholeSecond = new Date(Math.floor(deadline.getTime() / 1000) * 1000);
	const wall = instantToParisWallTime(wholeSecond);
	const seconds = wholeSecond.getUTCSeconds();
	const readBack = parisWallTimeToInstant(wall.date, wall.time)?.getTime() ?? Number.NaN;
	if (readBack + seconds * 1000 !== wholeSecond.getTime()) {
		return `DTSTART:${utcDateTime(wholeSecond)}`;
	}
	const digits = `${wall.date}T${wall.time}`.replace(/[-:]/g, '');
	return `DTSTART;TZID=${TIME_ZONE}:${digits}${String(seconds).padStart(2, '0')}`;
}

function validDate(name: string, value: Date): Date {
	if (Number.isNaN(value.getTime())) {
		throw new RangeError(`reminderCalendar: \`${name}\` is an invalid Date`);
	}
	return value;
}

/**
 * The VCALENDAR text of a reminder event at `deadline`, with an alarm `ALARM_TRIGGER` before.
 * CRLF line endings, lines folded at 75 octets. Throws a RangeError for an invalid Date and a
 * TypeError for a URL that is not absolute.
 */
export function reminderCalendar(input: ReminderInput): string {
	const deadline = validDate('deadline', input.deadline);
	const now = validDate('now', input.now);
	// Absolute, normalized: no spaces or line breaks left to break the content line.
	const url = new URL(input.url).href;
	const summary = escapeText(input.title);
	const lines = [
		'BEGIN:VCALENDAR',
		`PRODID:${escapeText(PRODID)}`,
		'VERSION:2.0',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...PARIS_VTIMEZONE,
		'BEGIN:VEVENT',
		`UID:${escapeText(input.uid)}`,
		`DTSTAMP:${utcDateTime(now)}`,
		startProperty(deadline),
		`DURATION:${EVENT_DURATION}`,
		`SUMMARY:${summary}`,
		`DESCRIPTION:${escapeText(input.description)}`,
		`URL:${url}`,
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`TRIGGER:${ALARM_TRIGGER}`,
		`DESCRIPTION:${summary}`,
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}

/** A `data:` URL of the calendar text, for `<a download="rappel.ics" href>`. */
export function calendarDataUrl(ics: string): string {
	return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
