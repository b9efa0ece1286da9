/**
 * Form fields ↔ AssessRequest. Field names are the dot paths of api.md (`runner.age`,
 * `runner.heelRaises.left`, `shoes.0.heelDropMm`), so a parse error's path names its input.
 * Everything goes through `parseRequest` of the schema: this module only turns strings into
 * numbers and booleans, converts display units, and maps errors back to fields.
 */
import {
	LIMITS,
	RED_FLAGS,
	parseRequest,
	type AssessRequest,
	type FieldError,
	type RedFlag,
	type Shoe
} from '../risk/schema';
import {
	formatDisplay,
	fromDisplay,
	isMetric,
	parseUnits,
	toDisplay,
	unitLabel,
	type Quantity,
	type Units
} from '../units';

/** Raw field values, as a form holds them: every value is a string. */
export type FormValues = Record<string, string>;

type Kind = 'number' | 'text' | 'choice' | 'bool';
interface FieldSpec {
	kind: Kind;
	/** For numbers that change with the unit switch. */
	quantity?: Quantity;
}

const n = (quantity?: Quantity): FieldSpec => ({ kind: 'number', quantity });
const choice: FieldSpec = { kind: 'choice' };
const bool: FieldSpec = { kind: 'bool' };

/** Runner fields, keyed by their path below `runner.` */
export const RUNNER_FIELDS: Record<string, FieldSpec> = {
	age: n(),
	sex: choice,
	bodyMassKg: n(),
	monthsRunningLast12: n(),
	longestRunLast30DaysKm: n('km'),
	nextRunKm: n('km'),
	restDaysPerWeek: n(),
	otherSportHoursPerWeek: n(),
	fastSessions: choice,
	footStrike: choice,
	footStrikeChangedRecently: bool,
	footPosture: choice,
	cadenceSpm: n(),
	'heelRaises.left': n(),
	'heelRaises.right': n(),
	heelRaisePain: bool,
	'kneeToWallCm.left': n('cm'),
	'kneeToWallCm.right': n('cm'),
	forefootWidthMm: n('mm'),
	usualDropMm: n('mm'),
	pairsInRotation: n(),
	previousCalfInjury: bool,
	'pain.duringRun': n(),
	'pain.nextMorning': choice,
	'pain.onset': choice
};

/** Shoe fields, keyed by their path below `shoes.<i>.` */
export const SHOE_FIELDS: Record<string, FieldSpec> = {
	name: { kind: 'text' },
	heelDropMm: n('mm'),
	measuredDropMm: n('mm'),
	toeBoxWidthMm: n('mm'),
	toeBoxFit: choice,
	support: choice,
	minimalist: bool,
	wornKm: n('km'),
	monthsWorn: n()
};

/** Short names of the fields, for an error summary ("Age: Enter a number"). */
const RUNNER_LABELS: Record<string, string> = {
	age: 'Age',
	sex: 'Sex',
	bodyMassKg: 'Body mass',
	monthsRunningLast12: 'Months with weekly running',
	longestRunLast30DaysKm: 'Longest run in the 30 days before it',
	nextRunKm: 'Latest run',
	restDaysPerWeek: 'Rest days',
	otherSportHoursPerWeek: 'Other sport',
	fastSessions: 'Fast sessions',
	footStrike: 'Foot strike',
	footStrikeChangedRecently: 'Recent change of foot strike',
	footPosture: 'Foot posture',
	cadenceSpm: 'Cadence',
	'heelRaises.left': 'Heel raises, left leg',
	'heelRaises.right': 'Heel raises, right leg',
	heelRaisePain: 'Pain in the heel-raise test',
	'kneeToWallCm.left': 'Knee-to-wall, left leg',
	'kneeToWallCm.right': 'Knee-to-wall, right leg',
	forefootWidthMm: 'Forefoot width',
	usualDropMm: 'Usual heel drop',
	pairsInRotation: 'Pairs in rotation',
	previousCalfInjury: 'Previous calf injury',
	'pain.duringRun': 'Calf pain during runs',
	'pain.nextMorning': 'Calf the next morning',
	'pain.onset': 'How the calf pain started'
};

const SHOE_LABELS: Record<string, string> = {
	name: 'Shoe name',
	heelDropMm: 'Heel drop',
	measuredDropMm: 'Measured heel drop',
	toeBoxWidthMm: 'Toe box width',
	toeBoxFit: 'Toe box fit',
	support: 'Support',
	minimalist: 'Minimalist',
	wornKm: 'Distance run in the shoe',
	monthsWorn: 'Months run in the shoe'
};

/** A field's short name; `shoeCount` > 1 adds which shoe it belongs to. */
export function fieldLabel(name: string, shoeCount = 1): string {
	const week = /^runner\.weeklyKm\.(\d+)$/.exec(name);
	if (week) {
		const i = Number(week[1]);
		// As the form labels it, so the error summary names the box the runner sees.
		return i < WEEKS_SHOWN
			? `Weekly distance, ${weekLabel(i).toLowerCase()}`
			: `Weekly distance ${i + 1}`;
	}
	if (name.startsWith('runner.')) return RUNNER_LABELS[name.slice(7)] ?? name;
	const shoe = /^shoes\.(\d+)\.(.+)$/.exec(name);
	if (shoe) {
		const label = SHOE_LABELS[shoe[2]!] ?? name;
		return shoeCount > 1 ? `Shoe ${Number(shoe[1]) + 1}: ${label}` : label;
	}
	return name;
}

const PAIRS = ['heelRaises', 'kneeToWallCm', 'pain'] as const;

/** How many weekly-distance inputs a form shows (the schema allows up to 12). */
export const WEEKS_SHOWN = 6;

/** The label of weekly-distance input `i`: oldest first, the last one is the last full week. */
export function weekLabel(i: number): string {
	if (i === WEEKS_SHOWN - 1) return 'Last full week';
	const back = WEEKS_SHOWN - 1 - i;
	return `${back} ${back === 1 ? 'week' : 'weeks'} earlier`;
}

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
	const weeksTouched = Object.keys(touched).some(
		(name) => touched[name] && /^runner\.weeklyKm\.\d+$/.test(name)
	);
	return errors.filter((e) => touched[e.path] || (weeksTouched && e.message === WEEK_GAP_MESSAGE));
}

/** A number as typed: a comma may be the decimal point ("8,5"). */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
/**
 * Digits grouped in threes by commas ("1,200", "12,000", "1,200,000", "1,200.5"): a thousands
 * separator to some runners, a decimal comma to others, so it is never guessed. A leading 0
 * ("0,500") can only be a decimal comma, and so can a comma before 1, 2 or 4+ digits ("1,2345").
 */
const THOUSANDS_COMMA = /^[+-]?[1-9]\d*(?:,\d{3})+(?:\.\d*)?$/;
/** Digits grouped in threes by spaces ("1 200", "12 000,5"), as many countries write them. */
const THOUSANDS_SPACE = /^[+-]?[1-9]\d*(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/;

/**
 * Typed text → a number, or null when it is not one the form reads: anything but digits with an
 * optional sign and one decimal point or comma ("1e3", "Infinity", "0x10" are refused), and
 * digits grouped in thousands (see `numberProblem`). Surrounding spaces are ignored.
 */
export function readNumber(raw: string): number | null {
	const text = raw.trim();
	if (!NUMBER.test(text) || THOUSANDS_COMMA.test(text)) return null;
	return Number(text.replace(',', '.'));
}

/**
 * Why typed text is refused, when "Enter a number" would not tell the runner what to do: for
 * digits grouped in thousands, the figure to write instead. Null for anything else.
 */
export function numberProblem(raw: string): string | null {
	const text = raw.trim();
	if (THOUSANDS_COMMA.test(text)) {
		const whole = Number(text.replaceAll(',', ''));
		const commas = text.split(',').length - 1;
		// One comma and no point: 1,200 is 1200 to some runners and 1.2 to others.
		if (commas === 1 && !text.includes('.'))
			return `Is it ${whole} or ${Number(text.replace(',', '.'))}? Write it without the comma.`;
		return `Write ${whole} without the ${commas === 1 ? 'comma' : 'commas'}.`;
	}
	if (THOUSANDS_SPACE.test(text)) {
		const spaces = text.split(/[ \u00a0\u202f]/).length - 1;
		const joined = text.replace(/[ \u00a0\u202f]/g, '');
		return `Write ${joined} without the ${spaces === 1 ? 'space' : 'spaces'}.`;
	}
	return null;
}

/** The field spec for a form field name, or undefined for names the form does not know. */
export function fieldSpec(name: string): FieldSpec | undefined {
	if (/^runner\.weeklyKm\.\d+$/.test(name)) return n('km');
	if (name.startsWith('runner.')) return RUNNER_FIELDS[name.slice(7)];
	const m = /^shoes\.\d+\.(.+)$/.exec(name);
	return m ? SHOE_FIELDS[m[1]!] : undefined;
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

export function unitsOf(values: FormValues): Units {
	return parseUnits(values['units.length'], values['units.distance']);
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
		// Blank means "not answered"; a shoe's name is kept blank so the schema can ask for it.
		if (raw === undefined || (raw.trim() === '' && key !== 'name')) continue;
		setPath(out, key.split('.'), convert(raw, spec, units));
	}
	return out;
}

function shoeIndices(values: FormValues): number[] {
	const found = new Set<number>();
	for (const [name, value] of Object.entries(values)) {
		const m = /^shoes\.(\d+)\.(.+)$/.exec(name);
		if (m && value.trim() !== '' && SHOE_FIELDS[m[2]!]) found.add(Number(m[1]));
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
		.map((name) => /^runner\.weeklyKm\.(\d+)$/.exec(name)?.[1])
		.filter((i): i is string => i !== undefined)
		.map(Number)
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
	const shoes = indices.map((i) => fillObject(values, `shoes.${i}.`, SHOE_FIELDS, units));

	const raw = { runner, shoes };
	const parsed = parseRequest(raw);
	if (parsed.ok) return { values, units, raw, result: parsed };

	const fieldName = (path: string): string => {
		const parts = path.split('.');
		if (parts[0] === 'runner' && parts[1] === 'weeklyKm' && parts[2] !== undefined)
			return weekFields[Number(parts[2])] ?? 'runner.weeklyKm.0';
		if (parts[0] === 'shoes' && parts[1] !== undefined && /^\d+$/.test(parts[1]))
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

/** The checkbox name of a red flag. */
export const redFlagField = (flag: RedFlag) => `runner.redFlags.${flag}`;

/**
 * The red flags ticked in the form, read from the fields alone: they need no other answer to be
 * valid, so a page can show their triage card while the rest of the form still has errors
 * (risk-model.md section 6: any red flag always yields its triage card).
 */
export function flagsOf(values: FormValues): RedFlag[] {
	return RED_FLAGS.filter((flag) => values[redFlagField(flag)] !== undefined);
}
