/**
 * A shoe's specs side by side, as a runner reads them: one row per spec any shoe gives, one cell
 * per shoe, the value the scoring rates best for this runner marked, and the rows where the shoes
 * differ. The compare page and the report both show it.
 */
import { SHOE_FIELDS, formatShoeValue } from '../form/fields';
import { BAND_LEVEL, findingBand } from '../risk/scoring';
import type { FindingId, Shoe, ShoeResult } from '../risk/schema';
import type { Units } from '../units';

export interface SpecCell {
	text: string;
	/** This shoe's value is the one the engine scores best for this runner (see `bestBy`). */
	best: boolean;
}

export interface SpecRow {
	key: keyof Shoe;
	label: string;
	cells: SpecCell[];
	/** The shoes that give this spec do not all give the same value (a blank is not a difference). */
	differs: boolean;
}

/**
 * Which finding judges each spec. "Best" is never a property of the number alone (the best
 * drop depends on the runner's landing and usual drop), so a cell is marked best only when its
 * shoe's finding on that spec has a strictly lower band than another shoe's.
 */
const JUDGED_BY: Partial<Record<keyof Shoe, FindingId>> = {
	heelDropMm: 'shoe.drop',
	measuredDropMm: 'shoe.drop',
	toeBoxWidthMm: 'shoe.toebox',
	toeBoxFit: 'shoe.toebox',
	support: 'form.posture',
	wornKm: 'shoe.wear'
};

/** The specs listed, in this order: every shoe field but its name. */
const SPECS = (Object.keys(SHOE_FIELDS) as (keyof Shoe)[]).filter((key) => key !== 'name');

/**
 * The specs table: one row per spec any shoe gives (a spec no shoe has is left out), one cell
 * per shoe in the order given. `results[k]` must be the assessment of `shoes[k]`.
 */
export function specRows(
	shoes: readonly Shoe[],
	results: readonly ShoeResult[],
	units: Units
): SpecRow[] {
	const rows: SpecRow[] = [];
	for (const key of SPECS) {
		const raw = shoes.map((s) => s[key]);
		if (raw.every((v) => v === undefined)) continue;
		const texts = raw.map((v) => formatShoeValue(key, v, units));
		const finding = JUDGED_BY[key];
		let best = shoes.map(() => false);
		if (finding && shoes.length > 1) {
			const levels = shoes.map((_, k) => {
				const result = results[k];
				const band = result ? findingBand(result, finding) : 'unknown';
				return band === 'unknown' ? null : BAND_LEVEL[band];
			});
			const known = levels.filter((l): l is number => l !== null);
			const low = Math.min(...known);
			const high = Math.max(...known);
			// Only when the finding separates the shoes, and only for shoes that give this spec.
			if (known.length > 1 && low < high)
				best = levels.map((l, k) => l === low && raw[k] !== undefined);
		}
		rows.push({
			key,
			label: SHOE_FIELDS[key].short,
			cells: texts.map((text, k) => ({ text, best: best[k]! })),
			differs: new Set(texts.filter((_, k) => raw[k] !== undefined)).size > 1
		});
	}
	return rows;
}
