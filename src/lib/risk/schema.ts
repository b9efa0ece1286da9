/**
 * The assessment contract, defined once. Form actions, the JSON API, share links, saved
 * browser data and the tests all parse through `parseRequest`; every type here is inferred
 * from a schema, never written twice.
 */
import * as v from 'valibot';

/** A number of the given kind in [min, max] (inclusive), with messages that name the range. */
function bounded<K extends v.FiniteAction<number, string> | v.IntegerAction<number, string>>(
	kind: K,
	min: number,
	max: number,
	unit: string
) {
	const u = unit ? ` ${unit}` : '';
	return v.pipe(
		v.number('Enter a number'),
		kind,
		v.minValue(min, `Must be at least ${min}${u}`),
		v.maxValue(max, `Must be at most ${max}${u}`)
	);
}

/** A finite number in [min, max] (inclusive). */
const num = (min: number, max: number, unit = '') =>
	bounded(v.finite('Enter a finite number'), min, max, unit);

/** A whole number in [min, max] (inclusive). */
const int = (min: number, max: number, unit = '') =>
	bounded(v.integer('Enter a whole number'), min, max, unit);

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return v.picklist(values, `Choose one of: ${values.join(', ')}`);
}

const yesNo = v.boolean('Answer true or false');

/**
 * One message for every strict object (the API's and the saved record's): unknown keys, missing
 * keys and wrong types differ.
 */
export function objectMessage(what: string) {
	return (issue: v.StrictObjectIssue) => {
		if (issue.expected === 'never') return `Unknown field: ${String(issue.input)}`;
		if (issue.received === 'undefined' && issue.expected?.startsWith('"'))
			return `Missing field: ${issue.expected.replaceAll('"', '')}`;
		return `Must be ${what}`;
	};
}

export const SEXES = ['female', 'male', 'unspecified'] as const;
export const FAST_SESSIONS = ['fewer', 'same', 'more'] as const;
export const FOOT_STRIKES = ['rearfoot', 'midfoot', 'forefoot', 'unsure'] as const;
export const FOOT_POSTURES = ['neutral', 'pronated', 'supinated', 'unsure'] as const;
export const NEXT_MORNING = ['better', 'same', 'worse'] as const;
export const TOE_BOX_FITS = ['roomy', 'snug', 'squeezed'] as const;
export const SUPPORTS = ['neutral', 'stability', 'motion-control'] as const;

/**
 * The warning signs, most serious level first and, within a level, in the order the triage
 * table lists them: the order of the form's list and of `triage.reasons` within a level.
 */
export const RED_FLAGS = [
	'breathless-chest-pain',
	'cold-pale-foot',
	'tense-calf-severe-pain',
	'one-sided-swelling',
	'warm-red-skin',
	'hard-veins',
	'fever-hot-calf',
	'sudden-pop',
	'cannot-tiptoe',
	'rest-night-pain',
	'numbness-tingling',
	'no-improvement-2-weeks',
	'recent-immobilisation',
	'clot-risk'
] as const;

/**
 * Retired flag ids and the flag each is read as. `numb-cold-foot` asked about numbness and a
 * cold, pale foot in one tick; a cold, pale foot can be a blocked artery, so an old answer is read
 * as that emergency: over-calling is the safe side.
 */
export const RETIRED_FLAGS = { 'numb-cold-foot': 'cold-pale-foot' } as const;
export type RetiredFlag = keyof typeof RETIRED_FLAGS;
const ACCEPTED_FLAGS = [...RED_FLAGS, ...(Object.keys(RETIRED_FLAGS) as RetiredFlag[])] as const;

/** Flags as given (a retired id included) → current ids, each once, in RED_FLAGS order. */
export function currentFlags(flags: (RedFlag | RetiredFlag)[]): RedFlag[] {
	const read = new Set(
		flags.map((f) => (f in RETIRED_FLAGS ? RETIRED_FLAGS[f as RetiredFlag] : (f as RedFlag)))
	);
	return RED_FLAGS.filter((f) => read.has(f));
}

export const PAIN_ONSETS = ['gradual', 'sudden'] as const;

export const BANDS = ['low', 'moderate', 'high', 'unknown'] as const;
export const FACTORS = ['overuse', 'calf', 'form', 'shoe', 'load'] as const;
export const FINDING_IDS = [
	'load.spike',
	'load.weekly',
	'load.pace',
	'overuse.volume',
	'overuse.rest',
	'overuse.pain',
	'calf.strength',
	'calf.symmetry',
	'calf.flexibility',
	'form.strike',
	'form.posture',
	'shoe.drop',
	'shoe.toebox',
	'shoe.wear'
] as const;
export const TIP_IDS = [
	'rest-reduce-load',
	'hold-load',
	'calf-strengthening',
	'heel-wedges',
	'corrective-shoes',
	'gradual-transition',
	'cadence',
	'massage-foam-roller',
	'ice-compression-elevation',
	'recovery-days',
	'see-a-professional'
] as const;
export const TRIAGE_LEVELS = ['none', 'see-clinician', 'urgent', 'emergency'] as const;

export const LIMITS = {
	weeklyKmEntries: 12,
	shoesMin: 1,
	shoesMax: 6,
	nameMax: 80
} as const;

const pair = (inner: ReturnType<typeof num> | ReturnType<typeof int>) =>
	v.strictObject({ left: inner, right: inner }, objectMessage('an object with left and right'));

export const RunnerSchema = v.strictObject(
	{
		age: v.optional(num(10, 100, 'years')),
		sex: v.optional(oneOf(SEXES)),
		bodyMassKg: v.optional(num(25, 250, 'kg')),
		monthsRunningLast12: v.optional(num(0, 12, 'months')),
		weeklyKm: v.optional(
			v.pipe(
				v.array(num(0, 400, 'km'), 'Give a list of weekly distances'),
				v.maxLength(LIMITS.weeklyKmEntries, `Give at most ${LIMITS.weeklyKmEntries} weeks`)
			)
		),
		longestRunLast30DaysKm: v.optional(num(0, 250, 'km')),
		nextRunKm: v.optional(num(0, 250, 'km')),
		restDaysPerWeek: v.optional(int(0, 7, 'days')),
		otherSportHoursPerWeek: v.optional(num(0, 40, 'hours')),
		fastSessions: v.optional(oneOf(FAST_SESSIONS)),
		footStrike: v.optional(oneOf(FOOT_STRIKES)),
		footStrikeChangedRecently: v.optional(yesNo),
		footPosture: v.optional(oneOf(FOOT_POSTURES)),
		cadenceSpm: v.optional(num(100, 230, 'steps/min')),
		heelRaises: v.optional(pair(int(0, 200, 'reps'))),
		heelRaisePain: v.optional(yesNo),
		kneeToWallCm: v.optional(pair(num(0, 25, 'cm'))),
		forefootWidthMm: v.optional(num(60, 140, 'mm')),
		usualDropMm: v.optional(num(-5, 25, 'mm')),
		pairsInRotation: v.optional(int(1, 10, 'pairs')),
		previousCalfInjury: v.optional(yesNo),
		pain: v.optional(
			v.strictObject(
				{
					duringRun: num(0, 10),
					nextMorning: oneOf(NEXT_MORNING),
					onset: v.optional(oneOf(PAIN_ONSETS))
				},
				objectMessage('an object with duringRun and nextMorning')
			)
		),
		redFlags: v.optional(
			v.pipe(
				v.array(oneOf(ACCEPTED_FLAGS), 'Give a list of red flags'),
				v.maxLength(ACCEPTED_FLAGS.length, 'Too many red flags'),
				v.check((flags) => new Set(flags).size === flags.length, 'Each red flag only once'),
				// A retired id is read as its current one from here on: the engine, the saved record
				// and every page see only current ids.
				v.transform(currentFlags)
			)
		)
	},
	objectMessage('an object of runner answers')
);

export const ShoeSchema = v.strictObject(
	{
		name: v.pipe(
			v.string('Enter a name'),
			v.trim(),
			v.minLength(1, 'Enter a name'),
			v.maxLength(LIMITS.nameMax, `At most ${LIMITS.nameMax} characters`)
		),
		heelDropMm: num(-5, 25, 'mm'),
		measuredDropMm: v.optional(num(-5, 25, 'mm')),
		toeBoxWidthMm: v.optional(num(60, 140, 'mm')),
		toeBoxFit: v.optional(oneOf(TOE_BOX_FITS)),
		support: v.optional(oneOf(SUPPORTS)),
		minimalist: v.optional(yesNo),
		wornKm: v.optional(num(0, 5000, 'km')),
		monthsWorn: v.optional(num(0, 240, 'months'))
	},
	objectMessage('an object describing a shoe')
);

export const AssessRequestSchema = v.strictObject(
	{
		runner: RunnerSchema,
		shoes: v.pipe(
			v.array(ShoeSchema, 'Give a list of shoes'),
			v.minLength(LIMITS.shoesMin, 'Add at least one shoe'),
			v.maxLength(LIMITS.shoesMax, `At most ${LIMITS.shoesMax} shoes`)
		)
	},
	objectMessage('an object with runner and shoes')
);

export type Runner = v.InferOutput<typeof RunnerSchema>;
export type Shoe = v.InferOutput<typeof ShoeSchema>;
export type AssessRequest = v.InferOutput<typeof AssessRequestSchema>;
export type RedFlag = (typeof RED_FLAGS)[number];
export type Band = (typeof BANDS)[number];
export type Factor = (typeof FACTORS)[number];
export type FindingId = (typeof FINDING_IDS)[number];
export type TipId = (typeof TIP_IDS)[number];
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/* ---- Response: described as schemas too, so the published OpenAPI document has it. ---- */

const BandSchema = v.picklist(BANDS);

export const FindingSchema = v.object({
	id: v.picklist(FINDING_IDS),
	factor: v.picklist(FACTORS),
	band: BandSchema,
	weight: v.number(),
	why: v.string(),
	/** One sentence on what the finding is about, for a summary of the answer. */
	headline: v.string(),
	evidence: v.string(),
	grade: v.string(),
	opinion: v.boolean()
});

export const TipSchema = v.object({
	id: v.picklist(TIP_IDS),
	title: v.string(),
	text: v.string(),
	/** The tip in one line with its dose: the same advice as `text`, shorter. */
	dose: v.string(),
	evidence: v.string(),
	because: v.array(v.picklist(FINDING_IDS))
});

export const FactorScoreSchema = v.object({
	score: v.nullable(v.number()),
	band: BandSchema
});

export const ShoeResultSchema = v.object({
	shoe: v.string(),
	index: v.nullable(v.number()),
	band: BandSchema,
	confidence: v.number(),
	factors: v.object({
		overuse: FactorScoreSchema,
		calf: FactorScoreSchema,
		form: FactorScoreSchema,
		shoe: FactorScoreSchema,
		load: FactorScoreSchema
	}),
	findings: v.array(FindingSchema),
	tips: v.array(TipSchema)
});

export const TriageSchema = v.object({
	level: v.picklist(TRIAGE_LEVELS),
	reasons: v.array(v.picklist(RED_FLAGS))
});

/** An unanswered input or self-test that would raise confidence, most valuable first. */
export const SharpenSchema = v.object({
	id: v.string(),
	label: v.string(),
	findings: v.array(v.picklist(FINDING_IDS)),
	/** Confidence (0–1) an answer could add, for the shoe where it adds most. */
	adds: v.number()
});

export const AssessResponseSchema = v.object({
	model: v.string(),
	triage: TriageSchema,
	results: v.array(ShoeResultSchema),
	ranking: v.array(v.number()),
	sharpen: v.array(SharpenSchema)
});

export type Finding = v.InferOutput<typeof FindingSchema>;
export type Tip = v.InferOutput<typeof TipSchema>;
export type FactorScore = v.InferOutput<typeof FactorScoreSchema>;
export type ShoeResult = v.InferOutput<typeof ShoeResultSchema>;
export type Triage = v.InferOutput<typeof TriageSchema>;
export type Sharpen = v.InferOutput<typeof SharpenSchema>;
export type Assessment = v.InferOutput<typeof AssessResponseSchema>;

export interface FieldError {
	/** Dot path of the field in the request, e.g. `shoes.0.heelDropMm`. */
	path: string;
	message: string;
}

export type ParseResult = { ok: true; value: AssessRequest } | { ok: false; errors: FieldError[] };

/** Keys that must never be accepted from outside, at any depth. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Hazard = { kind: 'forbidden' | 'deep'; path: string[] };

/**
 * A `__proto__`, `constructor` or `prototype` key at any depth (an object's own keys before its
 * children), or nesting beyond `maxDepth`; null when there is neither. Every input from outside
 * passes here first: request bodies, forms, share links, saved data and imported files. A
 * 512 KB JSON body can nest about 100 000 levels deep, so the walk keeps its own stack (no
 * recursion to overflow) and links each key to its parent (no path copied at every level).
 */
export function findHazard(input: unknown, maxDepth = Infinity): Hazard | null {
	type Node = { key: string; parent: Node | null; depth: number };
	const pathOf = (node: Node | null): string[] => {
		const path: string[] = [];
		for (let n = node; n; n = n.parent) path.push(n.key);
		return path.reverse();
	};
	const stack: { value: unknown; node: Node | null }[] = [{ value: input, node: null }];
	for (let top = stack.pop(); top; top = stack.pop()) {
		const { value, node } = top;
		if (value === null || typeof value !== 'object') continue;
		const depth = node?.depth ?? 0;
		if (depth >= maxDepth) return { kind: 'deep', path: pathOf(node) };
		const keys = Object.keys(value);
		const forbidden = keys.find((key) => FORBIDDEN_KEYS.has(key));
		if (forbidden !== undefined) return { kind: 'forbidden', path: [...pathOf(node), forbidden] };
		for (const key of keys.reverse()) {
			const child = (value as Record<string, unknown>)[key];
			stack.push({ value: child, node: { key, parent: node, depth: depth + 1 } });
		}
	}
	return null;
}

type Walkable = {
	wrapped?: v.GenericSchema;
	entries?: Record<string, v.GenericSchema>;
	item?: v.GenericSchema;
	message?: unknown;
};

/**
 * An array given where the schema wants an object, with its path and the object's own message.
 * valibot's object schemas take any object, so `[]` would read as `{}` where every field is
 * optional (and as two missing fields for a pair), while the API's document says "object". The
 * walk follows the schema, so it goes no deeper than the schema does, whatever the input's depth.
 */
function arrayForObject(schema: v.GenericSchema, input: unknown, path = ''): FieldError | null {
	let s = schema as Walkable;
	while (s.wrapped) s = s.wrapped as Walkable;
	const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
	if (s.entries) {
		if (Array.isArray(input)) {
			const m = s.message;
			const issue = { kind: 'schema', expected: 'Object', received: 'Array', input };
			const message =
				typeof m === 'function'
					? String(m(issue))
					: typeof m === 'string'
						? m
						: 'Must be an object';
			return { path, message };
		}
		if (input === null || typeof input !== 'object') return null;
		for (const [key, entry] of Object.entries(s.entries)) {
			if (!Object.hasOwn(input, key)) continue;
			const found = arrayForObject(entry, (input as Record<string, unknown>)[key], at(key));
			if (found) return found;
		}
	}
	if (s.item && Array.isArray(input)) {
		for (const [i, item] of input.entries()) {
			const found = arrayForObject(s.item, item, at(i));
			if (found) return found;
		}
	}
	return null;
}

/** Parse anything from outside (JSON body, form, link, storage) into a valid request. */
export function parseRequest(input: unknown): ParseResult {
	return parseWith(AssessRequestSchema, input);
}

/**
 * Parse anything from outside against `schema`, with the assessment's rules: keys that could
 * reach a prototype are refused at any depth, so is an array where an object belongs, and every
 * error carries its dot path.
 */
export function parseWith<S extends v.GenericSchema>(
	schema: S,
	input: unknown
): { ok: true; value: v.InferOutput<S> } | { ok: false; errors: FieldError[] } {
	const hazard = findHazard(input);
	if (hazard) {
		const { path } = hazard;
		return {
			ok: false,
			errors: [{ path: path.join('.'), message: `Forbidden key: ${path.at(-1)}` }]
		};
	}
	const array = arrayForObject(schema, input);
	if (array) return { ok: false, errors: [array] };
	const result = v.safeParse(schema, input, { abortPipeEarly: true });
	if (result.success) return { ok: true, value: result.output };
	const errors: FieldError[] = result.issues.map((issue) => ({
		path: v.getDotPath(issue) ?? '',
		message: issue.message
	}));
	return { ok: false, errors };
}
