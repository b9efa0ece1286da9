/**
 * The compare page's pure parts: which shoe fieldsets a form holds, adding and removing shoes,
 * catalog picks → form fields, and a submission's answers. The page, its form actions and the
 * tests all go through these, so the server render and the live page agree.
 */
import { SHOE_FIELDS, parseName, type FormValues } from '$lib/form/fields';
import { shoeToValues } from '$lib/form/values';
import { LIMITS, type Shoe } from '$lib/risk/schema';
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

/**
 * A catalog pick goes into the first blank fieldset (one with no answer yet), so it never lands
 * after empty forms; with none blank it is added after the last. `slot` is where it went (to
 * focus it), or null when the form is full.
 */
export function placeShoe(
	values: FormValues,
	units: Units,
	shoe: Shoe
): { values: FormValues; slot: number | null } {
	const filled = new Set(filledSlots(values));
	const blank = slotsOf(values).find((slot) => !filled.has(slot));
	if (blank === undefined) {
		const before = new Set(slotsOf(values));
		const next = addShoe(values, units, shoe);
		return { values: next, slot: slotsOf(next).find((slot) => !before.has(slot)) ?? null };
	}
	return {
		values: { ...removeShoe(values, blank), ...shoeToValues(shoe, blank, units) },
		slot: blank
	};
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
