/**
 * What an import fills in the runner's answers: the engine's own runner fields, in km as the
 * engine takes them, each with where it came from ("from your files (3 Mar – 27 Apr 2025)"),
 * and for each field left empty, why, so the runner knows what to type.
 */
import type { Runner } from '$lib/risk/schema';
import { LIMITS } from '$lib/risk/schema';
import type { Activity } from './activity';
import { dayRange, isoDay, monthName, shortDay } from './days';
import {
	MAX_WEEKS,
	MONTHS_LOOKED_AT,
	RECENT_WEEKS,
	WINDOW_DAYS,
	computeLoad,
	medianDown,
	type Load,
	type LoadOptions
} from './load';

export const FILL_FIELDS = [
	'weeklyKm',
	'nextRunKm',
	'longestRunLast30DaysKm',
	'monthsRunningLast12',
	'restDaysPerWeek',
	'otherSportHoursPerWeek'
] as const;
export type FillField = (typeof FILL_FIELDS)[number];

export type FillValues = Pick<Runner, FillField>;

export interface TrainingFill {
	/** The runner fields the files decide, ready to merge into the runner's answers. */
	values: FillValues;
	/** For each filled field: `from your files (<date range>)`. */
	provenance: Partial<Record<FillField, string>>;
	/** For each field the files could not decide: why, in words for the runner. */
	notFilled: Partial<Record<FillField, string>>;
	/** The activities counted (duplicates removed), in the stored shape, oldest first. */
	activities: Activity[];
	/** First and last day of the files' activities (`2025-03-14`), or null with none. */
	range: { from: string; to: string } | null;
	/** What the runner should know about the reading as a whole. */
	notes: string[];
}

/** Latest activity this many days before today: the weeks since probably miss runs. */
const STALE_DAYS = 14;

/** The engine's ranges: a figure outside them is left for the runner rather than refused later. */
const MAX_RUN_KM = 250;
const MAX_WEEK_KM = 400;
const MAX_OTHER_HOURS = 40;

/** Kilometres as the form keeps them (units.ts rounds metric figures to 2 decimals too). */
function km2(x: number): number {
	return Math.round(x * 100) / 100;
}

function from(a: number, b: number): string {
	return `from your files (${dayRange(a, b)})`;
}

export function fillFrom(load: Load, activities: Activity[]): TrainingFill {
	const values: FillValues = {};
	const provenance: TrainingFill['provenance'] = {};
	const notFilled: TrainingFill['notFilled'] = {};
	const { firstDay, lastDay, latest, weeks } = load;
	const fill = <K extends FillField>(field: K, value: FillValues[K], text: string) => {
		values[field] = value;
		provenance[field] = text;
	};
	if (firstDay === null || lastDay === null) {
		for (const f of FILL_FIELDS) notFilled[f] = 'Your files hold no activity up to today.';
		return { values, provenance, notFilled, activities, range: null, notes: futureNote(load) };
	}
	const starts = `Your files start on ${shortDay(firstDay)}`;

	const shownWeeks = weeks.slice(-Math.min(MAX_WEEKS, LIMITS.weeklyKmEntries));
	if (shownWeeks.length === 0) {
		notFilled.weeklyKm = `${starts}, after the Monday of the last full week: they cover no full Monday–Sunday week yet.`;
	} else if (shownWeeks.some((w) => w.km > MAX_WEEK_KM)) {
		notFilled.weeklyKm = `A week in your files has more than ${MAX_WEEK_KM} km, more than the check takes: type your weeks yourself.`;
	} else {
		const first = shownWeeks[0]!.monday;
		const last = shownWeeks[shownWeeks.length - 1]!.monday + 6;
		fill(
			'weeklyKm',
			shownWeeks.map((w) => km2(w.km)),
			from(first, last)
		);
	}

	if (!latest) {
		notFilled.nextRunKm = 'Your files hold no run.';
		notFilled.longestRunLast30DaysKm = 'Your files hold no run.';
	} else if (latest.km > MAX_RUN_KM) {
		notFilled.nextRunKm = `Your latest run is over ${MAX_RUN_KM} km, more than the check takes.`;
		notFilled.longestRunLast30DaysKm = notFilled.nextRunKm;
	} else {
		fill('nextRunKm', km2(latest.km), from(latest.day, latest.day));
		if (latest.longestBefore === null) {
			notFilled.longestRunLast30DaysKm = `${starts}, less than ${WINDOW_DAYS} days before your latest run (${shortDay(latest.day)}): type your longest run in the ${WINDOW_DAYS} days before it.`;
		} else if (latest.longestBefore > MAX_RUN_KM) {
			notFilled.longestRunLast30DaysKm = `Your longest run before the latest is over ${MAX_RUN_KM} km, more than the check takes.`;
		} else {
			fill(
				'longestRunLast30DaysKm',
				km2(latest.longestBefore),
				from(latest.day - WINDOW_DAYS, latest.day - 1)
			);
		}
	}

	const months = load.months;
	if (months && months.covered) {
		fill('monthsRunningLast12', months.count, from(months.from, months.to));
	} else if (months) {
		notFilled.monthsRunningLast12 = `${starts}, so they do not cover the last ${MONTHS_LOOKED_AT} months (${monthName(months.from)} to ${monthName(months.to)}). In the months they cover you ran weekly in ${months.count}; type your own count, adding any months before your files.`;
	}

	const recent = weeks.slice(-RECENT_WEEKS);
	// Covered weeks run without a gap up to the last full week, so four of them are the last four.
	if (recent.length < RECENT_WEEKS) {
		const why = `${starts}: they cover fewer than the last ${RECENT_WEEKS} full weeks.`;
		notFilled.restDaysPerWeek = why;
		notFilled.otherSportHoursPerWeek = why;
	} else {
		const span = from(recent[0]!.monday, recent[recent.length - 1]!.monday + 6);
		fill('restDaysPerWeek', medianDown(recent.map((w) => w.restDays)), span);
		const hours = recent.reduce((sum, w) => sum + w.otherHours, 0) / RECENT_WEEKS;
		if (hours > MAX_OTHER_HOURS) {
			notFilled.otherSportHoursPerWeek = `Your files hold more than ${MAX_OTHER_HOURS} hours a week of other sports, more than the check takes.`;
		} else {
			fill('otherSportHoursPerWeek', Math.round(hours * 10) / 10, span);
		}
	}
	const range = { from: isoDay(firstDay), to: isoDay(lastDay) };
	const notes = futureNote(load);
	if (load.today - lastDay > STALE_DAYS)
		notes.push(
			`Your latest activity in these files is from ${shortDay(lastDay)}: every week after it counts as 0 km. If you ran since, add the files of those runs.`
		);
	if (load.otherWithoutDuration > 0 && values.otherSportHoursPerWeek !== undefined)
		notes.push(
			`${load.otherWithoutDuration === 1 ? 'One other-sport activity' : `${load.otherWithoutDuration} other-sport activities`} in the last ${RECENT_WEEKS} weeks had no duration and added no hours.`
		);
	return { values, provenance, notFilled, activities, range, notes };
}

function futureNote(load: Load): string[] {
	if (load.future === 0) return [];
	const n = load.future === 1 ? 'One activity is' : `${load.future} activities are`;
	return [`${n} dated after today and left out: check the clock of the device that recorded them.`];
}

/** The whole reading: activities (duplicates already removed) → the fill. */
export function trainingFill(activities: Activity[], options: LoadOptions): TrainingFill {
	return fillFrom(computeLoad(activities, options), activities);
}
