/** How old the saved weekly distances are: the list is "the last full weeks", so it ages. */
import type { SavedRecord } from './record';

/**
 * The list is "the last full weeks", so after 7 days another week has ended that it does not
 * hold, and its latest week is no longer last week.
 */
export const WEEKLY_KM_STALE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the saved weekly distances were entered: the record's own stamp; for a record from
 * before the stamp existed, the newest saved assessment holding exactly that list (it was there
 * by then at least); null when neither tells.
 */
export function weeklyKmSavedAt(record: SavedRecord): string | null {
	const weeks = record.runner.weeklyKm;
	if (!weeks?.length) return null;
	if (record.weeklyKmSavedAt) return record.weeklyKmSavedAt;
	const same = JSON.stringify(weeks);
	const holders = record.history.filter((e) => JSON.stringify(e.request.runner.weeklyKm) === same);
	return holders.at(-1)?.date ?? null;
}

export interface StaleWeeks {
	savedAt: string;
	/** Whole days since then. */
	days: number;
}

/** The saved weekly distances when they are more than 7 days old at `now` (the caller's clock). */
export function staleWeeklyKm(record: SavedRecord, now: Date): StaleWeeks | null {
	const savedAt = weeklyKmSavedAt(record);
	if (savedAt === null) return null;
	const age = now.getTime() - new Date(savedAt).getTime();
	if (!(age > WEEKLY_KM_STALE_DAYS * DAY_MS)) return null;
	return { savedAt, days: Math.floor(age / DAY_MS) };
}
