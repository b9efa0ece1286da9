/** A catalog shoe → the `Shoe` of the assessment contract, ready for the check form. */
import type { Shoe } from '$lib/risk/schema';
import type { CatalogShoe } from './schema';

/**
 * A heel stack at or under this counts as minimalist. Our cut-point, read off this catalog: the
 * barefoot models sit at 7.6–13.7 mm in RunRepeat's lab (Vapor Glove 6, V-Run, Speed Force II,
 * Prio, HFS II, ST-5; Primus Lite III states 7) and the next lowest shoe at 19 mm (Escalante
 * Racer). Zero drop alone is no guide: the zero-drop Torin 7 stands on 27.6 mm.
 */
export const MINIMALIST_MAX_HEEL_STACK_MM = 15;

/**
 * - heelDropMm: the brand's stated drop when known (what the box says), else the lab drop;
 *   measuredDropMm: the lab drop, which the engine scores when present.
 * - toeBoxWidthMm: the lab's widest toe-box width ONLY on RunRepeat's current method. Old-method
 *   widths read 3–5 mm wider, and scoring them against a foot width would under-call a tight
 *   shoe, so they are left out (the runner can still rate the fit).
 * - support: RunRepeat's label (neutral or stability); left out where no source gives one.
 * - minimalist: from the heel stack (lab, else stated), see MINIMALIST_MAX_HEEL_STACK_MM; left
 *   out when no stack is known. Zero drop itself is not minimalism: the engine reads drop.
 *
 * Throws for a shoe with no drop at all: the contract needs one (every catalog shoe has one).
 */
export function toShoeInput(
	shoe: Pick<CatalogShoe, 'id' | 'name' | 'lab' | 'stated' | 'support'>
): Shoe {
	const lab = shoe.lab;
	const heelDropMm = shoe.stated?.dropMm ?? lab?.dropMm;
	if (heelDropMm === undefined) throw new Error(`${shoe.id}: no drop known`);
	const out: Shoe = { name: shoe.name.slice(0, 80), heelDropMm };
	if (lab?.dropMm !== undefined) out.measuredDropMm = lab.dropMm;
	if (lab?.toeboxWidestMm !== undefined) out.toeBoxWidthMm = lab.toeboxWidestMm;
	if (shoe.support) out.support = shoe.support;
	const stack = lab?.heelStackMm ?? shoe.stated?.heelStackMm;
	if (stack !== undefined) out.minimalist = stack <= MINIMALIST_MAX_HEEL_STACK_MM;
	return out;
}
