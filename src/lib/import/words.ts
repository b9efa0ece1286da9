/**
 * The import's words, pure: what each filled answer is called and how its value reads in the
 * runner's units, each file's count, the next-run line and the note after filling.
 */
import { toDisplay, type Units } from '$lib/units';
import { FILL_FIELDS, type FillField, type TrainingFill } from './fill';
import type { FileTally } from './merge';
import { shown, type NextRun } from './picture';

/** Controls owned by no form: nothing of the import is ever submitted with the page's form. */
export const NO_FORM = 'import-training-no-form';

export const FILL_LABELS: Record<FillField, string> = {
	weeklyKm: 'Weekly distances',
	nextRunKm: 'Your latest run',
	longestRunLast30DaysKm: 'Longest run in the 30 days before it',
	monthsRunningLast12: 'Months of weekly running in the last 12',
	restDaysPerWeek: 'Rest days in a typical week',
	otherSportHoursPerWeek: 'Other sports, hours a week'
};

export function distance(km: number, units: Units): string {
	return `${shown(km, units)} ${units.distance}`;
}

/** A limit is rounded down in the shown unit, so the figure read never exceeds it. */
export function limit(km: number, units: Units): string {
	return `${Math.floor(toDisplay(km, 'km', units) * 10) / 10} ${units.distance}`;
}

/** A filled value as the runner reads it; '' for a field left empty. */
export function valueText(fill: TrainingFill, field: FillField, units: Units): string {
	const v = fill.values[field];
	if (v === undefined) return '';
	if (Array.isArray(v)) return `${v.map((km) => shown(km, units)).join(', ')} ${units.distance}`;
	if (field === 'nextRunKm' || field === 'longestRunLast30DaysKm') return distance(v, units);
	return String(v);
}

/** "3 runs and 1 other activity (2 already counted …)". */
export function tallyText(t: FileTally): string {
	const parts = [`${t.runs} ${t.runs === 1 ? 'run' : 'runs'}`];
	if (t.other) parts.push(`${t.other} other ${t.other === 1 ? 'activity' : 'activities'}`);
	const dup = t.duplicates
		? ` (${t.duplicates} already counted from another file or twice in this one)`
		: '';
	return parts.join(' and ') + dup;
}

/** What follows "Next run:", or null when the files cannot tell. */
export function nextRunText(next: NextRun, units: Units): string | null {
	switch (next.kind) {
		case 'no-longer-than-latest':
			return `while your calf hurts, no longer than your latest run (${limit(next.km, units)}).`;
		case 'within':
			return `up to ${limit(next.km, units)} keeps it within 10% of your longest run in the last 30 days (${distance(next.longest, units)}).`;
		case 'after-break':
			return 'your files hold no run in the last 30 days: start well below your old longest run (our opinion).';
		case 'unknown':
			return null;
	}
}

/** The note once the answers are filled: which ones, and that they stay the runner's. */
export function filledText(fill: TrainingFill): string {
	const list = FILL_FIELDS.filter((f) => fill.values[f] !== undefined).map((f) =>
		FILL_LABELS[f].toLowerCase()
	);
	return `Filled from your files: ${list.join('; ')}. You can still change any answer.`;
}
