/**
 * The saved assessments: one per check-in, kept for a year, charted on /history. Pure: the
 * caller passes dates and the day a date falls on.
 */
import {
	FACTORS,
	type AssessRequest,
	type Assessment,
	type Band,
	type Factor
} from '../risk/schema';
import { HISTORY_MAX, type HistoryEntry, type SavedRecord } from './record';

/** One history entry from an assessment; the caller passes the date (no clock in here). */
export function historyEntry(
	date: Date,
	request: AssessRequest,
	assessment: Assessment
): HistoryEntry {
	return {
		date: date.toISOString(),
		model: assessment.model,
		request,
		results: assessment.results.map((r) => ({
			shoe: r.shoe,
			index: r.index,
			band: r.band,
			factors: {
				overuse: { ...r.factors.overuse },
				calf: { ...r.factors.calf },
				form: { ...r.factors.form },
				shoe: { ...r.factors.shoe },
				load: { ...r.factors.load }
			}
		})),
		ranking: [...assessment.ranking]
	};
}

/** The UTC calendar day of an ISO date, `2026-11-26`: the same day the history labels show. */
export function utcDay(iso: string): string {
	return new Date(iso).toISOString().slice(0, 10);
}

/** The calendar day of an ISO date where the code runs: in a browser, the runner's own day. */
export function localDay(iso: string): string {
	const d = new Date(iso);
	return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * Append an entry, keeping the newest HISTORY_MAX.
 *
 * The same answers under the same model saved again on the same calendar day replace the last
 * entry: a double press, or a second save after reading the results, is one check and must not
 * draw two points. On a later day it is a new point: "nothing changed this week" is itself a
 * result worth charting. A calendar day, not a window of hours: a check at 23:00 and one at
 * 07:00 are two days to a runner although 8 hours apart. `dayOf` says which calendar: the
 * browser passes `localDay` (the runner's), and the UTC default keeps node tests independent
 * of the machine's time zone.
 */
export function addHistory(
	record: SavedRecord,
	entry: HistoryEntry,
	dayOf: (iso: string) => string = utcDay
): SavedRecord {
	const last = record.history.at(-1);
	const repeat =
		last !== undefined &&
		last.model === entry.model &&
		dayOf(last.date) === dayOf(entry.date) &&
		JSON.stringify(last.request) === JSON.stringify(entry.request);
	const kept = repeat ? record.history.slice(0, -1) : record.history;
	return { ...record, history: [...kept, entry].slice(-HISTORY_MAX) };
}

/** The record without the saved assessment of that date (dates are to the millisecond). */
export function removeHistory(record: SavedRecord, date: string): SavedRecord {
	const at = record.history.findIndex((e) => e.date === date);
	if (at < 0) return record;
	return { ...record, history: record.history.filter((_, i) => i !== at) };
}

export interface HistoryPoint {
	date: string;
	shoe: string;
	index: number | null;
	band: Band;
	factors: Record<Factor, number | null>;
	/** Calf pain during runs, 0 to 10, as answered in that save (null: not answered). */
	pain: number | null;
}

/** One point per saved assessment, for its best-ranked shoe: the data of the history chart. */
export function historySeries(history: readonly HistoryEntry[]): HistoryPoint[] {
	return history.flatMap((entry) => {
		const best = entry.results[entry.ranking[0] ?? 0];
		if (!best) return [];
		const factors = Object.fromEntries(FACTORS.map((f) => [f, best.factors[f].score])) as Record<
			Factor,
			number | null
		>;
		const pain = entry.request.runner.pain?.duringRun ?? null;
		return [
			{ date: entry.date, shoe: best.shoe, index: best.index, band: best.band, factors, pain }
		];
	});
}
