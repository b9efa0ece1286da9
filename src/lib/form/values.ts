/**
 * Requests and shoes → form fields in the units shown, the unit switch, and the warning signs
 * ticked: what fills a form from saved or shared data, and what a form reads without parsing.
 */
import { RED_FLAGS, type AssessRequest, type RedFlag, type Shoe } from '../risk/schema';
import { formatDisplay, fromDisplay, parseUnits, type Units } from '../units';
import {
	RUNNER_FIELDS,
	SHOE_FIELDS,
	WEEKS_SHOWN,
	fieldSpec,
	redFlagField,
	type FormValues
} from './fields';
import { readNumber } from './numbers';

/** The units a form shows its figures in (metric when it does not say). */
export function unitsOf(values: FormValues): Units {
	return parseUnits(values['units.length'], values['units.distance']);
}

function put(values: FormValues, name: string, value: unknown, units: Units): void {
	if (value === undefined) return;
	const spec = fieldSpec(name);
	if (typeof value === 'number' && spec?.quantity)
		values[name] = formatDisplay(value, spec.quantity, units);
	else values[name] = String(value);
}

/** A request → form fields in the given units (to prefill a form from saved or shared data). */
export function requestToValues(request: AssessRequest, units: Units): FormValues {
	const values: FormValues = { 'units.length': units.length, 'units.distance': units.distance };
	const runner = request.runner as Record<string, unknown>;
	for (const key of Object.keys(RUNNER_FIELDS)) {
		const [a, b] = key.split('.') as [string, string | undefined];
		const value =
			b === undefined ? runner[a] : (runner[a] as Record<string, unknown> | undefined)?.[b];
		put(values, `runner.${key}`, value, units);
	}
	// The list runs oldest first and ends with the last full week, so it fills the form's last
	// inputs: one week given lands on "Last full week", not on the oldest.
	// A longer list (the API takes 12 weeks) keeps its latest weeks: the form has WEEKS_SHOWN
	// fields, and the engine reads only the latest weeks.
	const weeks = (request.runner.weeklyKm ?? []).slice(-WEEKS_SHOWN);
	const offset = WEEKS_SHOWN - weeks.length;
	weeks.forEach((km, i) => put(values, `runner.weeklyKm.${offset + i}`, km, units));
	for (const flag of request.runner.redFlags ?? []) values[`runner.redFlags.${flag}`] = 'on';
	request.shoes.forEach((shoe, i) => Object.assign(values, shoeToValues(shoe, i, units)));
	return values;
}

/** One shoe → its form fields at position `index` (e.g. a shoe picked from the catalog). */
export function shoeToValues(shoe: Shoe, index: number, units: Units): FormValues {
	const values: FormValues = {};
	for (const key of Object.keys(SHOE_FIELDS)) {
		put(values, `shoes.${index}.${key}`, (shoe as Record<string, unknown>)[key], units);
	}
	return values;
}

/**
 * Re-express every unit-bearing field in new units, leaving text the runner is still typing
 * (or that is not a number) untouched.
 */
export function convertValues(values: FormValues, to: Units): FormValues {
	const from = unitsOf(values);
	const out: FormValues = { ...values, 'units.length': to.length, 'units.distance': to.distance };
	for (const [name, raw] of Object.entries(values)) {
		const q = fieldSpec(name)?.quantity;
		const typed = readNumber(raw);
		if (!q || typed === null) continue;
		const metric = fromDisplay(typed, q, from);
		out[name] = formatDisplay(metric, q, to);
	}
	return out;
}

/**
 * A submission re-expressed in the units the runner picked. The radios (`units.length`,
 * `units.distance`) say which units the runner wants; the hidden `units.from.*` fields say which
 * units the page showed, so which units the figures were typed in. Without scripts a switch of
 * the radios reaches the server only with the next press, the figures still in the old units:
 * read in the new ones, 10 mm would become 10 in. They are converted instead, never re-read, so
 * no score moves. A form without `units.from.*` is taken as typed in the units it names.
 */
export function inChosenUnits(values: FormValues): FormValues {
	const chosen = unitsOf(values);
	const shown = parseUnits(
		values['units.from.length'] ?? chosen.length,
		values['units.from.distance'] ?? chosen.distance
	);
	if (shown.length === chosen.length && shown.distance === chosen.distance) return values;
	const asShown = { ...values, 'units.length': shown.length, 'units.distance': shown.distance };
	return convertValues(asShown, chosen);
}

/**
 * The red flags ticked in the form, read from the fields alone: they need no other answer to be
 * valid, so a page can show their triage card while the rest of the form still has errors
 * (any warning sign always yields its card).
 */
export function flagsOf(values: FormValues): RedFlag[] {
	return RED_FLAGS.filter((flag) => values[redFlagField(flag)] !== undefined);
}
