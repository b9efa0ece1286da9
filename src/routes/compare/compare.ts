/**
 * The compare page's pure parts: which shoe fieldsets a form holds, adding and removing shoes,
 * catalog picks → form fields, and the specs table with its differences marked. The page, its
 * form action and the tests all go through these, so the server render and the live page agree.
 */
import { SHOE_FIELDS, formatShoeValue, parseName, type FormValues } from '$lib/form/fields';
import { shoeToValues } from '$lib/form/values';
import { BAND_LEVEL, findingBand } from '$lib/risk/scoring';
import { LIMITS, type FindingId, type Shoe, type ShoeResult } from '$lib/risk/schema';
import type { Units } from '$lib/units';

/** A request holds at most this many shoes. */
export const MAX_SHOES = LIMITS.shoesMax;

/** The fieldset of a shoe field name, or null for any other name. */
function slotOf(name: string): number | null {
	const n = parseName(name);
	return n.scope === 'shoe' && n.key in SHOE_FIELDS ? n.index : null;
}

/** Every shoe fieldset the form holds (blank ones too), by its index in the field names. */
export function slotsOf(values: FormValues): number[] {
	const found = new Set<number>();
	for (const name of Object.keys(values)) {
		const slot = slotOf(name);
		if (slot !== null) found.add(slot);
	}
	return [...found].sort((a, b) => a - b);
}

/**
 * The fieldsets that become shoes of the request, in request order: those with any answer
 * (parseForm skips an all-blank fieldset). Result `k` of an assessment belongs to slot `k` here.
 */
export function filledSlots(values: FormValues): number[] {
	const found = new Set<number>();
	for (const [name, value] of Object.entries(values)) {
		const slot = slotOf(name);
		if (slot !== null && value.trim() !== '') found.add(slot);
	}
	return [...found].sort((a, b) => a - b);
}

/** A new shoe fieldset after the last one; `shoe` prefills it (a catalog pick), else it is blank. */
export function addShoe(values: FormValues, units: Units, shoe?: Shoe): FormValues {
	const slots = slotsOf(values);
	if (slots.length >= MAX_SHOES) return values;
	const index = slots.length ? slots.at(-1)! + 1 : 0;
	const added = shoe ? shoeToValues(shoe, index, units) : { [`shoes.${index}.name`]: '' };
	return { ...values, ...added };
}

/** Drop one shoe fieldset; the others keep their indices (and so their field ids and focus). */
export function removeShoe(values: FormValues, index: number): FormValues {
	const prefix = `shoes.${index}.`;
	return Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith(prefix)));
}

/** Picked catalog shoes (as check-form shoes) → shoe fields, at most MAX_SHOES of them. */
export function picksToValues(shoes: readonly Shoe[], units: Units): FormValues {
	let values: FormValues = { 'units.length': units.length, 'units.distance': units.distance };
	for (const shoe of shoes) values = addShoe(values, units, shoe);
	return values;
}

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

/** The page's own controls (which shoe a button removes, the catalog search), never answers. */
export const CONTROLS: readonly string[] = ['slot', 'catalog', 'catalogQuery'];

/** The answers of a submission: its fields less the page's controls and the units shown. */
export function answersOf(values: FormValues): FormValues {
	return Object.fromEntries(
		Object.entries(values).filter(
			([name]) => !CONTROLS.includes(name) && !name.startsWith('units.from.')
		)
	);
}
