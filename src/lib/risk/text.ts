/** Number formatting for the plain sentences the engine writes ("why", tips, comparisons). */

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
export function settle(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}

export function plural(n: number, one: string, many: string): string {
	return `${fmt(n)} ${n === 1 ? one : many}`;
}

/**
 * A percentage to a whole number, except where rounding would land on a multiple of 10 that
 * the exact value is not on: every percentage cut in the rules (10, 30, 80, 90, 100) is such a
 * multiple, so 10.4% must not read as the 10% it is banded above.
 */
function percent(p: number): string {
	const exact = settle(p);
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
