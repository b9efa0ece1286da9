/**
 * Rows read from a CSV turned into activities: pure, without the CSV parser, so the page can
 * apply a runner's answer (km or miles, day or month first) without loading the parsers.
 */
import { MAX_ACTIVITY_KM, isoInstant, roundKm, type Activity } from '../activity';
import { readPlainDate, type DayOrder } from './numbers';
import { ImportError, count } from './result';

export const KM_PER_MILE = 1.609344;
export type DistanceUnit = 'km' | 'mi';

/** A plain CSV row, its distance still in the file's unit. */
export interface PlainRow {
	start: string;
	distance: number;
	durationS?: number;
	sport: Activity['sport'];
}

/** A plain CSV row whose date cell waits for the day order. */
export interface PlainCell {
	date: string;
	distance: number;
	durationS?: number;
	sport: Activity['sport'];
}

export interface StravaRow {
	/** Epoch ms (Strava writes UTC). */
	start: number;
	sport: Activity['sport'];
	durationS?: number;
	/** From the metres column, when the export has it. */
	metres?: number;
	/** The first Distance column, in the account's unit. */
	accountDistance?: number;
	/** `activities/123.fit.gz`, the activity's own file in the archive. */
	filename?: string;
}

/** A Strava row as an activity, given the unit of the account's column when there are no metres. */
export function stravaActivity(row: StravaRow, unit: DistanceUnit | null): Activity | null {
	const km =
		row.metres !== undefined
			? row.metres / 1000
			: row.accountDistance !== undefined && unit
				? row.accountDistance * (unit === 'mi' ? KM_PER_MILE : 1)
				: row.accountDistance === undefined
					? 0
					: null;
	if (km === null || km > MAX_ACTIVITY_KM) return null;
	return {
		start: isoInstant(row.start),
		distanceKm: roundKm(km),
		...(row.durationS !== undefined ? { durationS: row.durationS } : {}),
		sport: row.sport
	};
}

/** Reads the date cells once the day order is known. */
export function datedRows(
	read: PlainCell[],
	order: DayOrder | null,
	notes: string[] = []
): { rows: PlainRow[]; notes: string[] } {
	const out: PlainRow[] = [];
	let badDate = 0;
	for (const x of read) {
		const start = readPlainDate(x.date, order);
		if (start === null) {
			badDate++;
			continue;
		}
		out.push({
			start,
			distance: x.distance,
			sport: x.sport,
			...(x.durationS !== undefined ? { durationS: x.durationS } : {})
		});
	}
	const all = [...notes];
	if (badDate)
		all.push(
			`${count(badDate, 'row')} with a date that could not be read left out (write 2025-03-14).`
		);
	if (out.length === 0)
		throw new ImportError('No row of this CSV file has a date and a distance that could be read.');
	return { rows: out, notes: all };
}

export function plainActivities(rows: PlainRow[], unit: DistanceUnit | 'm'): Activity[] {
	const factor = unit === 'mi' ? KM_PER_MILE : unit === 'm' ? 0.001 : 1;
	return rows
		.filter((r) => r.distance * factor <= MAX_ACTIVITY_KM)
		.map((r) => ({
			start: r.start,
			distanceKm: roundKm(r.distance * factor),
			...(r.durationS !== undefined ? { durationS: r.durationS } : {}),
			sport: r.sport
		}));
}
