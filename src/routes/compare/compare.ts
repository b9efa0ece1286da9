/**
 * The compare page's pure parts: which shoe fieldsets a form holds, adding and removing shoes,
 * catalog picks → form fields, and the specs table with its differences marked. The page, its
 * form action and the tests all go through these, so the server render and the live page agree.
 */
import { SHOE_FIELDS, shoeToValues, type FormValues } from '../../lib/form/form';
import { BAND_LEVEL } from '../../lib/risk/rules';
import {
	LIMITS,
	type Band,
	type FindingId,
	type Shoe,
	type ShoeResult
} from '../../lib/risk/schema';
import { formatReading, formatTo, unitLabel, type Quantity, type Units } from '../../lib/units';

/** api.md: a request holds at most this many shoes. */
export const MAX_SHOES = LIMITS.shoesMax;

const SHOE_KEY = /^shoes\.(\d+)\.(.+)$/;

/** Every shoe fieldset the form holds (blank ones too), by its index in the field names. */
export function slotsOf(values: FormValues): number[] {
	const found = new Set<number>();
	for (const name of Object.keys(values)) {
		const m = SHOE_KEY.exec(name);
		if (m && SHOE_FIELDS[m[2]!]) found.add(Number(m[1]));
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
		const m = SHOE_KEY.exec(name);
		if (m && SHOE_FIELDS[m[2]!] && value.trim() !== '') found.add(Number(m[1]));
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

const SPEC_LABELS: Record<Exclude<keyof Shoe, 'name'>, string> = {
	heelDropMm: 'Heel drop, stated',
	measuredDropMm: 'Heel drop, measured',
	toeBoxWidthMm: 'Toe box width',
	toeBoxFit: 'Toe box feel',
	support: 'Support',
	minimalist: 'Minimalist',
	wornKm: 'Distance run in it',
	monthsWorn: 'Months worn'
};

const QUANTITY: Partial<Record<keyof Shoe, Quantity>> = {
	heelDropMm: 'mm',
	measuredDropMm: 'mm',
	toeBoxWidthMm: 'mm',
	wornKm: 'km'
};

/**
 * A spec as a runner reads it, not as an input shows it (inputs keep 4 decimals so that their
 * own round trip is exact): inches to 2 decimals (a catalog's 13.9 mm is 0.55 in, not 0.5472),
 * miles as sentences quote them (a typed 300 mi reads 300, not 299.9993); metric values as given.
 */
function specFigure(value: number, q: Quantity, units: Units): string {
	return q === 'km' ? formatReading(value, q, units) : formatTo(value, q, units, 2);
}

function cellText(key: keyof Shoe, value: unknown, units: Units): string {
	if (value === undefined) return '–';
	if (typeof value === 'boolean') return value ? 'Yes' : 'No';
	const q = QUANTITY[key];
	if (typeof value === 'number' && q)
		return `${specFigure(value, q, units)} ${unitLabel(q, units)}`;
	if (typeof value === 'string') return value.charAt(0).toUpperCase() + value.slice(1);
	return String(value);
}

function bandOf(result: ShoeResult | undefined, id: FindingId): Band {
	return result?.findings.find((f) => f.id === id)?.band ?? 'unknown';
}

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
	for (const key of Object.keys(SPEC_LABELS) as (keyof typeof SPEC_LABELS)[]) {
		const raw = shoes.map((s) => s[key]);
		if (raw.every((v) => v === undefined)) continue;
		const texts = raw.map((v) => cellText(key, v, units));
		const finding = JUDGED_BY[key];
		let best = shoes.map(() => false);
		if (finding && shoes.length > 1) {
			const levels = shoes.map((_, k) => {
				const band = bandOf(results[k], finding);
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
			label: SPEC_LABELS[key],
			cells: texts.map((text, k) => ({ text, best: best[k]! })),
			differs: new Set(texts.filter((_, k) => raw[k] !== undefined)).size > 1
		});
	}
	return rows;
}

/** The form fields that are buttons and controls of the page, not answers. */
export const CONTROL_FIELDS = [
	'intent',
	'catalog',
	'catalogQuery',
	'units.from.length',
	'units.from.distance'
] as const;

/**
 * A press of "add a shoe", "add from catalog" or "remove" (the submit button's `intent`), the
 * same with JavaScript off (form action) and on (in the page). Unknown intents change nothing.
 * `find` looks a catalog id up; the catalog lives on the server, so "add from catalog" only adds
 * where it is given (the form action).
 */
export function applyIntent(
	values: FormValues,
	intent: string,
	units: Units,
	find: (id: string) => Shoe | undefined = () => undefined
): FormValues {
	const answers = Object.fromEntries(
		Object.entries(values).filter(([name]) => !(CONTROL_FIELDS as readonly string[]).includes(name))
	);
	if (intent === 'add-blank') return addShoe(answers, units);
	if (intent === 'add-catalog') {
		const picked = find(values.catalog ?? '');
		return picked ? addShoe(answers, units, picked) : answers;
	}
	const m = /^remove-(\d+)$/.exec(intent);
	if (m) return removeShoe(answers, Number(m[1]));
	return answers;
}
