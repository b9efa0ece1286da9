/**
 * The one record a runner keeps in their browser (user story 5, "Next week"): answers, shoes,
 * units and the history of saved assessments. It is versioned, migrated forward, validated with
 * the same schemas as the API, and read/written through a `Storage`-like object passed in, so
 * nothing here touches `window` and every function runs in node.
 */
import * as v from 'valibot';
import {
	AssessRequestSchema,
	BANDS,
	FACTORS,
	LIMITS,
	RETIRED_FLAGS,
	RunnerSchema,
	ShoeSchema,
	type AssessRequest,
	type Assessment,
	type Band,
	type Factor
} from '../risk/schema';
import { DISTANCE_UNITS, LENGTH_UNITS, METRIC, type Units } from '../units';

export { DISTANCE_UNITS, LENGTH_UNITS, type Units };

/**
 * 3 added `weeklyKmSavedAt`; 4 added `splitFlagNotice`, for records that held the retired
 * warning sign. Optional fields, but a strict older reader would refuse them as unknown, so an
 * older page says "made by a newer Stridecheck" instead of "unreadable".
 */
export const RECORD_VERSION = 4;

/** A year of weekly check-ins; older entries fall off the start of the chart. */
export const HISTORY_MAX = 52;

export const STORAGE_KEY = 'stridecheck';
/** Where an unreadable record is moved so the runner can still export it. */
export const UNREADABLE_KEY = 'stridecheck:unreadable';
const KEY_PREFIX = 'stridecheck';

/** The same wording as schema.ts gives the API's strict objects. */
function objectMessage(what: string) {
	return (issue: v.StrictObjectIssue) => {
		if (issue.expected === 'never') return `Unknown field: ${String(issue.input)}`;
		if (issue.received === 'undefined' && issue.expected?.startsWith('"'))
			return `Missing field: ${issue.expected.replaceAll('"', '')}`;
		return `Must be ${what}`;
	};
}

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

/** The request the saved answers make, or null while no shoe has been entered. */
export function requestOf(record: SavedRecord): AssessRequest | null {
	return record.shoes.length > 0 ? { runner: record.runner, shoes: record.shoes } : null;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Valid data nests 7 levels at most (record, history, entry, request, runner, pair, value); 32
 * leaves room while refusing the thousands of levels that overflow the stack of any recursive
 * validator after it (JSON.parse itself reads them without complaint).
 */
export const MAX_DEPTH = 32;

export type Hazard = { kind: 'forbidden'; path: string[] } | { kind: 'deep'; path: string[] };

/**
 * A `__proto__`, `constructor` or `prototype` key (an object's own keys are checked before its
 * children), or nesting beyond MAX_DEPTH; null when there is neither. Iterative, so hostile
 * depth cannot overflow it.
 */
export function findHazard(input: unknown): Hazard | null {
	const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
	while (stack.length > 0) {
		const { value, path } = stack.pop() as { value: unknown; path: string[] };
		if (value === null || typeof value !== 'object') continue;
		if (path.length >= MAX_DEPTH) return { kind: 'deep', path };
		const keys = Object.keys(value);
		for (const key of keys) {
			if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden', path: [...path, key] };
		}
		for (const key of keys.reverse()) {
			stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
		}
	}
	return null;
}

export type MigrateResult =
	| { ok: true; record: SavedRecord; from: number }
	| {
			ok: false;
			reason: 'shape' | 'forbidden' | 'deep' | 'newer' | 'invalid';
			message: string;
			path?: string;
	  };

function firstIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]) {
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
	}
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
	const hazard = findHazard(raw);
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

/** Just the parts of `Storage` used here, so tests pass a fake and pages pass localStorage. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type StorageError = 'quota' | 'blocked' | 'invalid' | 'unknown';

export interface LoadProblem {
	kind: 'blocked' | 'unreadable' | 'newer';
	message: string;
	/** The stored text exactly as found, for export; null when storage could not be read. */
	raw: string | null;
}

export interface LoadResult {
	record: SavedRecord;
	problem?: LoadProblem;
}

const BLOCKED_MESSAGE =
	'This browser blocks saved data here, so your answers will not be kept after you leave.';

function classify(error: unknown): StorageError {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	// Firefox has used its own name for a full store; Safari private mode throws code 22.
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
	if ((error as { code?: unknown } | null)?.code === 22) return 'quota';
	if (name === 'SecurityError') return 'blocked';
	return 'unknown';
}

const SAVE_MESSAGES: Record<StorageError, string> = {
	quota:
		'Your browser’s storage is full, so this was not saved. Export your data, then delete old entries.',
	blocked: 'This browser blocks saved data here, so this was not saved.',
	invalid: 'This could not be saved because part of it is not valid',
	unknown: 'Saving failed for an unknown reason, so this was not saved.'
};

/**
 * Read the saved record. It never throws: blocked storage, broken JSON, an invalid or newer
 * record all start clean with a problem to tell the runner, and an unreadable text is copied to
 * UNREADABLE_KEY first so the next save cannot destroy it.
 */
export function loadRecord(storage: StorageLike): LoadResult {
	let raw: string | null;
	try {
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		return {
			record: emptyRecord(),
			problem: { kind: 'blocked', message: BLOCKED_MESSAGE, raw: null }
		};
	}
	if (raw === null) return { record: emptyRecord() };
	let parsed: unknown;
	let result: MigrateResult;
	try {
		parsed = JSON.parse(raw);
		result = migrate(parsed);
	} catch {
		result = { ok: false, reason: 'shape', message: 'It is not valid JSON' };
	}
	if (result.ok) return { record: result.record };
	try {
		storage.setItem(UNREADABLE_KEY, raw);
		storage.removeItem(STORAGE_KEY);
	} catch {
		// A full store keeps the original under STORAGE_KEY; the raw copy is still returned.
	}
	const newer = result.reason === 'newer';
	const why = result.path ? `${result.path}: ${result.message}` : result.message;
	const message = newer
		? 'Your saved answers were made by a newer Stridecheck, so this page started fresh. A copy was kept: you can export it.'
		: `Your saved answers could not be read (${why}), so Stridecheck started fresh. A copy was kept: you can export it.`;
	return { record: emptyRecord(), problem: { kind: newer ? 'newer' : 'unreadable', message, raw } };
}

/** The unreadable copy set aside by loadRecord, if any. */
export function readUnreadable(storage: StorageLike): string | null {
	try {
		return storage.getItem(UNREADABLE_KEY);
	} catch {
		return null;
	}
}

export type SaveResult = { ok: true } | { ok: false; error: StorageError; message: string };

export function saveRecord(storage: StorageLike, record: SavedRecord): SaveResult {
	const checked = v.safeParse(RecordSchema, record, { abortPipeEarly: true });
	if (!checked.success) {
		const { path, message } = firstIssue(checked.issues);
		return {
			ok: false,
			error: 'invalid',
			message: `${SAVE_MESSAGES.invalid} (${path}: ${message}).`
		};
	}
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(checked.output));
		return { ok: true };
	} catch (error) {
		const kind = classify(error);
		return { ok: false, error: kind, message: SAVE_MESSAGES[kind] };
	}
}

/** "Delete all my data": every key this app ever wrote, the unreadable copy included. */
export function deleteAll(storage: StorageLike): SaveResult {
	try {
		const keys: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key !== null && key.startsWith(KEY_PREFIX)) keys.push(key);
		}
		for (const key of keys) storage.removeItem(key);
		return { ok: true };
	} catch (error) {
		const kind = classify(error);
		return {
			ok: false,
			error: kind,
			message:
				kind === 'blocked'
					? 'This browser blocks access to saved data, so nothing could be deleted here.'
					: 'Deleting failed; clear this site’s data in your browser settings instead.'
		};
	}
}

/** One history entry from an assessment; the caller passes the date (no clock in here). */
export function historyEntry(
	date: Date,
	request: AssessRequest,
	assessment: Assessment
): HistoryEntry {
	return {
		date: date.toISOString(),
		model: assessment.model,
		request,
		results: assessment.results.map((r) => ({
			shoe: r.shoe,
			index: r.index,
			band: r.band,
			factors: {
				overuse: { ...r.factors.overuse },
				calf: { ...r.factors.calf },
				form: { ...r.factors.form },
				shoe: { ...r.factors.shoe },
				load: { ...r.factors.load }
			}
		})),
		ranking: [...assessment.ranking]
	};
}

/** The UTC calendar day of an ISO date, `2026-11-26`: the same day the history labels show. */
export function utcDay(iso: string): string {
	return new Date(iso).toISOString().slice(0, 10);
}

/** The calendar day of an ISO date where the code runs: in a browser, the runner's own day. */
export function localDay(iso: string): string {
	const d = new Date(iso);
	return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * Append an entry, keeping the newest HISTORY_MAX.
 *
 * The same answers under the same model saved again on the same calendar day replace the last
 * entry: a double press, or a second save after reading the results, is one check and must not
 * draw two points. On a later day it is a new point: "nothing changed this week" is itself a
 * result worth charting. A calendar day, not a window of hours: a check at 23:00 and one at
 * 07:00 are two days to a runner although 8 hours apart. `dayOf` says which calendar: the
 * browser passes `localDay` (the runner's), and the UTC default keeps node tests independent
 * of the machine's time zone.
 */
export function addHistory(
	record: SavedRecord,
	entry: HistoryEntry,
	dayOf: (iso: string) => string = utcDay
): SavedRecord {
	const last = record.history.at(-1);
	const repeat =
		last !== undefined &&
		last.model === entry.model &&
		dayOf(last.date) === dayOf(entry.date) &&
		JSON.stringify(last.request) === JSON.stringify(entry.request);
	const kept = repeat ? record.history.slice(0, -1) : record.history;
	return { ...record, history: [...kept, entry].slice(-HISTORY_MAX) };
}

/** The record without the saved assessment of that date (dates are to the millisecond). */
export function removeHistory(record: SavedRecord, date: string): SavedRecord {
	const at = record.history.findIndex((e) => e.date === date);
	if (at < 0) return record;
	return { ...record, history: record.history.filter((_, i) => i !== at) };
}

/**
 * The list is "the last full weeks", so after 7 days another week has ended that it does not
 * hold, and its latest week is no longer last week.
 */
export const WEEKLY_KM_STALE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the saved weekly distances were entered: the record's own stamp; for a record from
 * before the stamp existed, the newest saved assessment holding exactly that list (it was there
 * by then at least); null when neither tells.
 */
export function weeklyKmSavedAt(record: SavedRecord): string | null {
	const weeks = record.runner.weeklyKm;
	if (!weeks?.length) return null;
	if (record.weeklyKmSavedAt) return record.weeklyKmSavedAt;
	const same = JSON.stringify(weeks);
	const holders = record.history.filter((e) => JSON.stringify(e.request.runner.weeklyKm) === same);
	return holders.at(-1)?.date ?? null;
}

export interface StaleWeeks {
	savedAt: string;
	/** Whole days since then. */
	days: number;
}

/** The saved weekly distances when they are more than 7 days old at `now` (the caller's clock). */
export function staleWeeklyKm(record: SavedRecord, now: Date): StaleWeeks | null {
	const savedAt = weeklyKmSavedAt(record);
	if (savedAt === null) return null;
	const age = now.getTime() - new Date(savedAt).getTime();
	if (!(age > WEEKLY_KM_STALE_DAYS * DAY_MS)) return null;
	return { savedAt, days: Math.floor(age / DAY_MS) };
}

export interface HistoryPoint {
	date: string;
	shoe: string;
	index: number | null;
	band: Band;
	factors: Record<Factor, number | null>;
}

/** One point per saved assessment, for its best-ranked shoe: the data of the history chart. */
export function historySeries(history: readonly HistoryEntry[]): HistoryPoint[] {
	return history.flatMap((entry) => {
		const best = entry.results[entry.ranking[0] ?? 0];
		if (!best) return [];
		const factors = Object.fromEntries(FACTORS.map((f) => [f, best.factors[f].score])) as Record<
			Factor,
			number | null
		>;
		return [{ date: entry.date, shoe: best.shoe, index: best.index, band: best.band, factors }];
	});
}
