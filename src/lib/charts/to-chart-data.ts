/**
 * Assessment → chart data, pure. Colours are CSS custom property names that the chart
 * component resolves at draw time (so dark mode works); every series also has its own point
 * shape and dash so that it is never told apart by colour alone.
 */
import { INDEX_LABEL } from '../results/labels';
import { factorFor } from '../risk/rules';
import { FACTORS, type Factor, type ShoeResult } from '../risk/schema';

export interface SeriesSpec {
	label: string;
	data: (number | null)[];
	/** A CSS custom property of src/app.css, e.g. `--accent`. */
	colorVar: string;
	pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'star';
	borderDash: number[];
	/** Line charts: draw the points only (false), or a stepped line. Default: a straight line. */
	showLine?: boolean;
	stepped?: boolean;
	/** Point size in px (default 5); 0 hides the points of a line. */
	pointRadius?: number;
}

export interface ChartSpec {
	labels: string[];
	datasets: SeriesSpec[];
	/** Axis maximum (scores are 0–100). */
	max: number;
	/** Distance between axis ticks (default 25, for scores). */
	step?: number;
}

/** Axes carry the factors' short names: long ones overlap on a 320 px radar. */
const short = (f: Factor) => factorFor(f).short ?? factorFor(f).title;

const COLOR_VARS = [
	'--series-1',
	'--series-2',
	'--series-3',
	'--series-4',
	'--series-5',
	'--series-6'
];
const POINT_STYLES: SeriesSpec['pointStyle'][] = [
	'circle',
	'rect',
	'triangle',
	'rectRot',
	'crossRot',
	'star'
];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];

/** One radar series per shoe over the five factors; an unassessed factor is a gap (null). */
export function factorRadar(results: ShoeResult[]): ChartSpec {
	return {
		labels: FACTORS.map(short),
		max: 100,
		datasets: results.map((result, i) => ({
			label: result.shoe,
			data: FACTORS.map((f) => result.factors[f].score),
			colorVar: COLOR_VARS[i % COLOR_VARS.length]!,
			pointStyle: POINT_STYLES[i % POINT_STYLES.length]!,
			borderDash: DASHES[i % DASHES.length]!
		}))
	};
}

export interface FactorRow {
	factor: Factor;
	label: string;
	cells: { score: number | null; band: ShoeResult['band'] }[];
}

/** The same numbers as the radar, as table rows (one per factor, one cell per shoe). */
export function factorTable(results: ShoeResult[]): FactorRow[] {
	return FACTORS.map((factor) => ({
		factor,
		label: factorFor(factor).title,
		cells: results.map((r) => ({ score: r.factors[factor].score, band: r.factors[factor].band }))
	}));
}

/** A sentence for the canvas's aria-label: the chart's content, not just its kind. */
export function describeRadar(results: ShoeResult[]): string {
	const parts = results.map((r) => {
		const scores = FACTORS.map((f) => {
			const s = r.factors[f].score;
			return `${short(f)} ${s === null ? 'not assessed' : s}`;
		});
		return `${r.shoe}: ${scores.join(', ')}`;
	});
	return `Radar chart of the five factor scores out of 100. ${parts.join('. ')}.`;
}

/** The calf-risk index of each shoe as one bar series; a shoe with no index is a gap. */
export function indexBars(results: ShoeResult[]): ChartSpec {
	return {
		labels: results.map((r) => r.shoe),
		max: 100,
		datasets: [
			{
				label: INDEX_LABEL,
				data: results.map((r) => r.index),
				colorVar: COLOR_VARS[0]!,
				pointStyle: POINT_STYLES[1]!,
				borderDash: []
			}
		]
	};
}

/** The aria-label of the index bar chart. */
export function describeBars(results: ShoeResult[]): string {
	const parts = results.map((r) => `${r.shoe} ${r.index === null ? 'not scored' : r.index}`);
	return `Bar chart of the calf-risk index out of 100, lower is better. ${parts.join(', ')}.`;
}
