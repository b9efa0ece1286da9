/**
 * The picture of an imported load, pure: weekly distances and each run against the longest run
 * in the 30 days before it, as chart specs and as table rows of the same numbers, in the
 * runner's display units; and the "next run" line.
 */
import type { ChartSpec } from '$lib/charts/to-chart-data';
import { toDisplay, type Units } from '$lib/units';
import { dayMonth, shortDay } from './days';
import { SPIKE_ABOVE, WINDOW_DAYS, type Load, type RunPoint, type Week } from './load';

/** The runs chart shows the latest 12 weeks: five years of runs would be a smear. */
export const RUNS_SHOWN_DAYS = 12 * 7;

export function shown(km: number, units: Units): number {
	return Math.round(toDisplay(km, 'km', units) * 10) / 10;
}

/** An axis top a little above the data, on a round step (about five ticks). */
export function axis(top: number): { max: number; step: number } {
	if (top <= 0) return { max: 10, step: 2 };
	const rough = (top * 1.1) / 5;
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
	return { max: Math.ceil((top * 1.1) / step) * step, step };
}

export interface WeekRow {
	label: string;
	distance: number;
	runs: number;
}

export function weekRows(weeks: readonly Week[], units: Units): WeekRow[] {
	return weeks.map((w) => ({
		label: `${dayMonth(w.monday)} – ${shortDay(w.monday + 6)}`,
		distance: shown(w.km, units),
		runs: w.runs
	}));
}

export function weeksChart(weeks: readonly Week[], units: Units): ChartSpec {
	const data = weeks.map((w) => shown(w.km, units));
	return {
		labels: weeks.map((w) => dayMonth(w.monday)),
		...axis(Math.max(0, ...data)),
		datasets: [
			{
				label: `Weekly distance (${units.distance})`,
				data,
				colorVar: '--series-1',
				pointStyle: 'rect',
				borderDash: []
			}
		]
	};
}

export function describeWeeks(weeks: readonly Week[], units: Units): string {
	const parts = weeks.map((w) => `week of ${dayMonth(w.monday)} ${shown(w.km, units)}`);
	return `Bar chart of weekly running distance in ${units.distance}, Monday to Sunday: ${parts.join(', ')}.`;
}

/** The runs the chart and its table show: the latest 12 weeks up to the latest run. */
export function recentRuns(load: Load): RunPoint[] {
	const last = load.latest;
	if (!last) return [];
	return load.runs.filter((r) => r.day > last.day - RUNS_SHOWN_DAYS);
}

export interface RunRow {
	label: string;
	distance: number;
	longestBefore: number | null;
	/** "+25% over", "after a break", "" */
	verdict: string;
	spike: boolean;
}

function verdict(r: RunPoint): string {
	if (r.longestBefore === null) return 'Not known: your files start less than 30 days before';
	if (r.afterBreak) return 'First run after 30 days or more without one';
	if (r.ratio === null) return '';
	const pct = Math.round((r.ratio - 1) * 100);
	if (r.spike) return `Spike: ${pct}% longer`;
	return pct > 0 ? `${pct}% longer, within 10%` : 'Not longer';
}

/** Labels for runs: a date, with a count when a day has more than one. */
function runLabels(runs: readonly RunPoint[]): string[] {
	const seen = new Map<number, number>();
	return runs.map((r) => {
		const n = (seen.get(r.day) ?? 0) + 1;
		seen.set(r.day, n);
		return n === 1 ? dayMonth(r.day) : `${dayMonth(r.day)} (${n})`;
	});
}

export function runRows(runs: readonly RunPoint[], units: Units): RunRow[] {
	const labels = runLabels(runs);
	return runs.map((r, i) => ({
		label: labels[i]!,
		distance: shown(r.km, units),
		longestBefore: r.longestBefore === null ? null : shown(r.longestBefore, units),
		verdict: verdict(r),
		spike: r.spike
	}));
}

export function runsChart(runs: readonly RunPoint[], units: Units): ChartSpec {
	const distance = runs.map((r) => shown(r.km, units));
	const longest = runs.map((r) =>
		r.longestBefore === null ? null : shown(r.longestBefore, units)
	);
	const top = Math.max(0, ...distance, ...longest.map((x) => x ?? 0));
	return {
		labels: runLabels(runs),
		...axis(top),
		datasets: [
			{
				label: `Run (${units.distance})`,
				data: distance,
				colorVar: '--series-1',
				pointStyle: 'circle',
				borderDash: [],
				showLine: false
			},
			{
				label: 'Longest in the 30 days before',
				data: longest,
				colorVar: '--series-3',
				pointStyle: 'rect',
				borderDash: [6, 4],
				stepped: true,
				pointRadius: 0
			},
			{
				// Spikes get their own shape and legend entry, not only a colour.
				label: 'Spike: over 10% longer',
				data: runs.map((r, i) => (r.spike ? distance[i]! : null)),
				colorVar: '--high',
				pointStyle: 'triangle',
				borderDash: [],
				showLine: false,
				pointRadius: 9
			}
		]
	};
}

export function describeRuns(runs: readonly RunPoint[], units: Units): string {
	const spikes = runs.filter((r) => r.spike);
	const list = spikes.map((r) => `${dayMonth(r.day)} ${shown(r.km, units)} ${units.distance}`);
	return (
		`Chart of each run in the last 12 weeks of your files, in ${units.distance}, against the longest run in the 30 days before it. ` +
		(spikes.length === 0
			? 'No run was more than 10% longer than that.'
			: `${spikes.length === 1 ? 'One run was a spike' : `${spikes.length} runs were spikes`}, more than 10% longer: ${list.join(', ')}.`)
	);
}

export type NextRun =
	| { kind: 'within'; km: number; longest: number }
	| { kind: 'no-longer-than-latest'; km: number }
	| { kind: 'after-break' }
	| { kind: 'unknown' };

/**
 * How long the next run may be. Within 10% of the longest run of the last 30 days (the latest
 * run included: it is now part of the next run's window); with calf pain now, never longer
 * than the latest run, and no other figure is offered.
 */
export function nextRun(load: Load, calfHurts: boolean): NextRun {
	const latest = load.latest;
	if (!latest) return { kind: 'unknown' };
	if (calfHurts) return { kind: 'no-longer-than-latest', km: latest.km };
	if (load.firstDay === null || load.firstDay > load.today - WINDOW_DAYS)
		return { kind: 'unknown' };
	const window = load.runs.filter((r) => r.day >= load.today - WINDOW_DAYS);
	const longest = Math.max(0, ...window.map((r) => r.km));
	if (longest === 0) return { kind: 'after-break' };
	return { kind: 'within', km: longest * SPIKE_ABOVE, longest };
}
