/**
 * Export and import of everything a runner keeps, as one JSON file. Import only returns a
 * record: nothing is saved until the caller does so, so a refused file changes nothing.
 */
import { findHazard } from '../risk/schema';
import { MAX_DEPTH, migrate, RECORD_VERSION, type SavedRecord } from './record';

export const EXPORT_FORMAT = 'stridecheck';

/** A full history of 52 six-shoe assessments is about 200 kB; 1 MB leaves room and stops abuse. */
export const IMPORT_MAX_CHARS = 1_000_000;

export type ImportResult = { ok: true; record: SavedRecord } | { ok: false; message: string };

export function exportFile(record: SavedRecord): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, ...record }, null, 2)}\n`;
}

/** `stridecheck-2026-11-26.json`, dated by the caller. */
export function exportFileName(date: Date): string {
	return `stridecheck-${date.toISOString().slice(0, 10)}.json`;
}

export const TOO_LARGE = `This file is too large (over ${IMPORT_MAX_CHARS / 1_000_000} MB) to be a Stridecheck export. Nothing was changed.`;

const NOT_OURS = 'This is not a Stridecheck export file. Nothing was changed.';

export function importFile(text: string): ImportResult {
	if (typeof text !== 'string') return { ok: false, message: NOT_OURS };
	if (text.length > IMPORT_MAX_CHARS) {
		return { ok: false, message: TOO_LARGE };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, message: 'This file is not valid JSON. Nothing was changed.' };
	}
	const hazard = findHazard(parsed, MAX_DEPTH);
	if (hazard?.kind === 'forbidden') {
		return {
			ok: false,
			message: `This file was refused because it contains a forbidden key (${hazard.path.join('.')}). Nothing was changed.`
		};
	}
	if (hazard?.kind === 'deep') {
		return {
			ok: false,
			message: `This file nests data more than ${MAX_DEPTH} levels deep, which no Stridecheck export does. Nothing was changed.`
		};
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		return { ok: false, message: NOT_OURS };
	}
	const { format, ...rest } = parsed as Record<string, unknown>;
	if (format !== EXPORT_FORMAT) return { ok: false, message: NOT_OURS };
	const result = migrate(rest);
	if (result.ok) return { ok: true, record: result.record };
	switch (result.reason) {
		case 'newer':
			return {
				ok: false,
				message: `This file was made by a newer Stridecheck (version ${String(rest.version)}; this page reads up to ${RECORD_VERSION}). Reload the page and try again. Nothing was changed.`
			};
		case 'invalid':
			return {
				ok: false,
				message: `This file has an invalid entry at ${result.path || 'the top level'}: ${result.message}. Nothing was changed.`
			};
		default:
			return { ok: false, message: `${result.message}. Nothing was changed.` };
	}
}
