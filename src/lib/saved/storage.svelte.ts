/**
 * The browser side of saved data: one reactive object that pages create, `load()` on mount and
 * then read. Every storage failure becomes a sentence in `problem`; nothing here throws, and
 * nothing touches `window` until `load()` runs, so it is safe during server rendering.
 */
import { addHistory, historyEntry, localDay, removeHistory } from './history';
import {
	deleteAll,
	loadRecord,
	readUnreadable,
	saveRecord,
	type SaveResult,
	type StorageLike
} from './store';
import { emptyRecord, SPLIT_FLAG_NOTICE, type SavedRecord } from './record';
import type { AssessRequest, Assessment } from '../risk/schema';
import { exportFile, IMPORT_MAX_CHARS, importFile, TOO_LARGE, type ImportResult } from './transfer';

const BLOCKED =
	'This browser blocks saved data here, so your answers will not be kept after you leave.';

/** localStorage, or null where there is none or the browser forbids it (a SecurityError). */
export function browserStorage(): StorageLike | null {
	try {
		return typeof window === 'undefined' ? null : window.localStorage;
	} catch {
		return null;
	}
}

export class SavedData {
	/** Replaced whole on every change, never mutated, so it is kept as a raw (unproxied) value. */
	record = $state.raw<SavedRecord>(emptyRecord());
	/** What went wrong last (loading, saving, deleting), for the runner to read; null if nothing. */
	problem = $state<string | null>(null);
	/** The text of an unreadable saved record set aside on load, offered for export. */
	unreadable = $state<string | null>(null);
	/** Something the runner must read once about their saved answers (not a failure). */
	notice = $state<string | null>(null);
	loaded = $state(false);

	#open: () => StorageLike | null;
	#storage: StorageLike | null = null;

	constructor(open: () => StorageLike | null = browserStorage) {
		this.#open = open;
	}

	/** Read the saved record once; later calls do nothing. */
	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.#storage = this.#open();
		if (!this.#storage) {
			this.problem = BLOCKED;
			return;
		}
		const { record, problem } = loadRecord(this.#storage);
		// Saving after a failed read could overwrite answers that are there but unreadable now.
		if (problem?.kind === 'blocked') this.#storage = null;
		this.record = record;
		this.problem = problem?.message ?? null;
		this.unreadable = problem?.raw ?? (this.#storage && readUnreadable(this.#storage));
		if (record.splitFlagNotice) {
			// Said once: on this page now, and cleared from the record so no later page repeats it.
			this.notice = SPLIT_FLAG_NOTICE;
			const cleared = { ...record };
			delete cleared.splitFlagNotice;
			this.save(cleared);
		}
	}

	/** Keep `next` for this visit and try to store it; a failure only sets `problem`. */
	save(next: SavedRecord): SaveResult {
		const result = this.#storage
			? saveRecord(this.#storage, next)
			: ({ ok: false, error: 'blocked', message: BLOCKED } as const);
		if (result.ok || result.error !== 'invalid') this.record = next;
		this.problem = result.ok ? null : result.message;
		return result;
	}

	/** Add an assessment to the history, dated by the caller; "same day" is the runner's day. */
	remember(date: Date, request: AssessRequest, assessment: Assessment): SaveResult {
		return this.save(addHistory(this.record, historyEntry(date, request, assessment), localDay));
	}

	/** Delete one saved assessment, named by its date. */
	forget(date: string): SaveResult {
		return this.save(removeHistory(this.record, date));
	}

	/** "Delete all my data": storage first, then this visit's copy. */
	deleteAll(): SaveResult {
		const result = this.#storage
			? deleteAll(this.#storage)
			: ({ ok: false, error: 'blocked', message: BLOCKED } as const);
		this.record = emptyRecord();
		this.unreadable = null;
		this.problem = result.ok ? null : result.message;
		return result;
	}

	/** Import a file's text; a refused file leaves everything as it was. */
	importText(text: string): ImportResult {
		const result = importFile(text);
		if (result.ok) this.save(result.record);
		return result;
	}

	/** Import a picked file, refusing an oversized one before reading it. */
	async importBlob(file: Blob): Promise<ImportResult> {
		// UTF-8 takes at least one byte per character, so more bytes than the cap means too long.
		if (file.size > IMPORT_MAX_CHARS) return { ok: false, message: TOO_LARGE };
		let text: string;
		try {
			text = await file.text();
		} catch {
			return { ok: false, message: 'This file could not be read. Nothing was changed.' };
		}
		return this.importText(text);
	}

	exportText(): string {
		return exportFile(this.record);
	}
}
