/**
 * Reads the files a runner drops, one at a time, into activities: by their content, not their
 * name (a `.fit` that is really a GPX is read as GPX). One file's failure is its own message
 * and never stops the others. Runs in the import worker; it touches no DOM, so tests run it in
 * Node too.
 */
import { isFit, parseFit } from './parse/fit';
import { parseGpx, parseTcx, xmlKind } from './parse/xml';
import { isStravaHeader, parsePlainCsv, parseStravaCsv } from './parse/csv';
import { KM_PER_MILE, plainActivities, type DistanceUnit, type StravaRow } from './parse/rows';
import { RANK, stravaItems, type Pending } from './pending';
import { ImportError, count, type Parsed } from './parse/result';
import { Budget, gunzip, isGzip, isZip, readZip } from './archive';
import type { Sourced } from './dedupe';
import Papa from 'papaparse';

export type FileKind = 'fit' | 'gpx' | 'tcx' | 'strava-archive' | 'strava-csv' | 'csv' | 'zip';

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
			result.items = stravaItems(strava.rows, strava.accountUnit, result.notes);
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

/** Inside an archive: how the account's distances compare with the activity files' own. */
const INFER_SAMPLE = 5;
const INFER_TOLERANCE = 0.03;

const isActivitiesCsv = (entry: string) => baseName(entry).toLowerCase() === 'activities.csv';

/**
 * A zip: a Strava bulk export (activities.csv with activities/ beside it) or any zip of
 * activity files. The archive is streamed, never held whole: a first pass reads only
 * activities.csv; activity files are read in a later pass, each parsed as it comes out and
 * dropped, and only when they are needed: with no activities.csv, or for rows of an old export
 * whose distance unit only the files can tell.
 */
async function readArchive(
	file: Input,
	budget: Budget,
	result: FileResult,
	onFraction: (f: number) => void
): Promise<FileResult> {
	result.kind = 'zip';
	const failed = new Map<string, string>();
	const parsed = new Map<string, { kind: 'fit' | 'gpx' | 'tcx'; parsed: Parsed }>();
	/** One streaming pass over the archive, parsing the activity files `want` names. */
	const pass = async (want: (entry: string) => boolean, share: [number, number]) => {
		const zip = await readZip(
			file,
			file.name,
			want,
			budget,
			(f) => onFraction(share[0] + f * (share[1] - share[0])),
			(entry, bytes) => {
				if (isActivitiesCsv(entry)) {
					csvText ??= text(bytes);
					return;
				}
				try {
					parsed.set(entry, parseActivityBytes(bytes, baseName(entry), budget));
				} catch (e) {
					if (!(e instanceof ImportError) || /in all, so reading stopped/.test(e.message)) throw e;
					failed.set(entry, e.message.replace(/^This (file|FIT file|GPX file|TCX file)/, 'it'));
				}
			}
		);
		for (const [n, why] of zip.errors) failed.set(n, why);
		return zip;
	};

	let csvText: string | undefined;
	const first = await pass(isActivitiesCsv, [0, 0.5]);
	if (csvText === undefined) {
		// No activities.csv: every activity file is read.
		await pass((n) => ACTIVITY_FILE.test(n), [0.5, 1]);
		if (parsed.size === 0 && failed.size === 0)
			throw new ImportError(
				`The archive has no FIT, GPX or TCX files and no activities.csv (it holds ${count(first.entries, 'file')}).`
			);
		for (const name of [...parsed.keys()].sort()) {
			const got = parsed.get(name)!;
			result.items.push(...items(got.parsed, RANK[got.kind]));
		}
	} else {
		result.kind = 'strava-archive';
		const strava = parseStravaCsv(csvText);
		result.notes.push(...strava.notes);
		const byFile = (row: StravaRow) =>
			row.filename && ACTIVITY_FILE.test(row.filename) ? row.filename : undefined;
		let unit: DistanceUnit | null = null;
		let rows = strava.rows;
		if (!strava.metres && rows.some((r) => r.accountDistance !== undefined)) {
			const sample = new Set(
				rows
					.filter((r) => byFile(r) && r.accountDistance)
					.slice(0, INFER_SAMPLE)
					.map((r) => byFile(r)!)
			);
			if (sample.size > 0) await pass((n) => sample.has(n), [0.5, 0.75]);
			unit = inferUnit(rows, byFile, (f) => parsed.get(f));
			if (unit)
				result.notes.push(
					`Strava's activities.csv gives distances in ${unit === 'mi' ? 'miles' : 'kilometres'}, as the activity files beside it show.`
				);
			else {
				// No unit: rows with their file are read from it; the rest wait for the runner.
				const withFile = new Set(
					rows
						.filter((r) => r.accountDistance !== undefined)
						.map(byFile)
						.filter((f) => f !== undefined)
				);
				const missing = [...withFile].filter((f) => !parsed.has(f));
				if (missing.length > 0) {
					const need = new Set(missing);
					await pass((n) => need.has(n), [0.75, 1]);
				}
				const fromFile = rows.filter(
					(r) => r.accountDistance !== undefined && byFile(r) && parsed.has(byFile(r)!)
				);
				for (const row of fromFile) {
					const got = parsed.get(byFile(row)!)!;
					result.items.push(...items(got.parsed, RANK[got.kind]));
				}
				const done = new Set(fromFile);
				rows = rows.filter((r) => !done.has(r));
				const asked = rows.filter((r) => r.accountDistance !== undefined);
				if (asked.length > 0) {
					result.pending = { kind: 'strava', rows: asked };
					result.question = { unit: true, order: false };
				}
				rows = rows.filter((r) => r.accountDistance === undefined);
			}
		}
		result.items.push(...stravaItems(rows, unit ?? strava.accountUnit, result.notes));
	}
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
	byFile: (row: StravaRow) => string | undefined,
	parsedFile: (name: string) => { parsed: Parsed } | undefined
): DistanceUnit | null {
	const ratios: number[] = [];
	for (const row of rows) {
		if (ratios.length >= INFER_SAMPLE) break;
		const f = byFile(row);
		if (!f || !row.accountDistance) continue;
		const km = parsedFile(f)?.parsed.activities[0]?.distanceKm;
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
