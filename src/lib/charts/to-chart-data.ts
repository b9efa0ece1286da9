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
	/**
	 * Bar charts: one colour and one fill pattern per bar (each bar is a shoe), so that bars are
	 * told apart by pattern as well as colour.
	 */
	bars?: { colorVar: string; pattern: BarPattern }[];
}

/** Fill patterns for bars, drawn by the chart component in the bar's colour. */
export const BAR_PATTERNS = [
	'solid',
	'diagonal',
	'dots',
	'grid',
	'horizontal',
	'vertical'
] as const;
export type BarPattern = (typeof BAR_PATTERNS)[number];

export interface ChartSpec {
	labels: string[];
	datasets: SeriesSpec[];
	/** Axis maximum (scores are 0–100). */
	max: number;
	/** Distance between axis ticks (default 25, for scores). */
	step?: number;
	/**
	 * Bar charts: bars lie along the value axis, each with its label and value written above it,
	 * so a long shoe name never crowds a phone's axis and no bar needs its colour to be named.
	 */
	horizontal?: boolean;
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
			return `${short(f)} ${s === null ? 'not answered' : s}`;
		});
		return `${r.shoe}: ${scores.join(', ')}`;
	});
	return `Radar chart of the five factor scores out of 100. ${parts.join('. ')}.`;
}

/**
 * Bars in ranking order: `ranking` (the engine's, ties broken as the engine breaks them) when
 * given, else lowest index first with unscored shoes last. Each bar keeps its shoe's colour,
 * point style and pattern from the order the shoes were entered, the same as in the radar.
 */
function barOrder(results: readonly ShoeResult[], ranking?: readonly number[]): number[] {
	if (ranking && ranking.length === results.length) return [...ranking];
	const key = (i: number) => results[i]!.index ?? Number.POSITIVE_INFINITY;
	return results.map((_, i) => i).sort((x, y) => key(x) - key(y));
}

/** The calf-risk index of each shoe as one bar series, lowest first; no index is a gap. */
export function indexBars(results: ShoeResult[], ranking?: readonly number[]): ChartSpec {
	const order = barOrder(results, ranking);
	return {
		labels: order.map((i) => results[i]!.shoe),
		max: 100,
		horizontal: true,
		datasets: [
			{
				label: INDEX_LABEL,
				data: order.map((i) => results[i]!.index),
				colorVar: COLOR_VARS[0]!,
				pointStyle: POINT_STYLES[1]!,
				borderDash: [],
				bars: order.map((i) => ({
					colorVar: COLOR_VARS[i % COLOR_VARS.length]!,
					pattern: BAR_PATTERNS[i % BAR_PATTERNS.length]!
				}))
			}
		]
	};
}

/** The aria-label of the index bar chart, in the bars' order. */
export function describeBars(results: ShoeResult[], ranking?: readonly number[]): string {
	const parts = barOrder(results, ranking).map((i) => {
		const r = results[i]!;
		return `${r.shoe} ${r.index === null ? 'not scored' : r.index}`;
	});
	return `Bar chart of the calf-risk index out of 100, lowest (better) first. ${parts.join(', ')}.`;
}
