/**
 * Calendar days in the runner's time zone, as whole numbers (days since 1970-01-01 of the
 * local calendar), so that weeks and 30-day windows are counted in days, never in 24-hour
 * steps that a daylight-saving change would shift. Pure: the time zone and "now" are always
 * arguments, never read from the machine.
 */
import { isDateOnly } from './activity';

const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** The day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Where an instant falls in `timeZone`: its day and the milliseconds into that day. */
export function localTime(ms: number, timeZone: string): { day: number; msOfDay: number } {
	const parts: Record<string, number> = {};
	for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	const day = dayOf(parts.year!, parts.month!, parts.day!);
	const msOfDay =
		((parts.hour! * 60 + parts.minute!) * 60 + parts.second!) * 1000 +
		(((ms % 1000) + 1000) % 1000);
	return { day, msOfDay };
}

/** Midday: where a start known only by its day sorts among the day's timed activities. */
const DAY_ONLY_MS = 12 * 3600 * 1000;

/**
 * Intl's time-zone arithmetic is the slow part of reading thousands of activities, and the
 * same starts are placed again on every reading (dedupe, weeks, chart): remembered, per zone.
 */
const placed = new Map<string, Map<string, { day: number; key: number }>>();
const PLACED_MAX = 50_000;

/** The local day of an activity's start and a key that orders starts within the day. */
export function startDay(start: string, timeZone: string): { day: number; key: number } {
	let zone = placed.get(timeZone);
	if (!zone) placed.set(timeZone, (zone = new Map()));
	let found = zone.get(start);
	if (!found) {
		if (zone.size >= PLACED_MAX) zone.clear();
		zone.set(start, (found = place(start, timeZone)));
	}
	return found;
}

function place(start: string, timeZone: string): { day: number; key: number } {
	if (isDateOnly(start)) {
		const day = dayOf(Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8)));
		return { day, key: day * MS_PER_DAY + DAY_ONLY_MS };
	}
	const { day, msOfDay } = localTime(Date.parse(start), timeZone);
	return { day, key: day * MS_PER_DAY + msOfDay };
}

/** 0 = Monday … 6 = Sunday (1970-01-01, day 0, was a Thursday). */
export function weekday(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the Monday–Sunday week that holds `day`. */
export function mondayOf(day: number): number {
	return day - weekday(day);
}

export function ymd(day: number): { year: number; month: number; day: number } {
	const d = new Date(day * MS_PER_DAY);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2025-03-14` */
export function isoDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `14 Mar 2025`, as the app writes dates elsewhere. */
export function shortDay(day: number): string {
	const d = ymd(day);
	return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** `14 Mar` */
export function dayMonth(day: number): string {
	const d = ymd(day);
	return `${d.day} ${MONTHS[d.month - 1]}`;
}

/** `3 Mar – 27 Apr 2025`, or `14 Mar 2025` for one day, years written only where they differ. */
export function dayRange(from: number, to: number): string {
	if (from === to) return shortDay(from);
	const a = ymd(from);
	const b = ymd(to);
	const left = a.year === b.year ? dayMonth(from) : shortDay(from);
	return `${left} – ${shortDay(to)}`;
}

/** The first day of the month `offset` months from the month holding `day`. */
export function monthStart(day: number, offset = 0): number {
	const d = ymd(day);
	const index = d.year * 12 + (d.month - 1) + offset;
	return dayOf(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function monthName(day: number): string {
	const d = ymd(day);
	return `${MONTHS[d.month - 1]} ${d.year}`;
}
