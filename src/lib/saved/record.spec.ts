import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { addHistory, historyEntry, historySeries, removeHistory, utcDay } from './history';
import { deleteAll, loadRecord, saveRecord, STORAGE_KEY, UNREADABLE_KEY } from './store';
import {
	emptyRecord,
	HISTORY_MAX,
	migrate,
	RECORD_VERSION,
	RecordSchema,
	type HistoryEntry,
	type SavedRecord
} from './record';
import { staleWeeklyKm } from './weeks';
import { historyEntryArb, recordArb, recordV1Arb } from './record.arbitraries';
import { parsedRequestArb, requestArb } from '../risk/arbitraries';
import { assess } from '../risk/assess';
import type { AssessRequest, Assessment, FactorScore } from '../risk/schema';
import { FakeStorage, quotaError, securityError } from './storage.fake';
import { expectNoPollution } from '../hostile';

const shoe = { name: 'Daily trainer', heelDropMm: 10 };
const f = (score: number | null, band: FactorScore['band']): FactorScore => ({ score, band });

function assessment(model = 'rules-1'): Assessment {
	const factors = {
		overuse: f(12, 'low'),
		calf: f(50, 'moderate'),
		form: f(null, 'unknown'),
		shoe: f(10, 'low'),
		load: f(40, 'moderate')
	};
	return {
		model,
		triage: { level: 'none', reasons: [] },
		results: [
			{
				shoe: 'Daily trainer',
				index: 31,
				band: 'moderate',
				confidence: 0.9,
				factors,
				findings: [],
				tips: []
			},
			{ shoe: 'Racer', index: 22, band: 'low', confidence: 0.8, factors, findings: [], tips: [] }
		],
		ranking: [1, 0],
		sharpen: []
	};
}

const twoShoes: AssessRequest = { runner: {}, shoes: [shoe, { name: 'Racer', heelDropMm: 4 }] };

function entry(date: string, req: AssessRequest = twoShoes, model = 'rules-1'): HistoryEntry {
	return historyEntry(new Date(date), req, assessment(model));
}

const v1 = {
	version: 1,
	answers: { age: 38, footStrike: 'forefoot' },
	shoes: [shoe],
	units: 'imperial'
};

describe('migrate', () => {
	it.each([
		['null', null, 'shape', 'Not a Stridecheck record', undefined],
		['an array', [], 'shape', 'Not a Stridecheck record', undefined],
		['no version', {}, 'shape', 'no valid version', undefined],
		['a string version', { version: '2' }, 'shape', 'no valid version', undefined],
		['a fractional version', { version: 1.5 }, 'shape', 'no valid version', undefined],
		['version 0', { version: 0 }, 'shape', 'no valid version', undefined],
		[
			'a newer version',
			{ version: RECORD_VERSION + 1 },
			'newer',
			`newer Stridecheck (version ${RECORD_VERSION + 1}`,
			undefined
		],
		['a bad v1 answer', { ...v1, answers: { age: 5 } }, 'invalid', 'at least 10', 'answers.age'],
		['bad v1 units', { ...v1, units: 'furlongs' }, 'invalid', 'Invalid', 'units'],
		[
			'a bad v2 shoe',
			{ ...emptyRecord(), shoes: [{ name: 'x', heelDropMm: 40 }] },
			'invalid',
			'at most 25',
			'shoes.0.heelDropMm'
		],
		[
			'an unknown v2 key',
			{ ...emptyRecord(), extra: 1 },
			'invalid',
			'Unknown field: extra',
			'extra'
		],
		[
			'seven shoes',
			{ ...emptyRecord(), shoes: Array(7).fill(shoe) },
			'invalid',
			'At most 6 shoes',
			'shoes'
		],
		[
			'a history entry whose results miss a shoe',
			{ ...emptyRecord(), history: [{ ...entry('2026-01-01'), ranking: [0] }] },
			'invalid',
			'must match the shoes',
			'history.0'
		],
		[
			'a history date that is not a date',
			{ ...emptyRecord(), history: [{ ...entry('2026-01-01'), date: 'last week' }] },
			'invalid',
			'ISO date',
			'history.0.date'
		],
		[
			'too much history',
			{ ...emptyRecord(), history: Array(HISTORY_MAX + 1).fill(entry('2026-01-01')) },
			'invalid',
			`At most ${HISTORY_MAX}`,
			'history'
		],
		[
			'a __proto__ key',
			JSON.parse('{"version":2,"__proto__":{"polluted":1}}'),
			'forbidden',
			'Forbidden key: __proto__',
			'__proto__'
		],
		[
			'a nested constructor key',
			{ ...emptyRecord(), runner: { constructor: { prototype: 1 } } },
			'forbidden',
			'Forbidden key: constructor',
			'runner.constructor'
		],
		[
			'data nested too deep',
			{ ...emptyRecord(), runner: { weeklyKm: JSON.parse('['.repeat(40) + ']'.repeat(40)) } },
			'deep',
			'more than 32 levels',
			'runner.weeklyKm' + '.0'.repeat(30)
		]
	])('refuses %s', (_, raw, reason, message, path) => {
		const result = migrate(raw);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.reason).toBe(reason);
		expect(result.message).toContain(message);
		expect(result.path).toBe(path);
	});

	it.each([
		['imperial', { length: 'in', distance: 'mi' }],
		['metric', { length: 'mm', distance: 'km' }]
	])('moves a %s v1 record to the current version', (units, expected) => {
		expect(migrate({ ...v1, units })).toEqual({
			ok: true,
			from: 1,
			record: {
				version: RECORD_VERSION,
				runner: { age: 38, footStrike: 'forefoot' },
				shoes: [shoe],
				units: expected,
				history: []
			}
		});
	});

	it('turns any v1 record into a valid current record with the same answers', () => {
		fc.assert(
			fc.property(recordV1Arb, (old) => {
				const result = migrate(old);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				expect(v.is(RecordSchema, result.record)).toBe(true);
				expect(result.record.runner).toEqual(old.answers);
				expect(result.record.shoes).toEqual(old.shoes);
				expect(result.record.units.distance).toBe(old.units === 'metric' ? 'km' : 'mi');
				expect(result.record.history).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it('moves any v2 record to the current version unchanged, with no date for its weeks', () => {
		fc.assert(
			fc.property(recordArb, (record) => {
				const rest = { ...record };
				delete rest.weeklyKmSavedAt;
				expect(migrate({ ...rest, version: 2 })).toEqual({ ok: true, from: 2, record: rest });
			}),
			{ numRuns: 100 }
		);
	});

	it('moves any v4 record to version 5 unchanged, with no training files', () => {
		fc.assert(
			fc.property(recordArb, (record) => {
				const v4 = { ...record, version: 4 };
				delete v4.training;
				const rest = { ...record };
				delete rest.training;
				expect(migrate(v4)).toEqual({ ok: true, from: 4, record: rest });
			}),
			{ numRuns: 100 }
		);
	});

	it('refuses a saved activity that holds more than dates, distances, durations and sports', () => {
		const record = {
			...emptyRecord(),
			training: {
				readAt: '2025-11-30T20:00:00.000Z',
				activities: [{ start: '2025-11-29', distanceKm: 5, sport: 'run', track: [[50, 4]] }]
			}
		};
		expect(migrate(record)).toMatchObject({
			ok: false,
			reason: 'invalid',
			path: 'training.activities.0.track',
			message: 'Unknown field: track'
		});
	});

	it('leaves any current record as it is', () => {
		fc.assert(
			fc.property(recordArb, (record) => {
				expect(migrate(record)).toEqual({ ok: true, from: RECORD_VERSION, record });
			}),
			{ numRuns: 100 }
		);
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (raw) => {
				expect(typeof migrate(raw).ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
	});
});

describe('loadRecord', () => {
	it('starts empty, without a problem, when nothing is saved', () => {
		expect(loadRecord(new FakeStorage())).toEqual({ record: emptyRecord() });
	});

	it('reads back any record it saved', () => {
		fc.assert(
			fc.property(recordArb, (record) => {
				const storage = new FakeStorage();
				expect(saveRecord(storage, record)).toEqual({ ok: true });
				expect(loadRecord(storage)).toEqual({ record: JSON.parse(JSON.stringify(record)) });
			}),
			{ numRuns: 100 }
		);
	});

	it('migrates a stored v1 record', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: JSON.stringify(v1) });
		const { record, problem } = loadRecord(storage);
		expect(problem).toBeUndefined();
		expect(record.units).toEqual({ length: 'in', distance: 'mi' });
		expect(record.runner).toEqual(v1.answers);
	});

	it.each([
		['broken JSON', '{"version":2,', 'unreadable', 'could not be read (It is not valid JSON)'],
		['an empty string', '', 'unreadable', 'not valid JSON'],
		[
			'an invalid answer',
			JSON.stringify({ ...emptyRecord(), runner: { age: 500 } }),
			'unreadable',
			'runner.age: Must be at most 100 years'
		],
		['a newer record', JSON.stringify({ version: 9 }), 'newer', 'made by a newer Stridecheck'],
		['a hostile record', '{"version":2,"__proto__":{"polluted":1}}', 'unreadable', '__proto__']
	])('starts clean on %s and keeps the raw copy aside', (_, raw, kind, message) => {
		const storage = new FakeStorage({ [STORAGE_KEY]: raw });
		const { record, problem } = loadRecord(storage);
		expect(record).toEqual(emptyRecord());
		expect(problem?.kind).toBe(kind);
		expect(problem?.message).toContain(message);
		expect(problem?.message).toContain('A copy was kept');
		expect(problem?.raw).toBe(raw);
		expect(storage.items.get(UNREADABLE_KEY)).toBe(raw);
		expect(storage.items.has(STORAGE_KEY)).toBe(false);
		expectNoPollution();
	});

	it('reports blocked storage instead of throwing', () => {
		const storage = new FakeStorage();
		storage.fail.get = securityError();
		const { record, problem } = loadRecord(storage);
		expect(record).toEqual(emptyRecord());
		expect(problem).toEqual({
			kind: 'blocked',
			message: expect.stringContaining('blocks saved data'),
			raw: null
		});
	});

	it('still returns the raw copy when the store is too full to set it aside', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: 'garbage' });
		storage.fail.set = quotaError();
		const { problem } = loadRecord(storage);
		expect(problem?.raw).toBe('garbage');
		expect(storage.items.get(STORAGE_KEY)).toBe('garbage');
	});
});

describe('saveRecord', () => {
	const firefoxQuota = Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
	const safariQuota = Object.assign(new Error('full'), { code: 22 });

	it.each([
		['a full store', quotaError(), 'quota', 'storage is full'],
		['a full Firefox store', firefoxQuota, 'quota', 'storage is full'],
		['a full Safari store', safariQuota, 'quota', 'storage is full'],
		['blocked storage', securityError(), 'blocked', 'blocks saved data'],
		['anything else', new TypeError('odd'), 'unknown', 'unknown reason']
	])('reports %s without throwing', (_, error, kind, message) => {
		const storage = new FakeStorage();
		storage.fail.set = error;
		const result = saveRecord(storage, emptyRecord());
		expect(result).toEqual({ ok: false, error: kind, message: expect.stringContaining(message) });
	});

	it('refuses an invalid record and leaves the saved one alone', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: 'before' });
		const bad = { ...emptyRecord(), runner: { age: 5 } } as SavedRecord;
		expect(saveRecord(storage, bad)).toEqual({
			ok: false,
			error: 'invalid',
			message: expect.stringContaining('runner.age: Must be at least 10 years')
		});
		expect(storage.items.get(STORAGE_KEY)).toBe('before');
	});
});

describe('deleteAll', () => {
	it('removes every key of this app, the unreadable copy too, and nothing else', () => {
		const storage = new FakeStorage({
			[STORAGE_KEY]: '{}',
			[UNREADABLE_KEY]: 'x',
			'stridecheck:later': 'y',
			'other-app': 'keep'
		});
		expect(deleteAll(storage)).toEqual({ ok: true });
		expect([...storage.items.keys()]).toEqual(['other-app']);
		expect(loadRecord(storage)).toEqual({ record: emptyRecord() });
	});

	it('reports blocked storage', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: '{}' });
		storage.fail.remove = securityError();
		expect(deleteAll(storage)).toEqual({
			ok: false,
			error: 'blocked',
			message: expect.stringContaining('nothing could be deleted')
		});
	});
});

describe('history', () => {
	it('builds an entry from an assessment with the date it is given', () => {
		const e = entry('2026-11-26T13:00:00Z');
		expect(e.date).toBe('2026-11-26T13:00:00.000Z');
		expect(e.model).toBe('rules-1');
		expect(e.request).toEqual(twoShoes);
		expect(e.results[0]).toEqual({
			shoe: 'Daily trainer',
			index: 31,
			band: 'moderate',
			factors: assessment().results[0]?.factors
		});
		expect(e.ranking).toEqual([1, 0]);
		expect(v.is(RecordSchema, { ...emptyRecord(), history: [e] })).toBe(true);
	});

	it('stores what the engine says about any request, and reads it back', () => {
		fc.assert(
			fc.property(
				fc.oneof(parsedRequestArb, requestArb),
				fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('2200-01-01') }),
				(req, date) => {
					const result = assess(req);
					const record = addHistory(emptyRecord(), historyEntry(date, req, result));
					expect(v.safeParse(RecordSchema, record).issues).toBeUndefined();
					const storage = new FakeStorage();
					expect(saveRecord(storage, record)).toEqual({ ok: true });
					const [point] = historySeries(loadRecord(storage).record.history);
					const best = result.results[result.ranking[0] ?? 0];
					expect(point?.index).toBe(best?.index);
					expect(point?.factors.calf).toBe(best?.factors.calf.score);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('appends without changing the record it was given', () => {
		const record = emptyRecord();
		const next = addHistory(record, entry('2026-01-01'));
		expect(record.history).toEqual([]);
		expect(next.history).toHaveLength(1);
	});

	it(`keeps only the newest ${HISTORY_MAX}`, () => {
		let record = emptyRecord();
		for (let week = 0; week < HISTORY_MAX + 3; week++) {
			const req = { ...twoShoes, runner: { weeklyKm: [week] } };
			record = addHistory(
				record,
				entry(new Date(Date.UTC(2026, 0, 1 + 7 * week)).toISOString(), req)
			);
		}
		expect(record.history).toHaveLength(HISTORY_MAX);
		expect(record.history[0]?.request.runner.weeklyKm).toEqual([3]);
		expect(record.history.at(-1)?.request.runner.weeklyKm).toEqual([HISTORY_MAX + 2]);
		expect(v.is(RecordSchema, record)).toBe(true);
	});

	it.each([
		['the same answers and model replace the last entry', twoShoes, 'rules-1', 1],
		['other answers add an entry', { ...twoShoes, runner: { age: 40 } }, 'rules-1', 2],
		['a new model adds an entry', twoShoes, 'rules-2', 2]
	])('on the same day, %s', (_, req, model, length) => {
		const once = addHistory(emptyRecord(), entry('2026-01-01T08:00:00Z', twoShoes, 'rules-1'));
		const twice = addHistory(once, entry('2026-01-01T08:01:00Z', req, model));
		expect(twice.history).toHaveLength(length);
		expect(twice.history.at(-1)?.date).toBe('2026-01-01T08:01:00.000Z');
	});

	// The boundary of "same day", both sides: the last millisecond of a day and the first of the next.
	it.each([
		[
			'the first and last millisecond of one UTC day',
			'2026-01-01T00:00:00.000Z',
			'2026-01-01T23:59:59.999Z',
			1
		],
		[
			'the last millisecond of a day and the first of the next',
			'2026-01-01T23:59:59.999Z',
			'2026-01-02T00:00:00.000Z',
			2
		],
		['a week apart', '2026-01-01T08:00:00Z', '2026-01-08T08:00:00Z', 2]
	])('the same answers saved at %s make %i entr(y/ies)', (_, first, second, length) => {
		const once = addHistory(emptyRecord(), entry(first));
		const twice = addHistory(once, entry(second));
		expect(twice.history.map((e) => e.date)).toEqual(
			length === 1
				? [new Date(second).toISOString()]
				: [first, second].map((d) => new Date(d).toISOString())
		);
	});

	it("uses the runner's calendar when given one", () => {
		// A runner 8 hours behind UTC: 07:59Z is still yesterday for them, 08:00Z is today.
		const pacific = (iso: string) =>
			utcDay(new Date(new Date(iso).getTime() - 8 * 3600_000).toISOString());
		const once = addHistory(emptyRecord(), entry('2026-01-02T07:59:00Z'), pacific);
		expect(addHistory(once, entry('2026-01-02T08:00:00Z'), pacific).history).toHaveLength(2);
		expect(addHistory(once, entry('2026-01-02T08:00:00Z')).history).toHaveLength(1);
		const sameEvening = addHistory(emptyRecord(), entry('2026-01-02T06:00:00Z'), pacific);
		expect(addHistory(sameEvening, entry('2026-01-02T07:59:00Z'), pacific).history).toHaveLength(1);
	});

	it('stays bounded and valid whatever is added', () => {
		fc.assert(
			fc.property(fc.array(historyEntryArb, { maxLength: 60 }), (entries) => {
				const record = entries.reduce((r, e) => addHistory(r, e), emptyRecord());
				expect(record.history.length).toBeLessThanOrEqual(HISTORY_MAX);
				expect(record.history.at(-1)).toEqual(entries.at(-1));
				expect(v.is(RecordSchema, record)).toBe(true);
			}),
			{ numRuns: 20 }
		);
	});

	it('charts the best-ranked shoe of each entry', () => {
		expect(historySeries([entry('2026-01-01')])).toEqual([
			{
				date: '2026-01-01T00:00:00.000Z',
				shoe: 'Racer',
				index: 22,
				band: 'low',
				factors: { overuse: 12, calf: 50, form: null, shoe: 10, load: 40 },
				pain: null
			}
		]);
	});
});

describe('removeHistory', () => {
	const dates = [
		'2026-01-01T08:00:00.000Z',
		'2026-01-08T08:00:00.000Z',
		'2026-01-15T08:00:00.000Z'
	];
	const record: SavedRecord = {
		...emptyRecord(),
		history: dates.map((d, i) => entry(d, { ...twoShoes, runner: { weeklyKm: [i] } }))
	};

	it.each([
		['the first', dates[0]!, [dates[1], dates[2]]],
		['a middle one', dates[1]!, [dates[0], dates[2]]],
		['the last', dates[2]!, [dates[0], dates[1]]],
		['an unknown date (nothing)', '2026-02-01T08:00:00.000Z', dates]
	])('deletes %s', (_, date, left) => {
		const next = removeHistory(record, date);
		expect(next.history.map((e) => e.date)).toEqual(left);
		expect(record.history).toHaveLength(3);
		expect(v.is(RecordSchema, next)).toBe(true);
	});
});

describe('staleWeeklyKm', () => {
	const saved = '2026-03-01T10:00:00.000Z';
	const at = (ms: number) => new Date(new Date(saved).getTime() + ms);
	const DAY = 24 * 3600_000;
	const weekly = (over: Partial<SavedRecord>): SavedRecord => ({
		...emptyRecord(),
		runner: { weeklyKm: [30, 34] },
		...over
	});
	const holding = (weeklyKm: number[]) => entry(saved, { ...twoShoes, runner: { weeklyKm } });

	it.each<[string, SavedRecord, Date, ReturnType<typeof staleWeeklyKm>]>([
		['saved today', weekly({ weeklyKmSavedAt: saved }), at(3600_000), null],
		['exactly 7 days old', weekly({ weeklyKmSavedAt: saved }), at(7 * DAY), null],
		[
			'7 days and 1 ms old',
			weekly({ weeklyKmSavedAt: saved }),
			at(7 * DAY + 1),
			{ savedAt: saved, days: 7 }
		],
		[
			'30 days old',
			weekly({ weeklyKmSavedAt: saved }),
			at(30.5 * DAY),
			{ savedAt: saved, days: 30 }
		],
		[
			'stamped in the future (a wrong clock)',
			weekly({ weeklyKmSavedAt: saved }),
			at(-30 * DAY),
			null
		],
		[
			'old stamp but no weekly distances',
			weekly({ runner: {}, weeklyKmSavedAt: saved }),
			at(30 * DAY),
			null
		],
		['no stamp and no saved assessment', weekly({}), at(30 * DAY), null],
		[
			'no stamp, a saved assessment with the same weeks',
			weekly({ history: [holding([30, 34])] }),
			at(9 * DAY),
			{ savedAt: saved, days: 9 }
		],
		[
			'no stamp, a saved assessment with other weeks',
			weekly({ history: [holding([30, 35])] }),
			at(9 * DAY),
			null
		],
		[
			'the stamp wins over the history',
			weekly({ weeklyKmSavedAt: at(5 * DAY).toISOString(), history: [holding([30, 34])] }),
			at(9 * DAY),
			null
		]
	])('%s', (_, record, now, expected) => {
		expect(staleWeeklyKm(record, now)).toEqual(expected);
		expect(v.is(RecordSchema, record)).toBe(true);
	});
});
