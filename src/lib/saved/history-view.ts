/**
 * Saved history → what the /history page shows: the line charts' data (pain, and the index with
 * its factors), and "what changed" between the latest save and any earlier one. Pure: the page passes
 * the history in, and the findings are recomputed by the engine from each entry's saved request.
 */
import type { ChartSpec } from '../charts/to-chart-data';
import { historySeries, type HistoryPoint } from './history';
import { type HistoryEntry } from './record';
import { assess } from '../risk/assess';
import { FACTORS, type Band, type Factor, type FindingId } from '../risk/schema';
import { factorFor, ruleFor } from '../risk/rules';
import { INDEX_LABEL } from '../results/labels';
import { METRIC, type Units } from '../units';

/**
 * `26 Nov 2026` in the runner's own time zone: a save at 21:00 in New York is dated that day,
 * not the next (the same calendar day `localDay` in record.ts groups saves by). Dates are only
 * written in the browser, from saved data the server never sees, so no render disagrees.
 */
export function shortDate(iso: string): string {
	const d = new Date(iso);
	const month = d.toLocaleString('en-GB', { month: 'short' });
	return `${d.getDate()} ${month} ${d.getFullYear()}`;
}

/** `17:30`, the local time of day, to tell apart saves of one day. */
export function shortTime(iso: string): string {
	const d = new Date(iso);
	return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * Two entries on the same day would share a label and read as one point, so later ones get
 * their time too.
 */
export function pointLabels(points: readonly Pick<HistoryPoint, 'date'>[]): string[] {
	const days = points.map((p) => shortDate(p.date));
	return points.map((p, i) =>
		days.indexOf(days[i]!) === i ? days[i]! : `${days[i]} ${shortTime(p.date)}`
	);
}

/**
 * "From 19 Nov 2026 to 26 Nov 2026"; two saves on one day are told apart by their times, as the
 * chart's points are ("On 26 Nov 2026, from 08:00 to 17:30"), not "from 26 Nov to 26 Nov".
 */
export function spanText(from: string, to: string): string {
	const [a, b] = [shortDate(from), shortDate(to)];
	if (a !== b) return `From ${a} to ${b}`;
	return `On ${a}, from ${shortTime(from)} to ${shortTime(to)}`;
}

/** The index and the five factors over time: one line each, told apart by point shape and dash. */
export function historyChart(points: readonly HistoryPoint[]): ChartSpec {
	const series: { label: string; data: (number | null)[] }[] = [
		{ label: INDEX_LABEL, data: points.map((p) => p.index) },
		...FACTORS.map((f) => ({ label: factorFor(f).title, data: points.map((p) => p.factors[f]) }))
	];
	const styles = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
	const dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];
	return {
		labels: pointLabels(points),
		max: 100,
		datasets: series.map((s, i) => ({
			...s,
			colorVar: `--series-${i + 1}`,
			pointStyle: styles[i]!,
			borderDash: dashes[i]!
		}))
	};
}

/** The label of during-run pain wherever history shows it. */
export const PAIN_LABEL = 'Pain during runs (0 to 10)';

/** During-run pain at each save, 0 to 10: a save without the answer is a gap, never a zero. */
export function painChart(points: readonly HistoryPoint[]): ChartSpec {
	return {
		labels: pointLabels(points),
		max: 10,
		step: 2,
		datasets: [
			{
				label: PAIN_LABEL,
				data: points.map((p) => p.pain),
				colorVar: '--series-2',
				pointStyle: 'rectRot',
				borderDash: []
			}
		]
	};
}

/** A sentence for the pain chart's canvas, first and last answers included. */
export function describePain(points: readonly HistoryPoint[]): string {
	const answered = points.filter((p) => p.pain !== null);
	const first = answered[0];
	const last = answered.at(-1);
	if (!first || !last)
		return `Line chart of calf pain during runs: not answered in any of the ${points.length} saves.`;
	return (
		`Line chart of calf pain during runs out of 10, answered in ${answered.length} of ` +
		`${points.length} saves. It went from ${first.pain} on ${shortDate(first.date)} to ` +
		`${last.pain} on ${shortDate(last.date)}.`
	);
}

/** A sentence for the canvas: what the chart shows, first and last values included. */
export function describeHistory(points: readonly HistoryPoint[]): string {
	if (points.length === 0) return 'Line chart of saved assessments: none saved yet.';
	const first = points[0]!;
	const last = points.at(-1)!;
	const idx = (p: HistoryPoint) => (p.index === null ? 'not scored' : String(p.index));
	return (
		`Line chart of the calf-risk index and the five factor scores out of 100 over ` +
		`${points.length} saved assessment${points.length === 1 ? '' : 's'}. The index went from ` +
		`${idx(first)} on ${shortDate(first.date)} to ${idx(last)} on ${shortDate(last.date)}.`
	);
}

export interface Change {
	label: string;
	from: number | null;
	to: number | null;
}

export interface FindingChange {
	id: FindingId;
	label: string;
	from: Band | null;
	to: Band | null;
	/** The engine's reason for the newer band (or the older one when the finding is gone). */
	why: string;
}

export interface WhatChanged {
	from: string;
	to: string;
	shoe: string;
	/** Pain during runs, the index and each factor whose figure moved, in the charts' order. */
	scores: Change[];
	/** Findings whose band moved, appeared or went away, for the same shoe. */
	findings: FindingChange[];
	/** The newer assessment was made under other rules than the older one. */
	rulesChanged: boolean;
}

/**
 * Compare the best-ranked shoe of the latest entry with that of an earlier one: `from` is the
 * earlier entry's position in `history`, the one before the latest by default. Findings come
 * from re-running the current engine on both saved requests, so the comparison is rule-for-rule
 * even when the rules changed between the saves. The reasons are worded in `units` (the
 * runner's). Null when there is nothing earlier to compare with, or `from` is no earlier entry.
 */
export function whatChanged(
	history: readonly HistoryEntry[],
	units: Units = METRIC,
	from: number = history.length - 2
): WhatChanged | null {
	if (history.length < 2 || !Number.isInteger(from) || from < 0 || from > history.length - 2)
		return null;
	const older = history[from]!;
	const newer = history.at(-1)!;
	const [a, b] = historySeries([older, newer]);
	if (!a || !b) return null;
	const scores: Change[] = [];
	if (a.pain !== b.pain) scores.push({ label: PAIN_LABEL, from: a.pain, to: b.pain });
	if (a.index !== b.index) scores.push({ label: INDEX_LABEL, from: a.index, to: b.index });
	for (const f of FACTORS) {
		if (a.factors[f] !== b.factors[f]) {
			scores.push({ label: factorFor(f as Factor).title, from: a.factors[f], to: b.factors[f] });
		}
	}
	const findingsOf = (entry: HistoryEntry) => {
		const assessment = assess(entry.request, units);
		const best = assessment.results[assessment.ranking[0] ?? 0];
		return new Map((best?.findings ?? []).map((f) => [f.id, f]));
	};
	const before = findingsOf(older);
	const after = findingsOf(newer);
	const findings: FindingChange[] = [];
	for (const id of new Set([...before.keys(), ...after.keys()])) {
		const was = before.get(id);
		const now = after.get(id);
		if (was?.band === now?.band) continue;
		findings.push({
			id,
			label: ruleFor(id).title,
			from: was?.band ?? null,
			to: now?.band ?? null,
			why: (now ?? was)!.why
		});
	}
	return {
		from: older.date,
		to: newer.date,
		shoe: b.shoe,
		scores,
		findings,
		rulesChanged: older.model !== newer.model
	};
}
