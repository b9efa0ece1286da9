/** Number formatting for the plain sentences the engine writes ("why", tips, comparisons). */
import {
	METRIC,
	formatCut,
	formatReading,
	isMetric,
	unitLabel,
	type Quantity,
	type Units
} from '../units';

/** A number as a runner would write it: whole numbers bare, others to one decimal. */
export function fmt(x: number): string {
	if (Number.isInteger(x)) return String(x);
	const s = x.toFixed(1);
	return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/**
 * Ratios and differences are compared after rounding to six decimals, so that a value that is
 * exactly on a cut-point in decimal (16.5 / 15 = 1.10) is not pushed across it by binary
 * floating point. Rounding is monotone, so it never breaks a monotonicity invariant.
 */
export function sixDecimals(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}

/**
 * A count with its noun, singular for exactly 1: "1 heel raise", "2 heel raises", "1.5 months".
 * `write` spells the count ("one week" with `inWords`).
 */
export function plural(
	n: number,
	one: string,
	many: string,
	write: (n: number) => string = fmt
): string {
	return `${write(n)} ${n === 1 ? one : many}`;
}

/**
 * A percentage to a whole number, except where rounding would land on a multiple of 10 that
 * the exact value is not on: every percentage cut in the rules (10, 30, 80, 90, 100) is such a
 * multiple, so 10.4% must not read as the 10% it is banded above.
 */
function percent(p: number): string {
	const exact = sixDecimals(p);
	const whole = Math.round(exact);
	return whole !== exact && whole % 10 === 0 ? `${exact.toFixed(1)}%` : `${whole}%`;
}

/** "14%" for a ratio of 1.14. */
export function pctAbove(ratio: number): string {
	return percent((ratio - 1) * 100);
}

/** "79%" for a ratio of 0.79. */
export function pctOf(ratio: number): string {
	return percent(ratio * 100);
}

/**
 * How the engine writes a measurement in the runner's display units. The engine computes in
 * kilometres, millimetres and centimetres whatever the units; only the words change. Metric
 * numbers keep `fmt` (what the JSON API has always said); converted ones are rounded as
 * `formatReading` does, so a sentence quotes the figure the runner typed. The rules' own
 * figures (cut-points, the heel-lift range) go through `cut`, rounded as `formatCut` says.
 */
export interface Say {
	readonly units: Units;
	/** "16 km" or "9.94 mi". */
	km(value: number): string;
	/** "6 mm" or "0.236 in". */
	mm(value: number): string;
	/** "9 cm" or "3.543 in". */
	cm(value: number): string;
	/** The figure alone, in the unit `unit(q)` names. */
	num(value: number, q: Quantity): string;
	/** "500–800 km": both ends in one unit. */
	range(from: number, to: number, q: Quantity): string;
	/** The unit as a word in a sentence that asks for a figure: "in mm", "in inches", "how many miles". */
	unitWord(q: Quantity): string;
	/** The rules' own figures: "8 mm" or "0.31 in", "800 km" or "497 mi". */
	cut: SayCut;
}

/**
 * A cut-point in a sentence. `beside` is the runner's figure (engine units) that the sentence
 * compares with the cut, when it quotes one: if rounding the cut would put the runner's figure,
 * as the sentence shows it, on the other side of the cut than it really is, the cut is written
 * as precisely as the figure ("18.63 mi is within 18.64 mi", never "within 18.6 mi").
 */
export interface SayCut {
	km(value: number, beside?: number): string;
	mm(value: number, beside?: number): string;
	cm(value: number, beside?: number): string;
	num(value: number, q: Quantity, beside?: number): string;
	/** "500–800 km" or "311–497 mi". */
	range(from: number, to: number, q: Quantity, beside?: number): string;
}

function number(value: number, q: Quantity, units: Units): string {
	return isMetric(q, units) ? fmt(value) : formatReading(value, q, units);
}

function cutNumber(value: number, q: Quantity, units: Units, beside?: number): string {
	if (isMetric(q, units)) return fmt(value);
	const rounded = formatCut(value, q, units);
	if (beside === undefined) return rounded;
	const side = Math.sign(sixDecimals(beside - value));
	const shownSide = Math.sign(
		sixDecimals(Number(formatReading(beside, q, units)) - Number(rounded))
	);
	return shownSide === side ? rounded : formatReading(value, q, units);
}

/** Abbreviations read badly in a request ("in in"): imperial units are spelled out there. */
const UNIT_WORDS: Record<string, string> = { in: 'inches', mi: 'miles' };

export function sayIn(units: Units = METRIC): Say {
	const measure = (q: Quantity) => (value: number) =>
		`${number(value, q, units)} ${unitLabel(q, units)}`;
	const cut = (value: number, q: Quantity, beside?: number) => cutNumber(value, q, units, beside);
	const cutMeasure = (q: Quantity) => (value: number, beside?: number) =>
		`${cut(value, q, beside)} ${unitLabel(q, units)}`;
	return {
		units,
		km: measure('km'),
		mm: measure('mm'),
		cm: measure('cm'),
		num: (value, q) => number(value, q, units),
		range: (from, to, q) =>
			`${number(from, q, units)}–${number(to, q, units)} ${unitLabel(q, units)}`,
		unitWord: (q) =>
			isMetric(q, units) ? q : (UNIT_WORDS[unitLabel(q, units)] ?? unitLabel(q, units)),
		cut: {
			km: cutMeasure('km'),
			mm: cutMeasure('mm'),
			cm: cutMeasure('cm'),
			num: cut,
			range: (from, to, q, beside) =>
				`${cut(from, q, beside)}–${cut(to, q, beside)} ${unitLabel(q, units)}`
		}
	};
}

/** The metric sentences of the JSON API, which speaks metric whatever a page shows. */
export const METRIC_SAY: Say = sayIn(METRIC);

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A small count as a word ("two weeks earlier"), larger ones as figures. */
export function inWords(count: number): string {
	return WORDS[count] ?? fmt(count);
}

/** "one level", "2 levels": how far a band moves. */
export function levels(count: number): string {
	return count === 1 ? 'one level' : `${fmt(count)} levels`;
}

/** A ratio cut as the method page writes it: "1.10". */
export function ratioText(x: number): string {
	return x.toFixed(2);
}
