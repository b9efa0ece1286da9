/**
 * Display units for the forms. The engine always works in millimetres, centimetres and
 * kilometres; only what the runner sees and types changes. Conversions use the exact
 * international definitions (1 in = 25.4 mm, 1 mi = 1.609344 km).
 */

export const LENGTH_UNITS = ['mm', 'in'] as const;
export const DISTANCE_UNITS = ['km', 'mi'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];
export interface Units {
	length: LengthUnit;
	distance: DistanceUnit;
}
export const METRIC: Units = { length: 'mm', distance: 'km' };

/** What a field measures in the engine's own unit. */
export type Quantity = 'mm' | 'cm' | 'km';

const MM_PER = { mm: 1, cm: 10, km: 1_000_000 } as const;
const MM_PER_INCH = 25.4;
const KM_PER_MILE = 1.609344;

/**
 * Metric values entered through a converted unit are rounded to this many decimals. A runner
 * types at most about 2 decimals of a millimetre or kilometre; rounding makes 10 mm → in → mm
 * come back as exactly 10 instead of 9.999999999999998, so results never depend on the unit.
 */
const METRIC_DECIMALS = 2;
/** Imperial values are shown with enough decimals that converting them back is exact after rounding. */
const IMPERIAL_DECIMALS = 4;

function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	// toPrecision guards against 1.005 * 100 = 100.49999… style errors before rounding.
	return Math.round(Number((value * f).toPrecision(15))) / f;
}

/** The label a field shows for a quantity in the chosen units. */
export function unitLabel(q: Quantity, units: Units): string {
	if (q === 'km') return units.distance;
	return units.length === 'in' ? 'in' : q;
}

export function isMetric(q: Quantity, units: Units): boolean {
	return q === 'km' ? units.distance === 'km' : units.length === 'mm';
}

/** Engine value → value in the displayed unit (unrounded). */
export function toDisplay(value: number, q: Quantity, units: Units): number {
	if (isMetric(q, units)) return value;
	if (q === 'km') return value / KM_PER_MILE;
	return (value * MM_PER[q]) / MM_PER_INCH;
}

/** Displayed value → engine value, rounded so that a round trip gives the same number. */
export function fromDisplay(value: number, q: Quantity, units: Units): number {
	if (isMetric(q, units)) return value;
	if (q === 'km') return round(value * KM_PER_MILE, METRIC_DECIMALS);
	return round((value * MM_PER_INCH) / MM_PER[q], METRIC_DECIMALS);
}

/** Engine value → the text an input shows. */
export function formatDisplay(value: number, q: Quantity, units: Units): string {
	if (isMetric(q, units)) return String(value);
	return String(round(toDisplay(value, q, units), IMPERIAL_DECIMALS));
}

/**
 * A converted figure in a sentence: as precise as the stored metric figure (2 decimals of a km
 * or mm) can tell apart, so that 10 mi typed (16.09 km kept) reads back "10 mi", not the
 * "9.9979" an input shows to make its own round trip exact.
 */
const READING_DECIMALS: Record<Quantity, number> = { km: 2, mm: 3, cm: 3 };

/** Engine value → the figure a sentence quotes in the displayed unit. */
export function formatReading(value: number, q: Quantity, units: Units): string {
	if (isMetric(q, units)) return String(value);
	return String(round(toDisplay(value, q, units), READING_DECIMALS[q]));
}

/**
 * A fixed figure of the rules (a cut-point, the heel-lift range) converted for a sentence is
 * rounded to what a runner reads off a tape or a watch, not to the precision that makes a typed
 * figure read back: inches to 2 decimals (8 mm → 0.31 in); miles to whole miles from 100 up
 * (800 km → 497 mi) and to 1 decimal below (30 km → 18.6 mi).
 *
 * Why this never makes a sentence false in a way that matters: bands are always decided on the
 * exact metric cut, only the words are rounded, and rounding to nearest moves a cut by at most
 * 0.005 in (0.13 mm), 0.5 mi (0.8 km) or 0.05 mi (80 m), far less than a drop, a tape or a
 * weekly total can be measured to (the cuts themselves are opinion, see the method page). Where
 * the runner's own figure stands beside the cut in the sentence and falls inside that gap, the
 * sentence writes the cut as precisely as the figure instead (text.ts `sayIn`), so the two never
 * seem to contradict ("18.63 mi is within 18.64 mi", not "within 18.6 mi").
 */
export function formatCut(value: number, q: Quantity, units: Units): string {
	const shown = toDisplay(value, q, units);
	if (q !== 'km') return formatTo(value, q, units, 2);
	return formatTo(value, q, units, Math.abs(shown) >= 100 ? 0 : 1);
}

/** Engine value → the displayed figure to at most `decimals` places; metric values as they are. */
export function formatTo(value: number, q: Quantity, units: Units, decimals: number): string {
	if (isMetric(q, units)) return String(value);
	return String(round(toDisplay(value, q, units), decimals));
}

export function parseUnits(length: unknown, distance: unknown): Units {
	return {
		length: length === 'in' ? 'in' : 'mm',
		distance: distance === 'mi' ? 'mi' : 'km'
	};
}
