/** A catalog shoe → the `Shoe` of the assessment contract (api.md), ready for the check form. */
import type { Shoe } from '$lib/risk/schema';
import { shoeName, type CatalogShoe } from './catalog';

/**
 * A heel stack at or under this counts as minimalist. Our cut-point, read off this catalog: the
 * barefoot models sit at 7–14 mm (Vapor Glove 6, Primus Lite III, Speed Force II, HFS II, ST-5)
 * and the next lowest shoe, cushioned zero-drop included, at 23.8 mm (Escalante 4). Category
 * alone is no guide: the "zero-drop/foot-shaped" label also covers 30 mm shoes (Torin 7).
 */
export const MINIMALIST_MAX_HEEL_STACK_MM = 15;

/**
 * - heelDropMm: the brand's stated drop when known (what the box says), else the lab drop;
 *   measuredDropMm: the lab drop, which the engine scores when present.
 * - toeBoxWidthMm: the lab's widest toe-box width ONLY on RunRepeat's new method. Old-method
 *   widths read 3–5 mm wider, and scoring them against a foot width would under-call a tight
 *   shoe, so they are left out (the runner can still rate the fit).
 * - support: 'stability' for the stability category; otherwise left out (no source says
 *   "neutral", the category is a label).
 * - minimalist: from the heel stack (lab, else stated), see MINIMALIST_MAX_HEEL_STACK_MM; left
 *   out when no stack is known. Zero drop itself is not minimalism: the engine reads drop.
 */
export function toShoeInput(shoe: CatalogShoe): Shoe {
	const lab = shoe.lab;
	const heelDropMm = shoe.stated?.dropMm ?? lab?.dropMm ?? null;
	if (heelDropMm === null) throw new Error(`${shoe.id}: no drop known`);
	const out: Shoe = { name: shoeName(shoe).slice(0, 80), heelDropMm };
	if (lab?.dropMm != null) out.measuredDropMm = lab.dropMm;
	if (lab?.toeBoxMethod === 'new' && lab.toeBoxWidestMm !== null) {
		out.toeBoxWidthMm = lab.toeBoxWidestMm;
	}
	if (shoe.category === 'stability') out.support = 'stability';
	const stack = lab?.heelStackMm ?? shoe.stated?.heelStackMm ?? null;
	if (stack !== null) out.minimalist = stack <= MINIMALIST_MAX_HEEL_STACK_MM;
	return out;
}
