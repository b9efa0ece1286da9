/**
 * What an import fills in the runner's answers: the engine's own runner fields, in km as the
 * engine takes them, each with where it came from ("from your files (3 Mar – 27 Apr 2025)"),
 * and for each field left empty, why, so the runner knows what to type.
 */
import type { Runner } from '$lib/risk/schema';
import { LIMITS } from '$lib/risk/schema';
import { WEEKS_SHOWN, type FormValues } from '$lib/form/fields';
import { requestToValues } from '$lib/form/values';
import type { Units } from '$lib/units';
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

export interface Source {
	count: number;
	kind: 'run' | 'other';
	/** `3 Mar – 27 Apr 2025`, or one day. */
	range: string;
}

export interface TrainingFill {
	/** The runner fields the files decide, ready to merge into the runner's answers. */
	values: FillValues;
	/** For each filled field: `from your files (<date range>)`. */
	provenance: Partial<Record<FillField, string>>;
	/**
	 * For each filled field, what it was worked out from: how many activities (runs, or other
	 * sports for the other-sport hours) and the days they were looked for in.
	 */
	sources: Partial<Record<FillField, Source>>;
	/** The weeks of `values.weeklyKm`, in its order: their Mondays and how many runs each had. */
	weeks: { monday: number; runs: number }[];
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
	const sources: TrainingFill['sources'] = {};
	const notFilled: TrainingFill['notFilled'] = {};
	const { firstDay, lastDay, latest, weeks } = load;
	const runsIn = (a: number, b: number) =>
		load.runs.reduce((n, r) => n + (r.day >= a && r.day <= b ? 1 : 0), 0);
	/** A field filled from the runs (or other sports) of days `a` to `b`. */
	const fill = <K extends FillField>(
		field: K,
		value: FillValues[K],
		[a, b]: [number, number],
		kind: Source['kind'] = 'run',
		count = runsIn(a, b)
	) => {
		values[field] = value;
		provenance[field] = from(a, b);
		sources[field] = { count, kind, range: dayRange(a, b) };
	};
	if (firstDay === null || lastDay === null) {
		for (const f of FILL_FIELDS) notFilled[f] = 'Your files hold no activity up to today.';
		const notes = futureNote(load);
		return { values, provenance, sources, weeks: [], notFilled, activities, range: null, notes };
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
			[first, last]
		);
	}

	if (!latest) {
		notFilled.nextRunKm = 'Your files hold no run.';
		notFilled.longestRunLast30DaysKm = 'Your files hold no run.';
	} else if (latest.km > MAX_RUN_KM) {
		notFilled.nextRunKm = `Your latest run is over ${MAX_RUN_KM} km, more than the check takes.`;
		notFilled.longestRunLast30DaysKm = notFilled.nextRunKm;
	} else {
		fill('nextRunKm', km2(latest.km), [latest.day, latest.day], 'run', 1);
		if (latest.longestBefore === null) {
			notFilled.longestRunLast30DaysKm = `${starts}, less than ${WINDOW_DAYS} days before your latest run (${shortDay(latest.day)}): type your longest run in the ${WINDOW_DAYS} days before it.`;
		} else if (latest.longestBefore > MAX_RUN_KM) {
			notFilled.longestRunLast30DaysKm = `Your longest run before the latest is over ${MAX_RUN_KM} km, more than the check takes.`;
		} else {
			fill('longestRunLast30DaysKm', km2(latest.longestBefore), [
				latest.day - WINDOW_DAYS,
				latest.day - 1
			]);
		}
	}

	const months = load.months;
	if (months && months.covered) {
		fill('monthsRunningLast12', months.count, [months.from, months.to]);
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
		const span: [number, number] = [recent[0]!.monday, recent[recent.length - 1]!.monday + 6];
		fill('restDaysPerWeek', medianDown(recent.map((w) => w.restDays)), span);
		const hours = recent.reduce((sum, w) => sum + w.otherHours, 0) / RECENT_WEEKS;
		if (hours > MAX_OTHER_HOURS) {
			notFilled.otherSportHoursPerWeek = `Your files hold more than ${MAX_OTHER_HOURS} hours a week of other sports, more than the check takes.`;
		} else {
			const others = recent.reduce((n, w) => n + w.others, 0);
			fill('otherSportHoursPerWeek', Math.round(hours * 10) / 10, span, 'other', others);
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
	const filledWeeks =
		values.weeklyKm === undefined ? [] : shownWeeks.map(({ monday, runs }) => ({ monday, runs }));
	return { values, provenance, sources, weeks: filledWeeks, notFilled, activities, range, notes };
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

/** The form's field for each filled answer (the weekly distances are one field a week). */
const FORM_NAMES: Record<Exclude<FillField, 'weeklyKm'>, string> = {
	nextRunKm: 'runner.nextRunKm',
	longestRunLast30DaysKm: 'runner.longestRunLast30DaysKm',
	monthsRunningLast12: 'runner.monthsRunningLast12',
	restDaysPerWeek: 'runner.restDaysPerWeek',
	otherSportHoursPerWeek: 'runner.otherSportHoursPerWeek'
};

/** What the form shows for a fill: its field values as typed, and a note under each. */
export interface FormFill {
	fields: FormValues;
	notes: Record<string, string>;
}

/** `From 38 runs in your files, 2 Nov – 30 Nov 2025`: the line shown under a filled field. */
export function sourceNote(source: Source): string {
	const { count, kind, range } = source;
	const what =
		kind === 'run'
			? `${count === 0 ? 'no' : count} ${count === 1 ? 'run' : 'runs'}`
			: `${count === 0 ? 'no' : count} other-sport ${count === 1 ? 'activity' : 'activities'}`;
	if (kind === 'run' && count === 1 && !range.includes('–'))
		return `From your run of ${range} in your files`;
	return `From ${what} in your files, ${range}`;
}

/**
 * A fill as form fields, in the units the form shows: each value is written exactly as the
 * form writes a saved or shared answer (`requestToValues`), so filling gives what typing the
 * same figures gives. The weeks land on the last inputs, ending with the last full week; the
 * inputs before them are emptied, since the files say nothing of those weeks and a figure
 * typed there earlier would read as part of the same run of weeks.
 */
export function formFill(fill: TrainingFill, units: Units): FormFill {
	const fields: FormValues = {};
	const notes: Record<string, string> = {};
	const weeks = fill.values.weeklyKm?.slice(-WEEKS_SHOWN);
	const shown = fill.weeks.slice(-WEEKS_SHOWN);
	if (weeks && weeks.length > 0 && shown.length === weeks.length) {
		const filled = requestToValues({ runner: { weeklyKm: weeks }, shoes: [] }, units);
		// Each week's note names that week's runs: the form shows fewer weeks than the engine takes.
		const offset = WEEKS_SHOWN - shown.length;
		for (let i = 0; i < WEEKS_SHOWN; i++) {
			const name = `runner.weeklyKm.${i}`;
			fields[name] = filled[name] ?? '';
			const week = shown[i - offset];
			if (week)
				notes[name] = sourceNote({
					count: week.runs,
					kind: 'run',
					range: dayRange(week.monday, week.monday + 6)
				});
		}
	}
	for (const [field, name] of Object.entries(FORM_NAMES) as [keyof typeof FORM_NAMES, string][]) {
		const value = fill.values[field];
		const source = fill.sources[field];
		if (value === undefined || !source) continue;
		fields[name] = requestToValues({ runner: { [field]: value }, shoes: [] }, units)[name]!;
		notes[name] = sourceNote(source);
	}
	return { fields, notes };
}
