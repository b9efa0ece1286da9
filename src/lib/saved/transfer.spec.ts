import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord, HISTORY_MAX, RECORD_VERSION, type SavedRecord } from './record';
import { historyEntryArb, recordArb } from './record.arbitraries';
import { expectNoPollution } from '../hostile';
import {
	EXPORT_FORMAT,
	exportFile,
	exportFileName,
	IMPORT_MAX_CHARS,
	importFile
} from './transfer';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const record: SavedRecord = {
	...emptyRecord(),
	runner: { age: 38, footStrike: 'forefoot' },
	shoes: [{ name: 'Daily trainer', heelDropMm: 10 }]
};
const file = (body: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, ...body });

describe('exportFile / importFile', () => {
	it('writes the format name and version', () => {
		const parsed = JSON.parse(exportFile(record));
		expect(parsed.format).toBe('stridecheck');
		expect(parsed.version).toBe(RECORD_VERSION);
		expect(parsed.shoes).toEqual(record.shoes);
	});

	it('names the file by the date it is given', () => {
		expect(exportFileName(new Date('2026-11-26T23:59:00Z'))).toBe('stridecheck-2026-11-26.json');
	});

	it('round-trips any valid record', () => {
		fc.assert(
			fc.property(recordArb, (r) => {
				expect(importFile(exportFile(r))).toEqual({ ok: true, record: viaJson(r) });
			}),
			{ numRuns: 150 }
		);
	});

	it('keeps a full history of six-shoe assessments under the size cap', () => {
		const [sample] = fc.sample(
			fc.array(
				historyEntryArb.filter((e) => e.request.shoes.length === 6),
				{ minLength: HISTORY_MAX, maxLength: HISTORY_MAX }
			),
			{ numRuns: 1, seed: 5 }
		);
		const text = exportFile({ ...emptyRecord(), history: sample ?? [] });
		expect(text.length).toBeLessThan(IMPORT_MAX_CHARS);
		expect(importFile(text).ok).toBe(true);
	});

	it('imports a file written by version 1', () => {
		const old = file({ version: 1, answers: { age: 38 }, shoes: [], units: 'metric' });
		expect(importFile(old)).toEqual({
			ok: true,
			record: { ...emptyRecord(), runner: { age: 38 } }
		});
	});

	it.each([
		['a file over the size cap', ' '.repeat(IMPORT_MAX_CHARS + 1), 'too large (over 1 MB)'],
		['text that is not JSON', 'hello', 'not valid JSON'],
		['a literal NaN', '{"format":"stridecheck","version":NaN}', 'not valid JSON'],
		['an empty file', '', 'not valid JSON'],
		['a JSON list', '[]', 'not a Stridecheck export'],
		['a JSON string', '"stridecheck"', 'not a Stridecheck export'],
		['null', 'null', 'not a Stridecheck export'],
		['no format name', JSON.stringify(record), 'not a Stridecheck export'],
		[
			'another format',
			JSON.stringify({ ...record, format: 'runkeeper' }),
			'not a Stridecheck export'
		],
		['no version', file({ runner: {} }), 'no valid version'],
		[
			'a newer version',
			file({ ...record, version: RECORD_VERSION + 1 }),
			`made by a newer Stridecheck (version ${RECORD_VERSION + 1}`
		],
		[
			'an invalid answer',
			file({ ...record, runner: { age: 500 } }),
			'invalid entry at runner.age: Must be at most 100 years'
		],
		[
			'an invalid shoe',
			file({ ...record, shoes: [{ name: 'x', heelDropMm: 'ten' }] }),
			'invalid entry at shoes.0.heelDropMm: Enter a number'
		],
		[
			'an unknown field',
			file({ ...record, password: 'x' }),
			'invalid entry at password: Unknown field: password'
		],
		['bad units', file({ ...record, units: { length: 'cm', distance: 'km' } }), 'units.length'],
		[
			'a top-level __proto__',
			'{"format":"stridecheck","version":2,"__proto__":{"polluted":1}}',
			'forbidden key (__proto__)'
		],
		[
			'a nested constructor',
			file({ ...record, runner: { constructor: { prototype: { polluted: 1 } } } }),
			'forbidden key (runner.constructor)'
		],
		[
			'a prototype key deep in history',
			`{"format":"stridecheck","version":2,"history":[{"request":{"runner":{"prototype":{"polluted":1}}}}]}`,
			'forbidden key (history.0.request.runner.prototype)'
		],
		[
			'objects nested 150,000 deep',
			`{"format":"stridecheck","version":2,"runner":${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}}`,
			'more than 32 levels deep'
		],
		[
			'lists nested 499,000 deep',
			'['.repeat(499_000) + ']'.repeat(499_000),
			'more than 32 levels deep'
		],
		[
			'a hostile file that is also from another app',
			'{"format":"evil","__proto__":{"polluted":1}}',
			'forbidden key (__proto__)'
		]
	])('refuses %s, says why, and changes nothing', (_, text, message) => {
		const result = importFile(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toContain(message);
		expect(result.message).toContain('Nothing was changed');
		expectNoPollution();
	});

	it('refuses a forbidden key put anywhere in a valid export', () => {
		const hostile = fc
			.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), recordArb, fc.nat())
			.map(([key, r, at]) => {
				const text = exportFile(r);
				// Pretty-printed JSON opens every non-empty object with `{` and a real newline, which
				// a string value can never hold unescaped.
				const braces = [...text.matchAll(/\{\n/g)].map((m) => m.index);
				const i = braces[at % braces.length] ?? 0;
				return text.slice(0, i + 1) + `"${key}":{"polluted":1},` + text.slice(i + 1);
			});
		fc.assert(
			fc.property(hostile, (text) => {
				const result = importFile(text);
				expect(result).toEqual({ ok: false, message: expect.stringContaining('forbidden key') });
				expectNoPollution();
			}),
			{ numRuns: 200 }
		);
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					recordArb.map((r) => exportFile(r).slice(0, -20)),
					fc.json().map((j) => `{"format":"stridecheck","version":2,"runner":${j}}`)
				),
				(text) => {
					const result = importFile(text);
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) expect(result.message).toContain('Nothing was changed');
				}
			),
			{ numRuns: 300 }
		);
	});
});
