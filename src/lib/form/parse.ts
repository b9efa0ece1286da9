/**
 * Form fields → a validated request, through the schema's `parseRequest`: this module only turns
 * strings into numbers and booleans in the units shown, and maps errors back to fields, worded
 * for the runner (limits in the unit they see).
 */
import { LIMITS, parseRequest, type AssessRequest, type FieldError } from '../risk/schema';
import { fromDisplay, isMetric, toDisplay, unitLabel, type Quantity, type Units } from '../units';
import {
	SHOE_FIELDS,
	RUNNER_FIELDS,
	fieldSpec,
	isWeekField,
	parseName,
	type FieldSpec,
	type FormValues
} from './fields';
import { numberProblem, readNumber } from './numbers';
import { flagsOf, unitsOf } from './values';

/** The objects whose fields are answered together: one without the other is refused. */
const PAIRS = ['heelRaises', 'kneeToWallCm', 'pain'] as const;

/**
 * A blank weekly distance after the first one given. The engine reads the list as consecutive
 * weeks ending with the last full week, so a gap cannot be skipped: the weeks after it would
 * move back a week and be compared with the wrong ones.
 */
export const WEEK_GAP_MESSAGE =
	'Fill in this week (0 if you did not run), or clear the weeks before it. The weeks must run up to your last full week without gaps.';

/**
 * The errors to show while the runner types, before any submit: those of the fields they have
 * typed in, and the gaps in the weekly distances once they have typed in any week. A gap is by
 * nature a box nobody touched, so without this the results would go stale with nothing marked.
 */
export function liveErrors(
	errors: readonly FieldError[],
	touched: Readonly<Record<string, boolean>>
): FieldError[] {
	const weeksTouched = Object.keys(touched).some((name) => touched[name] && isWeekField(name));
	return errors.filter((e) => touched[e.path] || (weeksTouched && e.message === WEEK_GAP_MESSAGE));
}

/** Any iterable of [name, value] pairs: FormData, URLSearchParams, or entries of FormValues. */
export type FormInput = FormData | URLSearchParams | FormValues;

/** Collect string values; files are ignored and a repeated name keeps its last value. */
export function toValues(input: FormInput): FormValues {
	const values: FormValues = {};
	const entries =
		input instanceof FormData || input instanceof URLSearchParams
			? input.entries()
			: Object.entries(input);
	for (const [name, value] of entries) {
		if (typeof value === 'string') values[name] = value;
	}
	return values;
}

/** A string → number for the schema; text that is not a number is passed on so the schema refuses it. */
function toNumber(raw: string, quantity: Quantity | undefined, units: Units): number | string {
	const value = readNumber(raw);
	if (value === null) return raw.trim();
	return quantity ? fromDisplay(value, quantity, units) : value;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
	let node = target;
	for (const key of path.slice(0, -1)) {
		node = (node[key] ??= {}) as Record<string, unknown>;
	}
	node[path.at(-1)!] = value;
}

function convert(raw: string, spec: FieldSpec, units: Units): unknown {
	switch (spec.kind) {
		case 'number':
			return toNumber(raw, spec.quantity, units);
		case 'bool':
			return raw === 'true' ? true : raw === 'false' ? false : raw;
		default:
			return raw;
	}
}

function fillObject(
	values: FormValues,
	prefix: string,
	fields: Record<string, FieldSpec>,
	units: Units
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, spec] of Object.entries(fields)) {
		const raw = values[prefix + key];
		// Blank means "not answered".
		if (raw === undefined || raw.trim() === '') continue;
		setPath(out, key.split('.'), convert(raw, spec, units));
	}
	return out;
}

/** The shoe fieldsets with any answer: a blank fieldset is no shoe. */
function shoeIndices(values: FormValues): number[] {
	const found = new Set<number>();
	for (const [name, value] of Object.entries(values)) {
		const n = parseName(name);
		if (n.scope === 'shoe' && value.trim() !== '' && n.key in SHOE_FIELDS) found.add(n.index);
	}
	return [...found].sort((a, b) => a - b);
}

export interface FormParse {
	values: FormValues;
	units: Units;
	/** The request as built from the fields, before validation (useful for debugging and tests). */
	raw: { runner: Record<string, unknown>; shoes: Record<string, unknown>[] };
	result: { ok: true; value: AssessRequest } | { ok: false; errors: FieldError[] };
}

/** The name of a single shoe left unnamed. */
export const DEFAULT_SHOE_NAME = 'Your shoe';

/**
 * Turn form fields into a validated request. Errors come back keyed by the form field's
 * name, with limits stated in the unit the runner sees.
 */
export function parseForm(input: FormInput): FormParse {
	const values = toValues(input);
	const units = unitsOf(values);

	const runner = fillObject(values, 'runner.', RUNNER_FIELDS, units);
	// The weeks run oldest first up to the last full week (the last weekly field sent). Only the
	// oldest may be left blank: the list starts at the first week given, and a blank after it is
	// a gap, refused on its own field. Each entry remembers its field, for the errors.
	const weekFields: string[] = [];
	const weeks: unknown[] = [];
	const gaps = new Set<string>();
	const weekIndices = Object.keys(values)
		.map(parseName)
		.flatMap((n) => (n.scope === 'week' ? [n.index] : []))
		.sort((a, b) => a - b);
	const weekValue = (i: number) => values[`runner.weeklyKm.${i}`] ?? '';
	const firstWeek = weekIndices.find((i) => weekValue(i).trim() !== '');
	const lastWeek = weekIndices.at(-1);
	if (firstWeek !== undefined && lastWeek !== undefined) {
		// A field not sent at all between two that were is a gap too. One entry past the schema's
		// limit is enough for it to refuse the list, however large the indices posted.
		for (let i = firstWeek; i <= lastWeek && weeks.length <= LIMITS.weeklyKmEntries; i++) {
			const name = `runner.weeklyKm.${i}`;
			weekFields.push(name);
			const raw = weekValue(i);
			if (raw.trim() === '') gaps.add(name);
			// Blank stays a string, so the schema refuses the list (and a live save keeps the last one).
			weeks.push(raw.trim() === '' ? '' : toNumber(raw, 'km', units));
		}
		runner.weeklyKm = weeks;
	}
	const flags = flagsOf(values);
	if (flags.length) runner.redFlags = flags;

	let indices = shoeIndices(values);
	// With no shoe at all, ask for the first one so the error lands on a real field.
	if (!indices.length) indices = [0];
	// A name is optional: a shoe needs only its drop to be scored, and is called by its place.
	const shoes = indices.map((i) => ({
		name: indices.length === 1 ? DEFAULT_SHOE_NAME : `Shoe ${i + 1}`,
		...fillObject(values, `shoes.${i}.`, SHOE_FIELDS, units)
	}));

	const raw = { runner, shoes };
	const parsed = parseRequest(raw);
	if (parsed.ok) return { values, units, raw, result: parsed };

	const fieldName = (path: string): string => {
		const parts = path.split('.');
		if (parts[0] === 'runner' && parts[1] === 'weeklyKm' && parts[2] !== undefined)
			return weekFields[Number(parts[2])] ?? 'runner.weeklyKm.0';
		// The request's shoe k is the k-th fieldset with an answer.
		if (parts[0] === 'shoes' && parts[1] !== undefined && Number.isInteger(Number(parts[1])))
			return ['shoes', String(indices[Number(parts[1])] ?? parts[1]), ...parts.slice(2)].join('.');
		return path;
	};
	const seen = new Set<string>();
	const errors: FieldError[] = [];
	for (const error of parsed.errors) {
		const path = fieldName(error.path);
		if (seen.has(path)) continue;
		seen.add(path);
		const problem = fieldSpec(path)?.kind === 'number' ? numberProblem(values[path] ?? '') : null;
		const message = gaps.has(path)
			? WEEK_GAP_MESSAGE
			: (problem ?? displayMessage(path, error.message, units));
		errors.push({ path, message });
	}
	return { values, units, raw, result: { ok: false, errors } };
}

/**
 * Reword a schema message for the form: limits in the displayed unit (with the metric figure
 * beside it), and plain words for a half-answered pair.
 */
export function displayMessage(path: string, message: string, units: Units): string {
	if (message.startsWith('Missing field')) {
		const pair = PAIRS.find((p) => path.includes(`.${p}.`));
		if (pair) return 'Answer this too, or leave both blank';
	}
	const spec = fieldSpec(path);
	if (message.startsWith('Missing field'))
		return spec?.kind === 'number' ? 'Enter a number' : 'Enter a name';
	const q = spec?.quantity;
	if (!q || isMetric(q, units)) return message;
	return message.replace(/(-?\d+(?:\.\d+)?) (mm|cm|km)\b/, (_all, figure: string) => {
		const shown = Math.round(toDisplay(Number(figure), q, units) * 1000) / 1000;
		return `${shown} ${unitLabel(q, units)} (${figure} ${q})`;
	});
}
