/**
 * The part of a runner's training files a record keeps. Everything the check reads of them
 * (12 full weeks, the 30 days before the latest run, the 12 full months before this one) lies in
 * the last 400 days, so older activities are dropped; and at most TRAINING_MAX are kept, the
 * latest, so a runner with a decade of files still has a small record.
 */
import type { Activity } from '../import/activity';
import { TRAINING_MAX, type SavedRecord, type SavedTraining } from './record';

/** Days kept before the reading: 12 full months before this one (up to 396 days) and a margin. */
export const TRAINING_DAYS = 400;
const DAY_MS = 86_400_000;

/** The start of an activity as an instant; a day-only start counts from that day's midnight UTC. */
function startMs(a: Activity): number {
	return Date.parse(a.start.length === 10 ? `${a.start}T00:00:00Z` : a.start);
}

/** The activities a record keeps of a reading at `readAt`: the last 400 days, the latest 800, oldest first. */
export function keptTraining(activities: readonly Activity[], readAt: Date): SavedTraining {
	// A day-only start may sit up to 14 hours away from the runner's calendar: a day more is kept.
	const cut = readAt.getTime() - (TRAINING_DAYS + 1) * DAY_MS;
	const recent = activities
		.map((a) => ({ a, t: startMs(a) }))
		.filter(({ t }) => t >= cut)
		.sort((x, y) => x.t - y.t)
		.slice(-TRAINING_MAX)
		.map(({ a }) => a);
	return { readAt: readAt.toISOString(), activities: recent };
}

/** The record with the runner's training files, as read at `readAt`. */
export function withTraining(
	record: SavedRecord,
	activities: readonly Activity[],
	readAt: Date
): SavedRecord {
	return { ...record, training: keptTraining(activities, readAt) };
}
