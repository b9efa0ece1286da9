/**
 * Applying a runner's answer to rows that waited for it (the unit of an old Strava export or of
 * a plain CSV, the day order of its dates). Pure and free of the parsers, so the page can do
 * it without loading them; the worker uses it too.
 */
import type { Sourced } from './dedupe';
import type { DayOrder } from './parse/numbers';
import { count } from './parse/result';
import {
	datedRows,
	plainActivities,
	stravaActivity,
	type DistanceUnit,
	type PlainCell,
	type PlainRow,
	type StravaRow
} from './parse/rows';

/** Preference between copies of one activity: a watch file over an export's summary row. */
export const RANK: Record<'fit' | 'tcx' | 'gpx' | 'strava' | 'csv', number> = {
	fit: 4,
	tcx: 3,
	gpx: 2,
	strava: 1,
	csv: 0
};

/** Rows whose distance unit the runner must tell: read again once they answer. */
export type Pending =
	| { kind: 'strava'; rows: StravaRow[] }
	| {
			kind: 'csv';
			unit: DistanceUnit | 'm' | null;
			rows?: PlainRow[];
			/** Date cells still to read once the day order is known. */
			cells?: PlainCell[];
	  };

export interface Answer {
	unit?: DistanceUnit;
	order?: DayOrder;
}

/** Strava rows as activities; a row with no distance the unit can tell is left out, and said. */
export function stravaItems(
	rows: StravaRow[],
	unit: DistanceUnit | null,
	notes: string[] = []
): Sourced[] {
	let unread = 0;
	const out = rows.flatMap((row) => {
		const activity = stravaActivity(row, unit);
		if (!activity) unread++;
		return activity ? [{ activity, rank: RANK.strava }] : [];
	});
	if (unread > 0)
		notes.push(`${count(unread, 'row')} whose distance could not be read in kilometres left out.`);
	return out;
}

/** Turns rows that waited for an answer into activities. */
export function resolvePending(
	pending: Pending,
	answer: Answer
): { items: Sourced[]; notes: string[] } {
	if (pending.kind === 'strava')
		return { items: stravaItems(pending.rows, answer.unit ?? null), notes: [] };
	const unit = pending.unit ?? answer.unit;
	if (!unit) return { items: [], notes: [] };
	let rows = pending.rows;
	let notes: string[] = [];
	if (!rows) {
		if (!answer.order) return { items: [], notes: [] };
		({ rows, notes } = datedRows(pending.cells ?? [], answer.order));
	}
	return {
		items: plainActivities(rows, unit).map((activity) => ({ activity, rank: RANK.csv })),
		notes
	};
}
