import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ALARM_TRIGGER,
	calendarDataUrl,
	EVENT_DURATION,
	escapeText,
	foldLine,
	type ReminderInput,
	reminderCalendar,
} from './calendar.ts';
import { computeDeadline } from './deadline.ts';

/*
 * How the expected values are derived (by hand, not from the module's output):
 *
 * - Paris is UTC+1 (CET) in winter, UTC+2 (CEST) in summer, from 01:00 UTC on the last Sunday of
 *   March to 01:00 UTC on the last Sunday of October. 2026: Sunday 29 March (02:00 CET → 03:00
 *   CEST) and Sunday 25 October (03:00 CEST → 02:00 CET): 31 March and 31 October 2026 are a
 *   Tuesday and a Saturday (1 January 2026 is a Thursday; 31 March is 89 days later, 89 mod 7 = 5;
 *   31 October is 303 days later, 303 mod 7 = 2).
 * - Deadline = end − 24 h of elapsed time (deadline.ts). Across a change this is not « same wall
 *   time the day before »: 29 March 2026 lasts 23 h in Paris, 25 October 2026 lasts 25 h.
 * - RFC 5545 §3.3.5: a local time that happens twice names its first occurrence.
 *
 * The reader below is independent of deadline.ts and Intl: it places a TZID=Europe/Paris time
 * with the VTIMEZONE the file carries, as a calendar app without a tz database would.
 */

const CRLF = '\r\n';
const octets = (s: string) => new TextEncoder().encode(s).length;

type Property = { name: string; params: string; value: string };
type Component = { name: string; props: Property[]; children: Component[] };

/** Content lines of the text: CRLF-separated, continuation lines (leading space) unfolded. */
function unfold(ics: string): string[] {
	expect(ics.endsWith(CRLF)).toBe(true);
	const physical = ics.slice(0, -CRLF.length).split(CRLF);
	const lines: string[] = [];
	for (const line of physical) {
		if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
		else lines.push(line);
	}
	return lines;
}

/** The component tree; throws on a BEGIN/END mismatch or a line that is not `NAME[;…]:value`. */
function parse(ics: string): Component {
	const root: Component = { name: '', props: [], children: [] };
	const stack = [root];
	for (const line of unfold(ics)) {
		// `s`: a value may hold U+2028 or U+2029, which `.` does not match otherwise.
		const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/s.exec(line);
		if (!m) throw new Error(`not a content line: ${JSON.stringify(line)}`);
		const [, name = '', params = '', value = ''] = m;
		const top = stack[stack.length - 1] as Component;
		if (name === 'BEGIN') {
			const child: Component = { name: value, props: [], children: [] };
			top.children.push(child);
			stack.push(child);
		} else if (name === 'END') {
			if (top.name !== value) throw new Error(`END:${value} closes ${top.name}`);
			stack.pop();
		} else {
			top.props.push({ name, params: params.slice(1), value });
		}
	}
	expect(stack).toHaveLength(1);
	expect(root.children).toHaveLength(1);
	return root.children[0] as Component;
}

/** The one item named `name`; throws if there are none or several. */
function only<T extends { name: string }>(items: T[], name: string, where: string): T {
	const found = items.filter((x) => x.name === name);
	if (found.length !== 1) throw new Error(`${where} has ${found.length} ${name}, not one`);
	return found[0] as T;
}
const child = (c: Component, name: string) => only(c.children, name, c.name);
const prop = (c: Component, name: string) => only(c.props, name, c.name);

const unescapeText = (value: string) =>
	value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

/* --- Placing a local time with the file's own VTIMEZONE -------------------------------------- */

type Observance = { month: number; hour: number; minute: number; from: number; to: number };

const offsetMs = (text: string) => {
	const m = /^([+-])(\d{2})(\d{2})$/.exec(text);
	if (!m) throw new Error(`bad offset ${text}`);
	return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
};

/** Day of the month of the last Sunday of `month` (1–12) in `year`. */
function lastSunday(year: number, month: number): number {
	const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
	return last.getUTCDate() - last.getUTCDay();
}

function observances(vtimezone: Component): Observance[] {
	return vtimezone.children.map((o) => {
		const rule = /^FREQ=YEARLY;BYMONTH=(\d+);BYDAY=-1SU$/.exec(prop(o, 'RRULE').value);
		const start = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00$/.exec(prop(o, 'DTSTART').value);
		if (!rule || !start) throw new Error(`unexpected ${o.name} rule`);
		const month = Number(rule[1]);
		// The first onset must itself be an instance of the rule.
		expect(Number(start[2])).toBe(month);
		expect(Number(start[3])).toBe(lastSunday(Number(start[1]), month));
		return {
			month,
			hour: Number(start[4]),
			minute: Number(start[5]),
			from: offsetMs(prop(o, 'TZOFFSETFROM').value),
			to: offsetMs(prop(o, 'TZOFFSETTO').value),
		};
	});
}

/** The UTC offset the observances give at `instant` (the latest onset at or before it). */
function offsetAt(obs: Observance[], instant: number): number {
	const year = new Date(instant).getUTCFullYear();
	let latest = { onset: Number.NEGATIVE_INFINITY, to: Number.NaN };
	for (const y of [year - 1, year, year + 1]) {
		for (const o of obs) {
			// The onset's local time is in the offset in force before it (TZOFFSETFROM).
			const onset = Date.UTC(y, o.month - 1, lastSunday(y, o.month), o.hour, o.minute) - o.from;
			if (onset <= instant && onset > latest.onset) latest = { onset, to: o.to };
		}
	}
	return latest.to;
}

/** Instant of `DTSTART`, read as RFC 5545 says, with the file's VTIMEZONE for a TZID. */
function readStart(calendar: Component): number {
	const start = prop(child(calendar, 'VEVENT'), 'DTSTART');
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(start.value);
	if (!m) throw new Error(`bad DTSTART ${start.value}`);
	const fields = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
	const [y, mo, d, h, mi, s] = fields;
	const wall = Date.UTC(y, mo - 1, d, h, mi, s);
	if (m[7] === 'Z') {
		expect(start.params).toBe('');
		return wall;
	}
	expect(start.params).toBe('TZID=Europe/Paris');
	const vtimezone = child(calendar, 'VTIMEZONE');
	expect(prop(vtimezone, 'TZID').value).toBe('Europe/Paris');
	const obs = observances(vtimezone);
	const candidates = [...new Set(obs.map((o) => o.to))]
		.map((offset) => wall - offset)
		.filter((instant) => instant + offsetAt(obs, instant) === wall);
	// A wall time read from an instant always exists: none may fall in the spring gap.
	expect(candidates.length, `${start.value} exists in Paris`).toBeGreaterThan(0);
	return Math.min(...candidates); // the first occurrence (RFC 5545 §3.3.5)
}

/* --- Fixtures ------------------------------------------------------------------------------- */

const base: ReminderInput = {
	deadline: new Date('2026-01-14T09:00:00Z'),
	title: 'Dernier moment pour résilier',
	description: 'Votre abonnement prend fin le 15 janvier.',
	url: 'https://example.test/resilier/#assistant',
	now: new Date('2026-01-02T08:30:15.250Z'),
	uid: 'deadline-2026-01-14T09:00:00Z@example.test',
};

const calendarFor = (over: Partial<ReminderInput> = {}) =>
	parse(reminderCalendar({ ...base, ...over }));

const deadlineOf = (date: string, time?: string) => {
	const r = computeDeadline({ date, time }, new Date('2000-01-01T00:00:00Z'));
	if (!r.ok) throw new Error(r.message);
	return r.deadline;
};

const startOf = (deadline: Date) => {
	const p = prop(child(calendarFor({ deadline }), 'VEVENT'), 'DTSTART');
	return p.params ? `${p.params}:${p.value}` : p.value;
};

/* --- Tests ---------------------------------------------------------------------------------- */

describe('reminderCalendar — structure', () => {
	it('is one VCALENDAR with the Paris VTIMEZONE and one VEVENT holding a VALARM', () => {
		const cal = calendarFor();
		expect(cal.name).toBe('VCALENDAR');
		expect(cal.props.map((p) => `${p.name}:${p.value}`)).toEqual([
			'PRODID:-//Guide de résiliation OVHcloud//Assistant de résiliation//FR',
			'VERSION:2.0',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
		]);
		expect(cal.children.map((c) => c.name)).toEqual(['VTIMEZONE', 'VEVENT']);
		const vtimezone = child(cal, 'VTIMEZONE');
		expect(vtimezone.children.map((c) => c.name).sort()).toEqual(['DAYLIGHT', 'STANDARD']);
		const daylight = child(vtimezone, 'DAYLIGHT');
		expect(prop(daylight, 'TZNAME').value).toBe('CEST');
		expect(observances({ ...vtimezone, children: [daylight] })).toEqual([
			{ month: 3, hour: 2, minute: 0, from: 3_600_000, to: 7_200_000 },
		]);
		const standard = child(vtimezone, 'STANDARD');
		expect(prop(standard, 'TZNAME').value).toBe('CET');
		expect(observances({ ...vtimezone, children: [standard] })).toEqual([
			{ month: 10, hour: 3, minute: 0, from: 7_200_000, to: 3_600_000 },
		]);

		const event = child(cal, 'VEVENT');
		expect(event.props.map((p) => p.name).sort()).toEqual(
			['DESCRIPTION', 'DTSTAMP', 'DTSTART', 'DURATION', 'SUMMARY', 'UID', 'URL'].sort(),
		);
		expect(prop(event, 'UID').value).toBe('deadline-2026-01-14T09:00:00Z@example.test');
		expect(prop(event, 'DURATION').value).toBe('PT15M');
		expect(EVENT_DURATION).toBe('PT15M');
		expect(prop(event, 'SUMMARY').value).toBe('Dernier moment pour résilier');
		expect(prop(event, 'DESCRIPTION').value).toBe('Votre abonnement prend fin le 15 janvier.');
		expect(prop(event, 'URL').value).toBe('https://example.test/resilier/#assistant');

		const alarm = child(event, 'VALARM');
		expect(prop(alarm, 'ACTION').value).toBe('DISPLAY');
		expect(prop(alarm, 'TRIGGER').value).toBe('-PT2H');
		expect(ALARM_TRIGGER).toBe('-PT2H');
		expect(prop(alarm, 'DESCRIPTION').value).toBe('Dernier moment pour résilier');
	});

	it('stamps DTSTAMP with `now` in UTC, milliseconds dropped', () => {
		expect(prop(child(calendarFor(), 'VEVENT'), 'DTSTAMP').value).toBe('20260102T083015Z');
	});

	it('writes a winter and a summer deadline as Paris wall time', () => {
		// 09:00 UTC in January = 10:00 CET; 16:45 UTC in July = 18:45 CEST.
		expect(startOf(new Date('2026-01-14T09:00:00Z'))).toBe('TZID=Europe/Paris:20260114T100000');
		expect(startOf(new Date('2026-07-14T16:45:00Z'))).toBe('TZID=Europe/Paris:20260714T184500');
	});

	it('keeps the seconds of a deadline and drops its milliseconds', () => {
		// 2026-07-14 16:45:30.999 UTC = 18:45:30 CEST.
		expect(startOf(new Date('2026-07-14T16:45:30.999Z'))).toBe('TZID=Europe/Paris:20260714T184530');
	});

	it('uses CRLF everywhere and ends with CRLF', () => {
		const ics = reminderCalendar({ ...base, description: 'a\nb\rc\r\nd' });
		expect(ics.endsWith(CRLF)).toBe(true);
		for (const line of ics.split(CRLF)) expect(line).not.toMatch(/[\r\n]/);
	});

	it('rejects an invalid Date and a relative URL', () => {
		expect(() => reminderCalendar({ ...base, deadline: new Date(Number.NaN) })).toThrow(RangeError);
		expect(() => reminderCalendar({ ...base, now: new Date('nope') })).toThrow(RangeError);
		expect(() => reminderCalendar({ ...base, url: '/resilier/' })).toThrow(TypeError);
	});

	it('writes the URL normalized, so a space or a line break cannot break the line', () => {
		const cal = calendarFor({ url: 'https://example.test/a b/\n?x=1,2' });
		expect(prop(child(cal, 'VEVENT'), 'URL').value).toBe('https://example.test/a%20b/?x=1,2');
	});
});

describe('reminderCalendar — DTSTART around the daylight-saving changes (deadline.ts)', () => {
	it('October: end 26 Oct 2026 00:00 CET → deadline 25 Oct 01:00 CEST', () => {
		// End 00:00 CET = 25 Oct 23:00 UTC; −24 h = 24 Oct 23:00 UTC, before the change
		// (25 Oct 01:00 UTC), so CEST: 25 Oct 01:00. 25 October has 25 hours, so not 00:00.
		const deadline = deadlineOf('2026-10-26');
		expect(deadline.toISOString()).toBe('2026-10-24T23:00:00.000Z');
		expect(startOf(deadline)).toBe('TZID=Europe/Paris:20261025T010000');
	});

	it('March: end 30 Mar 2026 00:00 CEST → deadline 28 Mar 23:00 CET', () => {
		// End 00:00 CEST = 29 Mar 22:00 UTC; −24 h = 28 Mar 22:00 UTC, before the change
		// (29 Mar 01:00 UTC), so CET: 28 Mar 23:00. 29 March has 23 hours, so not 29 Mar 00:00.
		const deadline = deadlineOf('2026-03-30');
		expect(deadline.toISOString()).toBe('2026-03-28T22:00:00.000Z');
		expect(startOf(deadline)).toBe('TZID=Europe/Paris:20260328T230000');
	});

	it('the days after each change: plain midnight', () => {
		// End 27 Oct 00:00 CET = 26 Oct 23:00 UTC → 25 Oct 23:00 UTC = 26 Oct 00:00 CET.
		expect(startOf(deadlineOf('2026-10-27'))).toBe('TZID=Europe/Paris:20261026T000000');
		// End 31 Mar 00:00 CEST = 30 Mar 22:00 UTC → 29 Mar 22:00 UTC = 30 Mar 00:00 CEST.
		expect(startOf(deadlineOf('2026-03-31'))).toBe('TZID=Europe/Paris:20260330T000000');
	});

	it('October repeated hour, first occurrence (CEST): Paris wall time, read as the first', () => {
		// End 26 Oct 01:30 CET = 00:30 UTC → deadline 25 Oct 00:30 UTC = 02:30 CEST, the first
		// 02:30 of that day, which is how RFC 5545 reads 02:30.
		const deadline = deadlineOf('2026-10-26', '01:30');
		expect(deadline.toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(startOf(deadline)).toBe('TZID=Europe/Paris:20261025T023000');
		expect(readStart(calendarFor({ deadline }))).toBe(deadline.getTime());
	});

	it('October repeated hour, second occurrence (CET): written in UTC', () => {
		// End 26 Oct 02:30 CET = 01:30 UTC → deadline 25 Oct 01:30 UTC = the second 02:30 (CET).
		// TZID=Europe/Paris:…T023000 would name the first one, an hour earlier: UTC is exact.
		const deadline = deadlineOf('2026-10-26', '02:30');
		expect(deadline.toISOString()).toBe('2026-10-25T01:30:00.000Z');
		expect(startOf(deadline)).toBe('20261025T013000Z');
		expect(readStart(calendarFor({ deadline }))).toBe(deadline.getTime());
	});

	it('March gap: no deadline is written inside it', () => {
		// End 30 Mar 02:30 CEST = 00:30 UTC → deadline 29 Mar 00:30 UTC = 01:30 CET, before the gap.
		expect(startOf(deadlineOf('2026-03-30', '02:30'))).toBe('TZID=Europe/Paris:20260329T013000');
		// End 30 Mar 03:00 CEST = 01:00 UTC → deadline 29 Mar 01:00 UTC = 03:00 CEST, after it.
		expect(startOf(deadlineOf('2026-03-30', '03:00'))).toBe('TZID=Europe/Paris:20260329T030000');
		// An end typed inside the gap (29 Mar 02:30) is read as 03:30 CEST = 01:30 UTC by
		// deadline.ts → deadline 28 Mar 01:30 UTC = 02:30 CET on 28 March, which exists.
		expect(startOf(deadlineOf('2026-03-29', '02:30'))).toBe('TZID=Europe/Paris:20260328T023000');
	});

	it('midnight ends always give a Paris wall time (never the UTC form)', () => {
		// A midnight end minus 24 h is 23:00, 00:00 or 01:00 in Paris, never in 02:00–02:59.
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-02'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(d) => {
					const deadline = deadlineOf(d.toISOString().slice(0, 10));
					expect(startOf(deadline)).toMatch(/^TZID=Europe\/Paris:\d{8}T(23|00|01)0000$/);
				},
			),
		);
	});

	it('every change from 2000 to 2100: a minute before, at, and a minute after', () => {
		// Changes at 01:00 UTC on the last Sunday of March and of October.
		for (let year = 2000; year <= 2100; year++) {
			for (const month of [3, 10]) {
				const change = Date.UTC(year, month - 1, lastSunday(year, month), 1);
				for (const delta of [-60_000, 0, 60_000, 3_600_000 - 60_000, 3_600_000]) {
					const deadline = new Date(change + delta);
					expect(readStart(calendarFor({ deadline }))).toBe(deadline.getTime());
				}
			}
		}
	});

	it('property: DTSTART read with the VTIMEZONE is the deadline (2000–2100)', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(deadline) => {
					const wholeSecond = Math.floor(deadline.getTime() / 1000) * 1000;
					expect(readStart(calendarFor({ deadline }))).toBe(wholeSecond);
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('reminderCalendar — escaping and folding', () => {
	it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
		const cal = calendarFor({ title: 'Résilier; vite, \\ maintenant', description: 'l1\nl2' });
		const event = child(cal, 'VEVENT');
		expect(prop(event, 'SUMMARY').value).toBe('Résilier\\; vite\\, \\\\ maintenant');
		expect(prop(event, 'DESCRIPTION').value).toBe('l1\\nl2');
		expect(prop(child(event, 'VALARM'), 'DESCRIPTION').value).toBe(
			'Résilier\\; vite\\, \\\\ maintenant',
		);
	});

	it('drops control characters other than tab, and replaces a lone surrogate', () => {
		expect(escapeText('a\u0000b\tc\u001Fd\u007Fe\u0085f')).toBe('ab\tcdef');
		expect(escapeText('x\uD800y\uDC00z😀')).toBe('x\uFFFDy\uFFFDz😀');
	});

	it('folds at 75 octets without splitting a multi-byte character', () => {
		// 74 ASCII octets then « é » (2 octets): 76 > 75, so « é » starts the next line.
		expect(foldLine(`${'a'.repeat(74)}é`)).toEqual(['a'.repeat(74), ' é']);
		// 75 ASCII octets fit on one line exactly.
		expect(foldLine('a'.repeat(75))).toEqual(['a'.repeat(75)]);
		// Continuation lines hold the space plus 74 octets: 1 + 74 + 1 + 74 + 1 + 2.
		expect(foldLine('b'.repeat(150))).toEqual(['b'.repeat(75), ` ${'b'.repeat(74)}`, ' b']);
		// A 4-octet emoji after 72 octets (76 > 75) moves whole to the next line.
		expect(foldLine(`${'c'.repeat(72)}😀`)).toEqual(['c'.repeat(72), ' 😀']);
	});

	it('property: every line ≤ 75 octets, and the text reads back', () => {
		// Characters of 1 to 4 octets, the escaped ones, line breaks and controls, any code point.
		const unit = fc.oneof(
			fc.constantFrom('a', 'é', '€', '😀', ',', ';', '\\', '\n', '\r', '\u0000', '\uD800'),
			fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
		);
		const text = fc.string({ unit, maxLength: 200, size: 'max' });
		// Found by this property (seed -694148159): a title of U+2028 alone, a valid TEXT value.
		const separator = child(parse(reminderCalendar({ ...base, title: '\u2028' })), 'VEVENT');
		expect(unescapeText(prop(separator, 'SUMMARY').value)).toBe('\u2028');
		fc.assert(
			fc.property(text, text, (title, description) => {
				const ics = reminderCalendar({ ...base, title, description });
				const lines = ics.split(CRLF);
				expect(lines.filter((line) => octets(line) > 75)).toEqual([]);
				// No half of a surrogate pair left alone by a fold.
				expect(lines.filter((line) => /[\uD800-\uDFFF]/u.test(line))).toEqual([]);
				const event = child(parse(ics), 'VEVENT');
				// Read back: line breaks as \n, other controls dropped, lone surrogates replaced.
				const expected = (s: string) =>
					s
						.replace(/\r\n|\r/g, '\n')
						.replace(/(?![\t\n])\p{Cc}/gu, '')
						.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
				expect(unescapeText(prop(event, 'SUMMARY').value)).toBe(expected(title));
				expect(unescapeText(prop(event, 'DESCRIPTION').value)).toBe(expected(description));
			}),
			{ numRuns: 200 },
		);
	});
});

describe('calendarDataUrl', () => {
	it('is a UTF-8 text/calendar data URL whose payload decodes to the text', () => {
		const ics = reminderCalendar({ ...base, title: 'Résilier #1, 100 % « vite » 😀' });
		const url = calendarDataUrl(ics);
		const prefix = 'data:text/calendar;charset=utf-8,';
		expect(url.startsWith(prefix)).toBe(true);
		const payload = url.slice(prefix.length);
		// Nothing that would end or split the URL (`#`, space, quotes) stays raw.
		expect(payload).toMatch(/^[A-Za-z0-9\-_.!~*'()%]*$/);
		expect(decodeURIComponent(payload)).toBe(ics);
		expect(payload).toContain('%0D%0A');
	});
});
