/**
 * One activity, several files: a watch's FIT file, the same run in a Strava archive, a GPX a
 * friend sent. Two activities are taken to be the same when they start within two minutes of
 * each other (or, where one gives only its day, on the same day) and their distances differ by
 * no more than 5% or 100 m: GPS apps and watches measure the same run slightly differently.
 *
 * Same-ness is grouped transitively and each group keeps its best-sourced member, so the order
 * in which files are given never changes the result.
 */
import { isDateOnly, type Activity } from './activity';
import { startDay } from './days';

export interface Sourced {
	activity: Activity;
	/** Higher is better: a watch file is preferred to a summary row, a timed start to a day. */
	rank: number;
}

/** Two starts at most this many seconds apart can be one activity's. */
export const SAME_START_S = 120;
/** Two distances can be one activity's when they differ by at most this share of the longer… */
export const SAME_DISTANCE_SHARE = 0.05;
/** …or by at most this many km, whichever is more. */
export const SAME_DISTANCE_KM = 0.1;

export function sameDistance(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.max(SAME_DISTANCE_SHARE * Math.max(a, b), SAME_DISTANCE_KM);
}

interface Item {
	i: number;
	day: number;
	ms: number | null;
	a: Activity;
	rank: number;
}

/** A total order on content alone, so the winner of a group does not depend on input order. */
function better(x: Item, y: Item): boolean {
	if (x.rank !== y.rank) return x.rank > y.rank;
	if ((x.ms === null) !== (y.ms === null)) return x.ms !== null;
	if ((x.a.durationS === undefined) !== (y.a.durationS === undefined))
		return x.a.durationS !== undefined;
	const kx = JSON.stringify([x.a.start, x.a.distanceKm, x.a.durationS ?? -1, x.a.sport]);
	const ky = JSON.stringify([y.a.start, y.a.distanceKm, y.a.durationS ?? -1, y.a.sport]);
	return kx < ky;
}

/**
 * Which of `items` to keep: `kept[i]` is true for one member of each group of the same
 * activity. `timeZone` places day-only starts.
 */
export function dedupe(items: readonly Sourced[], timeZone: string): boolean[] {
	const list: Item[] = items.map(({ activity, rank }, i) => ({
		i,
		day: startDay(activity.start, timeZone).day,
		ms: isDateOnly(activity.start) ? null : Date.parse(activity.start),
		a: activity,
		rank
	}));
	const parent = list.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const join = (a: number, b: number) => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};

	// Timed starts: neighbours within two minutes, found by sorting on the instant.
	const timed = list.filter((x) => x.ms !== null).sort((x, y) => x.ms! - y.ms!);
	for (let p = 0; p < timed.length; p++) {
		for (let q = p + 1; q < timed.length; q++) {
			if (timed[q]!.ms! - timed[p]!.ms! > SAME_START_S * 1000) break;
			if (sameDistance(timed[p]!.a.distanceKm, timed[q]!.a.distanceKm))
				join(timed[p]!.i, timed[q]!.i);
		}
	}
	// Day-only starts: any activity of the same local day.
	const byDay = new Map<number, Item[]>();
	for (const x of list) {
		const same = byDay.get(x.day);
		if (same) same.push(x);
		else byDay.set(x.day, [x]);
	}
	for (const x of list) {
		if (x.ms !== null) continue;
		for (const y of byDay.get(x.day)!) {
			if (y !== x && sameDistance(x.a.distanceKm, y.a.distanceKm)) join(x.i, y.i);
		}
	}

	const best = new Map<number, Item>();
	for (const x of list) {
		const root = find(x.i);
		const current = best.get(root);
		if (!current || better(x, current)) best.set(root, x);
	}
	const kept = list.map(() => false);
	for (const x of best.values()) kept[x.i] = true;
	return kept;
}
