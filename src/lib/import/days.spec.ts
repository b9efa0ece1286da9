import { describe, expect, it } from 'vitest';
import {
	dayOf,
	dayRange,
	isoDay,
	localTime,
	mondayOf,
	monthStart,
	startDay,
	weekday
} from './days';

describe('localTime: the day an instant falls on in a time zone', () => {
	it.each([
		// Sunday 23:30 UTC is already Monday in Paris (winter, UTC+1).
		['2025-03-09T23:30:00Z', 'UTC', '2025-03-09', '23:30'],
		['2025-03-09T23:30:00Z', 'Europe/Paris', '2025-03-10', '00:30'],
		// New York's spring-forward night (2025-03-09 02:00 → 03:00): still the 8th at 06:59 UTC.
		['2025-03-09T06:59:00Z', 'America/New_York', '2025-03-09', '01:59'],
		['2025-03-09T07:00:00Z', 'America/New_York', '2025-03-09', '03:00'],
		// Paris falls back on 2025-10-26 (03:00 → 02:00): 00:30 UTC is 02:30 summer time.
		['2025-10-26T00:30:00Z', 'Europe/Paris', '2025-10-26', '02:30'],
		['2025-10-26T01:30:00Z', 'Europe/Paris', '2025-10-26', '02:30'],
		// Half-hour and quarter-hour offsets.
		['2025-06-30T18:40:00Z', 'Asia/Kolkata', '2025-07-01', '00:10'],
		['2025-06-30T18:10:00Z', 'Asia/Kathmandu', '2025-06-30', '23:55'],
		// Across the date line: Auckland (UTC+13 in its summer) is a day ahead.
		['2025-01-05T12:00:00Z', 'Pacific/Auckland', '2025-01-06', '01:00'],
		['2025-01-05T12:00:00Z', 'Pacific/Honolulu', '2025-01-05', '02:00']
	])('%s in %s is %s %s', (iso, zone, day, hhmm) => {
		const t = localTime(Date.parse(iso), zone);
		expect(isoDay(t.day)).toBe(day);
		const minutes = t.msOfDay / 60000;
		expect(
			`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
		).toBe(hhmm);
	});

	it('a day-only start is that day, ordered at midday', () => {
		const s = startDay('2025-03-14', 'Pacific/Auckland');
		expect(isoDay(s.day)).toBe('2025-03-14');
		expect(s.key).toBe(s.day * 86_400_000 + 12 * 3600_000);
	});
});

describe('weeks and months by calendar day', () => {
	it.each([
		['2025-03-10', 0, '2025-03-10'], // a Monday
		['2025-03-16', 6, '2025-03-10'], // the Sunday after it
		['2025-03-30', 6, '2025-03-24'], // DST Sunday in Europe: still one day
		['2024-12-31', 1, '2024-12-30'], // across a year
		['1970-01-01', 3, '1969-12-29']
	])('%s is weekday %i of the week of %s', (iso, wd, monday) => {
		const d = dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)));
		expect(weekday(d)).toBe(wd);
		expect(isoDay(mondayOf(d))).toBe(monday);
	});

	it.each([
		['2025-03-14', 0, '2025-03-01'],
		['2025-03-14', -12, '2024-03-01'],
		['2025-01-31', -1, '2024-12-01'],
		['2025-12-31', 1, '2026-01-01']
	])('the month of %s shifted by %i starts on %s', (iso, offset, start) => {
		const d = dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)));
		expect(isoDay(monthStart(d, offset))).toBe(start);
	});

	it.each([
		['2025-03-03', '2025-04-27', '3 Mar – 27 Apr 2025'],
		['2024-12-30', '2025-01-05', '30 Dec 2024 – 5 Jan 2025'],
		['2025-03-14', '2025-03-14', '14 Mar 2025']
	])('%s to %s reads "%s"', (a, b, text) => {
		const day = (iso: string) =>
			dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)));
		expect(dayRange(day(a), day(b))).toBe(text);
	});
});
