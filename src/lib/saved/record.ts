/**
 * The one record a runner keeps in their browser (user story 5, "Next week"): answers, shoes,
 * units and the history of saved assessments. It is versioned, migrated forward, validated with
 * the same schemas as the API, and read/written through a `Storage`-like object passed in, so
 * nothing here touches `window` and every function runs in node.
 */
import * as v from 'valibot';
import {
	objectMessage,
	AssessRequestSchema,
	BANDS,
	findHazard,
	LIMITS,
	RETIRED_FLAGS,
	RunnerSchema,
	ShoeSchema
} from '../risk/schema';
import { DISTANCE_UNITS, LENGTH_UNITS, METRIC, type Units } from '../units';
import { ActivitySchema } from '../import/activity';

export { DISTANCE_UNITS, LENGTH_UNITS, type Units };

/**
 * 3 added `weeklyKmSavedAt`; 4 added `splitFlagNotice`, for records that held the retired
 * warning sign; 5 added `training`, the activities read from the runner's files. Optional
 * fields, but a strict older reader would refuse them as unknown, so an older page says "made
 * by a newer Stridecheck" instead of "unreadable".
 */
export const RECORD_VERSION = 5;

/**
 * The most activities a record keeps: two a day for the 400 days kept (see `keptTraining`),
 * under 80 kB of JSON, so a runner's history never crowds out their answers in the browser's
 * storage (5 MB in most browsers) and an export stays well under its 1 MB cap.
 */
export const TRAINING_MAX = 800;

/**
 * What the runner's training files said: when they were read, and their activities (dates,
 * distances, durations, sports; never where), oldest first, duplicates counted once.
 */
export const TrainingSchema = v.strictObject(
	{
		readAt: v.pipe(v.string(), v.isoTimestamp('Must be an ISO date and time')),
		activities: v.pipe(
			v.array(ActivitySchema),
			v.maxLength(TRAINING_MAX, `At most ${TRAINING_MAX} activities`)
		)
	},
	objectMessage('an object with readAt and activities')
);
export type SavedTraining = v.InferOutput<typeof TrainingSchema>;

/** A year of weekly check-ins; older entries fall off the start of the chart. */
export const HISTORY_MAX = 52;

export const UnitsSchema = v.strictObject(
	{
		length: v.picklist(LENGTH_UNITS, `Choose one of: ${LENGTH_UNITS.join(', ')}`),
		distance: v.picklist(DISTANCE_UNITS, `Choose one of: ${DISTANCE_UNITS.join(', ')}`)
	},
	objectMessage('an object with length and distance')
);
export const DEFAULT_UNITS: Units = METRIC;

const score = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)));
const FactorScore = v.strictObject(
	{ score, band: v.picklist(BANDS) },
	objectMessage('an object with score and band')
);

export const HistoryResultSchema = v.strictObject(
	{
		shoe: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.nameMax)),
		index: score,
		band: v.picklist(BANDS),
		factors: v.strictObject(
			{
				overuse: FactorScore,
				calf: FactorScore,
				form: FactorScore,
				shoe: FactorScore,
				load: FactorScore
			},
			objectMessage('an object of the five factor scores')
		)
	},
	objectMessage('a result of one shoe')
);

export const HistoryEntrySchema = v.pipe(
	v.strictObject(
		{
			date: v.pipe(v.string(), v.isoTimestamp('Must be an ISO date and time')),
			model: v.pipe(v.string(), v.maxLength(100)),
			request: AssessRequestSchema,
			results: v.pipe(v.array(HistoryResultSchema), v.minLength(1), v.maxLength(LIMITS.shoesMax)),
			ranking: v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))
		},
		objectMessage('a saved assessment')
	),
	v.check(
		(e) =>
			e.results.length === e.request.shoes.length &&
			e.ranking.length === e.results.length &&
			new Set(e.ranking).size === e.ranking.length &&
			e.ranking.every((i) => i < e.results.length),
		'Results and ranking must match the shoes'
	)
);
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

/** The current record. Shoes may be empty: a runner can save answers before adding a shoe. */
export const RecordSchema = v.strictObject(
	{
		version: v.literal(RECORD_VERSION),
		runner: RunnerSchema,
		shoes: v.pipe(
			v.array(ShoeSchema),
			v.maxLength(LIMITS.shoesMax, `At most ${LIMITS.shoesMax} shoes`)
		),
		units: UnitsSchema,
		/**
		 * When `runner.weeklyKm` last changed: the list is "the last full weeks", so it ages.
		 * Absent when unknown (records from before version 3, answers loaded from a link).
		 */
		weeklyKmSavedAt: v.optional(v.pipe(v.string(), v.isoTimestamp('Must be an ISO date and time'))),
		/**
		 * The record held a warning sign that has since been split in two (read as the more
		 * serious one): the next page the runner opens says so once, then clears this.
		 */
		splitFlagNotice: v.optional(v.literal(true)),
		/** The activities of the runner's training files, the latest 400 days of them. */
		training: v.optional(TrainingSchema),
		history: v.pipe(
			v.array(HistoryEntrySchema),
			v.maxLength(HISTORY_MAX, `At most ${HISTORY_MAX} saved assessments`)
		)
	},
	objectMessage('a Stridecheck record')
);
export type SavedRecord = v.InferOutput<typeof RecordSchema>;

/**
 * Version 1, what the first prototype wrote before history existed: the answers sat under
 * `answers` and units were one word for both lengths and distances.
 */
export const RecordV1Schema = v.strictObject(
	{
		version: v.literal(1),
		answers: RunnerSchema,
		shoes: v.pipe(v.array(ShoeSchema), v.maxLength(LIMITS.shoesMax)),
		units: v.picklist(['metric', 'imperial'])
	},
	objectMessage('a Stridecheck record')
);
export type RecordV1 = v.InferOutput<typeof RecordV1Schema>;

export function emptyRecord(): SavedRecord {
	return {
		version: RECORD_VERSION,
		runner: {},
		shoes: [],
		units: { ...DEFAULT_UNITS },
		history: []
	};
}

/**
 * Valid data nests 7 levels at most (record, history, entry, request, runner, pair, value); 32
 * leaves room while refusing the thousands of levels that overflow the stack of any recursive
 * validator after it (JSON.parse itself reads them without complaint).
 */
export const MAX_DEPTH = 32;

export type MigrateResult =
	| { ok: true; record: SavedRecord; from: number }
	| {
			ok: false;
			reason: 'shape' | 'forbidden' | 'deep' | 'newer' | 'invalid';
			message: string;
			path?: string;
	  };

export function firstIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]) {
	const issue = issues[0];
	return { path: v.getDotPath(issue) ?? '', message: issue.message };
}

type StepResult = { ok: true; next: unknown } | Extract<MigrateResult, { ok: false }>;

/** Each step reads a record of version n and returns one of version n + 1 (still unchecked). */
const STEPS: Record<number, (raw: unknown) => StepResult> = {
	1: (raw) => {
		const old = v.safeParse(RecordV1Schema, raw, { abortPipeEarly: true });
		if (!old.success) return { ok: false, reason: 'invalid', ...firstIssue(old.issues) };
		const imperial = old.output.units === 'imperial';
		return {
			ok: true,
			next: {
				version: 2,
				runner: old.output.answers,
				shoes: old.output.shoes,
				units: imperial ? { length: 'in', distance: 'mi' } : { length: 'mm', distance: 'km' },
				history: []
			}
		};
	},
	// Version 3 only added an optional field; when the weekly distances were typed is unknown.
	2: (raw) => ({ ok: true, next: { ...(raw as object), version: 3 } }),
	// The retired flag ids are read as their current ones by the schema; the runner is told once.
	3: (raw) => {
		const next = { ...(raw as object), version: 4 };
		return { ok: true, next: holdsRetiredFlag(raw) ? { ...next, splitFlagNotice: true } : next };
	},
	// Version 5 only added an optional field: no record before it held training files.
	4: (raw) => ({ ok: true, next: { ...(raw as object), version: 5 } })
};

/** Whether a record's answers or any saved assessment held a retired warning-sign id. */
function holdsRetiredFlag(raw: unknown): boolean {
	const record = raw as {
		runner?: { redFlags?: unknown };
		history?: { request?: { runner?: { redFlags?: unknown } } }[];
	};
	const lists = [
		record.runner?.redFlags,
		...(Array.isArray(record.history) ? record.history : []).map(
			(e) => e?.request?.runner?.redFlags
		)
	];
	return lists.some(
		(flags) => Array.isArray(flags) && flags.some((f) => Object.hasOwn(RETIRED_FLAGS, f))
	);
}

/** Said once to a runner whose saved answers held the retired warning sign. */
export const SPLIT_FLAG_NOTICE =
	'A warning-sign question has changed since your answers were saved: “numbness or tingling, or a cold or pale foot” is now two questions. To be safe, your earlier tick now reads as “the foot or toes have turned cold, pale or blue”, which is an emergency. Please read the warning signs again and tick only what applies to you now.';

/** Bring any stored or imported record up to the current version, validating it on the way. */
export function migrate(raw: unknown): MigrateResult {
	const hazard = findHazard(raw, MAX_DEPTH);
	if (hazard?.kind === 'forbidden') {
		const path = hazard.path.join('.');
		return {
			ok: false,
			reason: 'forbidden',
			path,
			message: `Forbidden key: ${hazard.path.at(-1)}`
		};
	}
	if (hazard?.kind === 'deep') {
		const message = `Nested more than ${MAX_DEPTH} levels deep`;
		return { ok: false, reason: 'deep', path: hazard.path.join('.'), message };
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return { ok: false, reason: 'shape', message: 'Not a Stridecheck record' };
	}
	const from = (raw as { version?: unknown }).version;
	if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
		return { ok: false, reason: 'shape', message: 'The record has no valid version number' };
	}
	if (from > RECORD_VERSION) {
		return {
			ok: false,
			reason: 'newer',
			message: `Made by a newer Stridecheck (version ${from}; this page reads up to ${RECORD_VERSION})`
		};
	}
	let current: unknown = raw;
	for (let version = from; version < RECORD_VERSION; version++) {
		const step = STEPS[version];
		if (!step) return { ok: false, reason: 'shape', message: `Unknown version ${version}` };
		const stepped = step(current);
		if (!stepped.ok) return stepped;
		current = stepped.next;
	}
	const checked = v.safeParse(RecordSchema, current, { abortPipeEarly: true });
	if (!checked.success) return { ok: false, reason: 'invalid', ...firstIssue(checked.issues) };
	return { ok: true, record: checked.output, from };
}
