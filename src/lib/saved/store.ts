/**
 * The saved record in the browser's storage: read (never throwing: a blocked, broken, invalid
 * or newer record starts clean with a sentence to tell the runner, the unreadable text kept
 * aside for export), written, and deleted. Storage is passed in, so this runs in node too.
 */
import {
	emptyRecord,
	firstIssue,
	migrate,
	RecordSchema,
	type MigrateResult,
	type SavedRecord
} from './record';
import * as v from 'valibot';

export const STORAGE_KEY = 'stridecheck';
/** Where an unreadable record is moved so the runner can still export it. */
export const UNREADABLE_KEY = 'stridecheck:unreadable';
const KEY_PREFIX = 'stridecheck';

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
