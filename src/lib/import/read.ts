/**
 * Reads the files a runner drops, one at a time, into activities: by their content, not their
 * name (a `.fit` that is really a GPX is read as GPX). One file's failure is its own message
 * and never stops the others. Runs in the import worker; it touches no DOM, so tests run it in
 * Node too.
 */
import { isFit, parseFit } from './parse/fit';
import { parseGpx, parseTcx, xmlKind } from './parse/xml';
import {
	KM_PER_MILE,
	datedRows,
	isStravaHeader,
	parsePlainCsv,
	parseStravaCsv,
	plainActivities,
	stravaActivity,
	type DistanceUnit,
	type PlainCsv,
	type StravaRow
} from './parse/csv';
import { ImportError, count, type Parsed } from './parse/result';
import { Budget, gunzip, isGzip, isZip, readZip } from './archive';
import type { Sourced } from './dedupe';
import type { DayOrder } from './parse/numbers';
import Papa from 'papaparse';

export type FileKind = 'fit' | 'gpx' | 'tcx' | 'strava-archive' | 'strava-csv' | 'csv' | 'zip';

/** Preference between copies of one activity: a watch file over an export's summary row. */
export const RANK: Record<'fit' | 'tcx' | 'gpx' | 'strava' | 'csv', number> = {
	fit: 4,
	tcx: 3,
	gpx: 2,
	strava: 1,
	csv: 0
};

/** Rows whose distance unit the runner must tell: read again once they answer. */
export type Pending =
	| { kind: 'strava'; rows: StravaRow[] }
	| {
			kind: 'csv';
			unit: PlainCsv['unit'];
			rows?: PlainCsv['rows'];
			/** Date cells still to read once the day order is known. */
			cells?: NonNullable<PlainCsv['pending']>;
	  };

export interface Answer {
	unit?: DistanceUnit;
	order?: DayOrder;
}

export interface FileResult {
	name: string;
	kind: FileKind | null;
	/** Why nothing was read; absent when the file was read (or waits for an answer). */
	error?: string;
	notes: string[];
	items: Sourced[];
	/** Present when the runner must answer before these rows count. */
	pending?: Pending;
	question?: { unit: boolean; order: boolean };
}

export interface Input {
	name: string;
	size: number;
	stream(): ReadableStream<Uint8Array>;
	arrayBuffer(): Promise<ArrayBuffer>;
	slice(start?: number, end?: number): Blob;
}

const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function items(parsed: Parsed, rank: number): Sourced[] {
	return parsed.activities.map((activity) => ({ activity, rank }));
}

function text(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes);
}

/** Control bytes (other than tab and line breaks) or invalid UTF-8 near the start: not text. */
function looksBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 4096);
	for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return true;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return false;
	} catch {
		return true;
	}
}

const NAMED = /\.(fit|gpx|tcx)(\.gz)?$/i;

const NOT_OURS = 'This file is not a FIT, GPX, TCX, CSV or zip file, so it was not read.';

/** One activity file's bytes (gzipped or not) → what it holds, or an ImportError. */
export function parseActivityBytes(
	bytes: Uint8Array,
	name: string,
	budget: Budget
): { kind: 'fit' | 'gpx' | 'tcx'; parsed: Parsed } {
	if (bytes.length === 0) throw new ImportError('This file is empty.');
	if (isGzip(bytes)) return parseActivityBytes(gunzip(bytes, name, budget), name, budget);
	if (isFit(bytes)) return { kind: 'fit', parsed: parseFit(bytes) };
	if (looksBinary(bytes)) throw new ImportError('This file is not a FIT, GPX or TCX file.');
	const xml = text(bytes);
	const kind = xmlKind(xml.slice(0, 4096));
	if (kind === 'gpx') return { kind, parsed: parseGpx(xml) };
	if (kind === 'tcx') return { kind, parsed: parseTcx(xml) };
	throw new ImportError('This file is not a FIT, GPX or TCX file.');
}

/** Reads a file the runner gave. `onFraction` reports how much of it is done (0–1). */
export async function readFile(
	file: Input,
	budget: Budget,
	onFraction: (f: number) => void = () => {}
): Promise<FileResult> {
	const result: FileResult = { name: file.name, kind: null, notes: [], items: [] };
	try {
		if (file.size === 0) throw new ImportError('This file is empty.');
		const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
		if (isZip(head)) return await readArchive(file, budget, result, onFraction);
		if (file.size > budget.limits.fileBytes)
			throw new ImportError(
				'This file is larger than any activity file and not a zip archive, so it was not read.'
			);
		let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
		if (isGzip(bytes)) {
			bytes = gunzip(bytes, file.name, budget);
			if (isZip(bytes))
				throw new ImportError('This is a gzipped zip archive: unzip it once, then add the zip.');
		}
		if (isFit(bytes) || (!looksBinary(bytes) && xmlKind(text(bytes.subarray(0, 4096))))) {
			const { kind, parsed } = parseActivityBytes(bytes, file.name, budget);
			result.kind = kind;
			result.items = items(parsed, RANK[kind]);
			result.notes = parsed.notes;
		} else if (looksBinary(bytes)) {
			throw new ImportError(NOT_OURS);
		} else if (NAMED.test(file.name)) {
			const ext = NAMED.exec(file.name)![1]!.toUpperCase();
			throw new ImportError(
				`This file is named as a ${ext} file but is not one: it may be damaged or of another kind.`
			);
		} else {
			readCsv(text(bytes), result);
		}
	} catch (e) {
		result.error = e instanceof ImportError ? e.message : 'This file could not be read.';
		result.items = [];
	}
	onFraction(1);
	return result;
}

function firstRow(csv: string): string[] {
	const head = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { preview: 1 }).data[0];
	return Array.isArray(head) ? head : [];
}

function readCsv(csv: string, result: FileResult) {
	if (csv.trim() === '') throw new ImportError('This file is empty.');
	if (isStravaHeader(firstRow(csv))) {
		result.kind = 'strava-csv';
		const strava = parseStravaCsv(csv);
		result.notes.push(...strava.notes);
		if (strava.metres || strava.rows.every((r) => r.accountDistance === undefined)) {
			result.items = stravaItems(strava.rows, null);
		} else {
			result.pending = { kind: 'strava', rows: strava.rows };
			result.question = { unit: true, order: false };
		}
		return;
	}
	result.kind = 'csv';
	const plain = parsePlainCsv(csv);
	result.notes.push(...plain.notes);
	if (plain.unit && plain.order !== 'ask') {
		result.items = plainActivities(plain.rows, plain.unit).map((activity) => ({
			activity,
			rank: RANK.csv
		}));
		return;
	}
	result.pending =
		plain.order === 'ask'
			? { kind: 'csv', unit: plain.unit, cells: plain.pending! }
			: { kind: 'csv', unit: plain.unit, rows: plain.rows };
	result.question = { unit: plain.unit === null, order: plain.order === 'ask' };
}

function stravaItems(rows: StravaRow[], unit: DistanceUnit | null): Sourced[] {
	return rows.flatMap((row) => {
		const activity = stravaActivity(row, unit);
		return activity ? [{ activity, rank: RANK.strava }] : [];
	});
}

/** Turns rows that waited for an answer into activities. */
export function resolvePending(
	pending: Pending,
	answer: Answer
): { items: Sourced[]; notes: string[] } {
	if (pending.kind === 'strava')
		return { items: stravaItems(pending.rows, answer.unit ?? null), notes: [] };
	const unit = pending.unit ?? answer.unit;
	if (!unit) return { items: [], notes: [] };
	let rows = pending.rows;
	let notes: string[] = [];
	if (!rows) {
		if (!answer.order) return { items: [], notes: [] };
		({ rows, notes } = datedRows(pending.cells ?? [], answer.order));
	}
	return {
		items: plainActivities(rows, unit).map((activity) => ({ activity, rank: RANK.csv })),
		notes
	};
}

/** Inside an archive: how the account's distances compare with the activity files' own. */
const INFER_SAMPLE = 5;
const INFER_TOLERANCE = 0.03;

async function readArchive(
	file: Input,
	budget: Budget,
	result: FileResult,
	onFraction: (f: number) => void
): Promise<FileResult> {
	result.kind = 'zip';
	const zip = await readZip(
		file,
		file.name,
		(entry) => ACTIVITY_FILE.test(entry) || baseName(entry).toLowerCase() === 'activities.csv',
		budget,
		(f) => onFraction(f * 0.8)
	);
	const csvName = [...zip.files.keys()]
		.filter((n) => baseName(n).toLowerCase() === 'activities.csv')
		.sort((a, b) => a.split('/').length - b.split('/').length)[0];
	const activityNames = [...zip.files.keys()].filter((n) => ACTIVITY_FILE.test(n)).sort();
	const failed = new Map(zip.errors);
	const parsedFiles = new Map<string, { kind: 'fit' | 'gpx' | 'tcx'; parsed: Parsed }>();
	const parseEntry = (name: string) => {
		if (parsedFiles.has(name) || failed.has(name)) return parsedFiles.get(name);
		try {
			const got = parseActivityBytes(zip.files.get(name)!, baseName(name), budget);
			parsedFiles.set(name, got);
			return got;
		} catch (e) {
			if (!(e instanceof ImportError) || /in all, so reading stopped/.test(e.message)) throw e;
			failed.set(name, e.message.replace(/^This (file|FIT file|GPX file|TCX file)/, 'it'));
		}
		// The bytes are no longer needed once read.
		return undefined;
	};

	let listed = new Set<string>();
	if (csvName) {
		result.kind = 'strava-archive';
		const strava = parseStravaCsv(text(zip.files.get(csvName)!));
		result.notes.push(...strava.notes);
		const inArchive = (row: StravaRow) => {
			const f = row.filename;
			return f && zip.files.has(f) ? f : undefined;
		};
		listed = new Set(strava.rows.map(inArchive).filter((f): f is string => !!f));
		let unit: DistanceUnit | null = null;
		if (!strava.metres) unit = inferUnit(strava.rows, inArchive, parseEntry);
		if (!strava.metres && unit)
			result.notes.push(
				`Strava's activities.csv gives distances in ${unit === 'mi' ? 'miles' : 'kilometres'}, as the activity files beside it show.`
			);
		const needFile: string[] = [];
		const rows: StravaRow[] = [];
		for (const row of strava.rows) {
			const f = inArchive(row);
			const usable = strava.metres || unit !== null || row.accountDistance === undefined;
			if (!usable && f) needFile.push(f);
			else rows.push(row);
			if (usable && f) listed.add(f);
		}
		for (const [i, f] of needFile.entries()) {
			parseEntry(f);
			onFraction(0.8 + (0.2 * i) / needFile.length);
		}
		if (strava.metres || unit) result.items.push(...stravaItems(rows, unit));
		else if (rows.length > 0) {
			result.pending = { kind: 'strava', rows };
			result.question = { unit: true, order: false };
		}
		for (const f of needFile) listed.delete(f);
	}
	const toParse = activityNames.filter((n) => !listed.has(n));
	for (const [i, name] of toParse.entries()) {
		parseEntry(name);
		if (i % 25 === 0) onFraction(0.8 + (0.2 * i) / toParse.length);
	}
	for (const name of toParse) {
		const got = parsedFiles.get(name);
		if (got) result.items.push(...items(got.parsed, RANK[got.kind]));
	}
	if (!csvName && activityNames.length === 0)
		throw new ImportError(
			`The archive has no FIT, GPX or TCX files and no activities.csv (it holds ${count(zip.entries, 'file')}).`
		);
	if (failed.size > 0) {
		const shown = [...failed]
			.slice(0, 3)
			.map(([n, why]) => `${baseName(n)} (${why.replace(/\.$/, '')})`);
		result.notes.push(
			`${count(failed.size, 'file')} inside could not be read: ${shown.join('; ')}${failed.size > 3 ? '; …' : ''}.`
		);
	}
	return result;
}

/** km or miles for an old export's only Distance column, from rows whose file was read too. */
function inferUnit(
	rows: StravaRow[],
	inArchive: (row: StravaRow) => string | undefined,
	parseEntry: (name: string) => { parsed: Parsed } | undefined
): DistanceUnit | null {
	const ratios: number[] = [];
	for (const row of rows) {
		if (ratios.length >= INFER_SAMPLE) break;
		const f = inArchive(row);
		if (!f || !row.accountDistance) continue;
		const km = parseEntry(f)?.parsed.activities[0]?.distanceKm;
		if (km && km > 0.5) ratios.push(row.accountDistance / km);
	}
	if (ratios.length === 0) return null;
	const near = (target: number) => ratios.every((r) => Math.abs(r / target - 1) <= INFER_TOLERANCE);
	if (near(1)) return 'km';
	if (near(1 / KM_PER_MILE)) return 'mi';
	return null;
}

export interface Progress {
	index: number;
	name: string;
	fraction: number;
}

/** Reads every file in turn; a shared budget caps what they may unpack together. */
export async function readFiles(
	files: readonly Input[],
	onProgress: (p: Progress) => void = () => {},
	onResult: (r: FileResult, index: number) => void = () => {},
	budget = new Budget()
): Promise<FileResult[]> {
	const results: FileResult[] = [];
	for (const [index, file] of files.entries()) {
		onProgress({ index, name: file.name, fraction: 0 });
		const r = await readFile(file, budget, (fraction) =>
			onProgress({ index, name: file.name, fraction })
		);
		results.push(r);
		onResult(r, index);
	}
	return results;
}
