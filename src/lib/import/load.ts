/**
 * The arithmetic of a runner's imported history, in days of their own time zone: full
 * Monday–Sunday weeks, the longest run in the 30 days before each run, months of weekly running
 * and rest days. Pure: `now` and the time zone are arguments.
 *
 * One assumption runs through it, and the page says so: the files hold every activity from the
 * first one in them onward. Before that first day nothing is known, so a week, a 30-day window
 * or a month that reaches back before it is "not covered" and gives no figure, rather than a
 * figure that counts unknown days as rest.
 */
import { ruleFor } from '$lib/risk/rules';
import { sixDecimals } from '$lib/risk/text';
import type { Activity } from './activity';
import { mondayOf, monthStart, startDay, localTime } from './days';

/** A run "spikes" above this multiple of the longest run in the 30 days before it (the engine's cut). */
export const SPIKE_ABOVE = ruleFor('load.spike').cuts.moderateAbove;
/** How far back the longest run before a run is looked for, in days. */
export const WINDOW_DAYS = 30;
/** The most weeks the engine takes (oldest first). */
export const MAX_WEEKS = 12;
/** Rest days and other-sport hours are read over this many latest full weeks. */
export const RECENT_WEEKS = 4;
/**
 * A month counts as a month of weekly running when the runner ran in at least this many of the
 * Monday–Sunday weeks that begin in it (a month has 4 or 5): our reading of "weekly running".
 */
export const WEEKS_FOR_A_RUNNING_MONTH = 3;
export const MONTHS_LOOKED_AT = 12;

export interface LoadOptions {
	/** The moment of the reading, epoch ms. */
	now: number;
	/** The runner's IANA time zone, e.g. `Europe/Paris`. */
	timeZone: string;
}

export interface DatedActivity extends Activity {
	day: number;
	/** Orders activities: local day and time of day (a day-only start sorts at midday). */
	key: number;
}

export interface Week {
	monday: number;
	km: number;
	runs: number;
	/** Other-sport activities. */
	others: number;
	/** Days of the week without a run. */
	restDays: number;
	otherHours: number;
}

export interface RunPoint {
	day: number;
	key: number;
	km: number;
	/** Longest run in the 30 days before this one, this one not counted; null when the files do not reach back that far. */
	longestBefore: number | null;
	/** `km / longestBefore`; null when there is no longest before it or it is not known. */
	ratio: number | null;
	/** More than 10% over the 30-day longest before it. */
	spike: boolean;
	/** The first run after 30 or more days without one. */
	afterBreak: boolean;
}

export interface Load {
	today: number;
	/** First and last day of any activity (the files' range); null with no activity. */
	firstDay: number | null;
	lastDay: number | null;
	/** The latest full weeks the files cover, oldest first (up to 12). */
	weeks: Week[];
	/** Every run, oldest first, with its 30-day longest before it. */
	runs: RunPoint[];
	latest: RunPoint | null;
	/** Months of weekly running among the last 12 full calendar months; null when not covered. */
	months: { count: number; from: number; to: number; covered: boolean } | null;
	/** Activities dated after today, left out. */
	future: number;
	/** Other-sport activities in the recent weeks with no duration (their hours are unknown). */
	otherWithoutDuration: number;
}

export function dated(activities: readonly Activity[], timeZone: string): DatedActivity[] {
	return activities
		.map((a) => ({ ...a, ...startDay(a.start, timeZone) }))
		.sort(
			(a, b) =>
				a.key - b.key ||
				a.distanceKm - b.distanceKm ||
				(a.durationS ?? -1) - (b.durationS ?? -1) ||
				a.sport.localeCompare(b.sport) ||
				(a.start < b.start ? -1 : a.start > b.start ? 1 : 0)
		);
}

/** The longest run before each run within the window, and whether the window is covered. */
export function runPoints(runs: readonly DatedActivity[], firstDay: number): RunPoint[] {
	return runs.map((run, i) => {
		let longest = 0;
		for (let j = i - 1; j >= 0; j--) {
			const before = runs[j]!;
			if (before.day < run.day - WINDOW_DAYS) break;
			longest = Math.max(longest, before.distanceKm);
		}
		const covered = firstDay <= run.day - WINDOW_DAYS;
		const longestBefore = covered ? longest : null;
		const ratio = longestBefore ? sixDecimals(run.distanceKm / longestBefore) : null;
		return {
			day: run.day,
			key: run.key,
			km: run.distanceKm,
			longestBefore,
			ratio,
			spike: ratio !== null && ratio > SPIKE_ABOVE,
			afterBreak: longestBefore === 0 && run.distanceKm > 0
		};
	});
}

/** One Monday–Sunday week of activities. */
export function weekOf(monday: number, activities: readonly DatedActivity[]): Week {
	let km = 0;
	let runs = 0;
	let others = 0;
	let otherS = 0;
	const runDays = new Set<number>();
	for (const a of activities) {
		if (a.day < monday || a.day > monday + 6) continue;
		if (a.sport === 'run') {
			km += a.distanceKm;
			runs++;
			runDays.add(a.day);
		} else {
			others++;
			otherS += a.durationS ?? 0;
		}
	}
	return { monday, km, runs, others, restDays: 7 - runDays.size, otherHours: otherS / 3600 };
}

/** Months of weekly running in the 12 full calendar months before the month of `today`. */
export function monthsOfRunning(
	runDays: ReadonlySet<number>,
	today: number,
	firstDay: number
): { count: number; from: number; to: number; covered: boolean } {
	const from = monthStart(today, -MONTHS_LOOKED_AT);
	const to = monthStart(today) - 1;
	let count = 0;
	let firstMonday: number | null = null;
	for (let m = 0; m < MONTHS_LOOKED_AT; m++) {
		const start = monthStart(today, m - MONTHS_LOOKED_AT);
		const end = monthStart(today, m - MONTHS_LOOKED_AT + 1);
		let weeksRun = 0;
		for (let monday = mondayOf(start + 6); monday < end; monday += 7) {
			firstMonday ??= monday;
			for (let d = monday; d < monday + 7; d++) {
				if (runDays.has(d)) {
					weeksRun++;
					break;
				}
			}
		}
		if (weeksRun >= WEEKS_FOR_A_RUNNING_MONTH) count++;
	}
	return { count, from, to, covered: firstMonday !== null && firstDay <= firstMonday };
}

export function computeLoad(activities: readonly Activity[], { now, timeZone }: LoadOptions): Load {
	const today = localTime(now, timeZone).day;
	const all = dated(activities, timeZone);
	const past = all.filter((a) => a.day <= today);
	const future = all.length - past.length;
	if (past.length === 0) {
		return {
			today,
			firstDay: null,
			lastDay: null,
			weeks: [],
			runs: [],
			latest: null,
			months: null,
			future,
			otherWithoutDuration: 0
		};
	}
	const firstDay = past[0]!.day;
	const lastDay = past[past.length - 1]!.day;
	const thisMonday = mondayOf(today);
	const weeks: Week[] = [];
	for (let k = MAX_WEEKS; k >= 1; k--) {
		const monday = thisMonday - 7 * k;
		// A week is covered only when the files reach its Monday: before the first activity
		// nothing is known, and a half-known week would read as a low week.
		if (monday >= firstDay) weeks.push(weekOf(monday, past));
	}
	const runs = runPoints(
		past.filter((a) => a.sport === 'run'),
		firstDay
	);
	const recentStart = thisMonday - 7 * RECENT_WEEKS;
	const otherWithoutDuration = past.filter(
		(a) =>
			a.sport === 'other' && a.durationS === undefined && a.day >= recentStart && a.day < thisMonday
	).length;
	return {
		today,
		firstDay,
		lastDay,
		weeks,
		runs,
		latest: runs[runs.length - 1] ?? null,
		months: monthsOfRunning(new Set(runs.map((r) => r.day)), today, firstDay),
		future,
		otherWithoutDuration
	};
}

/** Median of whole numbers, a half rounded down: toward fewer rest days, the cautious side. */
export function medianDown(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor((s.length - 1) / 2);
	return s.length % 2 ? s[mid]! : Math.floor((s[mid]! + s[mid + 1]!) / 2);
}
