/**
 * The one thing an import keeps of an activity: when it started, how far, how long, and
 * whether it was a run. Nothing else (no GPS track, heart rate or name) leaves the parser, so
 * the saved record can hold a runner's history without holding where they ran.
 */
import * as v from 'valibot';

export const SPORTS = ['run', 'other'] as const;
export type Sport = (typeof SPORTS)[number];

/** The longest activity a file may claim, in km and seconds: beyond any recorded ultra. */
export const MAX_ACTIVITY_KM = 1000;
export const MAX_ACTIVITY_S = 14 * 24 * 3600;

/** `2025-03-14T07:30:00Z` or `2025-03-14T07:30:00+02:00` (an instant), or `2025-03-14` (a day only). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (no 30 February), years 1970–2100. */
export function isCalendarDay(s: string): boolean {
	const m = DATE_ONLY.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y < 1970 || y > 2100) return false;
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isDateOnly(start: string): boolean {
	return DATE_ONLY.test(start);
}

function isStart(s: string): boolean {
	if (DATE_ONLY.test(s)) return isCalendarDay(s);
	if (!DATE_TIME.test(s) || !isCalendarDay(s.slice(0, 10))) return false;
	return Number.isFinite(Date.parse(s));
}

export const ActivitySchema = v.strictObject(
	{
		/** An ISO 8601 instant with its offset, or a calendar day where the source gives no time. */
		start: v.pipe(
			v.string(),
			v.check(isStart, 'Give the start as 2025-03-14T07:30:00Z, with an offset, or as 2025-03-14')
		),
		distanceKm: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_ACTIVITY_KM)),
		/** Moving time where the source has it, else elapsed time; absent when the source has neither. */
		durationS: v.optional(
			v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_ACTIVITY_S))
		),
		sport: v.picklist(SPORTS)
	},
	(issue) =>
		issue.expected === 'never'
			? `Unknown field: ${String(issue.input)}`
			: 'Must be an activity with a start, distanceKm and sport'
);

export type Activity = v.InferOutput<typeof ActivitySchema>;

/** An instant as the ISO string the schema takes (UTC, whole seconds). */
export function isoInstant(ms: number): string {
	return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Kilometres to the metre, which is what every source here measures to at best. */
export function roundKm(km: number): number {
	return Math.round(km * 1000) / 1000;
}
