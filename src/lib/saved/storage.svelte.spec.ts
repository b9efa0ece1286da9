import { describe, expect, it } from 'vitest';
import { emptyRecord, type SavedRecord } from './record';
import { historyEntry } from './history';
import { STORAGE_KEY, UNREADABLE_KEY } from './store';
import { assess } from '../risk/assess';
import type { Assessment } from '../risk/schema';
import { browserStorage, SavedData } from './storage.svelte';
import { FakeStorage, quotaError, securityError } from './storage.fake';
import { exportFile, IMPORT_MAX_CHARS } from './transfer';

const record: SavedRecord = {
	...emptyRecord(),
	runner: { age: 38 },
	shoes: [{ name: 'Daily trainer', heelDropMm: 10 }]
};

function opened(storage: FakeStorage | null) {
	let opens = 0;
	const data = new SavedData(() => {
		opens++;
		return storage;
	});
	return { data, opens: () => opens };
}

describe('SavedData', () => {
	it('does not open storage until load, and loads only once', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: JSON.stringify(record) });
		const { data, opens } = opened(storage);
		expect(opens()).toBe(0);
		expect(data.record).toEqual(emptyRecord());
		data.load();
		data.load();
		expect(opens()).toBe(1);
		expect(data.loaded).toBe(true);
		expect(data.record).toEqual(record);
		expect(data.problem).toBeNull();
	});

	it('tells the runner when the saved record was unreadable and offers the copy', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: '{oops' });
		const { data } = opened(storage);
		data.load();
		expect(data.record).toEqual(emptyRecord());
		expect(data.problem).toContain('could not be read');
		expect(data.unreadable).toBe('{oops');
	});

	it('still offers a copy set aside on an earlier visit', () => {
		const storage = new FakeStorage({ [UNREADABLE_KEY]: 'old' });
		const { data } = opened(storage);
		data.load();
		expect(data.problem).toBeNull();
		expect(data.unreadable).toBe('old');
	});

	it.each([
		['no storage at all', null],
		[
			'storage that refuses reads',
			Object.assign(new FakeStorage(), { fail: { get: securityError() } })
		]
	])('works for the visit with %s, and says so', (_, storage) => {
		const { data } = opened(storage);
		data.load();
		expect(data.problem).toContain('blocks saved data');
		const result = data.save(record);
		expect(result.ok).toBe(false);
		expect(data.record).toEqual(record);
		expect(data.problem).toContain('blocks saved data');
		// A read that failed must not be followed by a write that could replace unread answers.
		expect(storage?.items.size ?? 0).toBe(0);
	});

	it('saves, and clears an earlier problem once saving works again', () => {
		const storage = new FakeStorage();
		const { data } = opened(storage);
		data.load();
		storage.fail.set = quotaError();
		expect(data.save(record)).toMatchObject({ ok: false, error: 'quota' });
		expect(data.problem).toContain('storage is full');
		expect(data.record).toEqual(record);
		storage.fail = {};
		expect(data.save(record)).toEqual({ ok: true });
		expect(data.problem).toBeNull();
		expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? 'null')).toEqual(record);
	});

	it('keeps the current record when asked to save an invalid one', () => {
		const { data } = opened(new FakeStorage());
		data.load();
		data.save(record);
		const result = data.save({ ...record, runner: { age: 1 } });
		expect(result).toMatchObject({ ok: false, error: 'invalid' });
		expect(data.record).toEqual(record);
	});

	it('remembers an assessment in the history with the given date', () => {
		const storage = new FakeStorage();
		const { data } = opened(storage);
		data.load();
		data.save(record);
		const factor = { score: 10, band: 'low' } as const;
		const assessment: Assessment = {
			model: 'rules-1',
			triage: { level: 'none', reasons: [] },
			results: [
				{
					shoe: 'Daily trainer',
					index: 10,
					band: 'low',
					confidence: 1,
					factors: { overuse: factor, calf: factor, form: factor, shoe: factor, load: factor },
					findings: [],
					tips: []
				}
			],
			ranking: [0],
			sharpen: []
		};
		const request = { runner: record.runner, shoes: record.shoes };
		expect(data.remember(new Date('2026-11-26T10:00:00Z'), request, assessment)).toEqual({
			ok: true
		});
		expect(data.record.history.map((e) => e.date)).toEqual(['2026-11-26T10:00:00.000Z']);
		expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}').history).toHaveLength(1);
	});

	it('forgets one saved assessment by its date, in storage too', () => {
		const storage = new FakeStorage();
		const { data } = opened(storage);
		data.load();
		const entry = (date: string, age: number) =>
			historyEntry(
				new Date(date),
				{ runner: { age }, shoes: record.shoes },
				assess({ runner: { age }, shoes: record.shoes })
			);
		data.save({
			...record,
			history: [entry('2026-11-19T10:00:00Z', 38), entry('2026-11-26T10:00:00Z', 39)]
		});
		expect(data.forget('2026-11-19T10:00:00.000Z')).toEqual({ ok: true });
		expect(data.record.history.map((e) => e.date)).toEqual(['2026-11-26T10:00:00.000Z']);
		const kept = JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}') as SavedRecord;
		expect(kept.history.map((e) => e.date)).toEqual(['2026-11-26T10:00:00.000Z']);
	});

	it('deletes everything, the unreadable copy included', () => {
		const storage = new FakeStorage({ [STORAGE_KEY]: '{oops', 'other-app': 'x' });
		const { data } = opened(storage);
		data.load();
		data.save(record);
		expect(data.deleteAll()).toEqual({ ok: true });
		expect([...storage.items.keys()]).toEqual(['other-app']);
		expect(data.record).toEqual(emptyRecord());
		expect(data.unreadable).toBeNull();
		expect(data.problem).toBeNull();
	});

	it('imports a valid file and saves it', () => {
		const storage = new FakeStorage();
		const { data } = opened(storage);
		data.load();
		expect(data.importText(exportFile(record))).toEqual({ ok: true, record });
		expect(data.record).toEqual(record);
		expect(storage.items.has(STORAGE_KEY)).toBe(true);
	});

	it('changes nothing when an import is refused', () => {
		const storage = new FakeStorage();
		const { data } = opened(storage);
		data.load();
		data.save(record);
		const before = storage.items.get(STORAGE_KEY);
		const result = data.importText('{"format":"stridecheck","version":2,"__proto__":{"x":1}}');
		expect(result.ok).toBe(false);
		expect(data.record).toEqual(record);
		expect(storage.items.get(STORAGE_KEY)).toBe(before);
	});

	it.each([
		['a valid file', () => new Blob([exportFile(record)]), true, ''],
		[
			'an oversized file, unread',
			() => new Blob(['x'.repeat(IMPORT_MAX_CHARS + 1)]),
			false,
			'too large'
		],
		['a file that is not JSON', () => new Blob(['%PDF-1.7']), false, 'not valid JSON']
	])('imports %s from a picked file', async (_, blob, ok, message) => {
		const { data } = opened(new FakeStorage());
		data.load();
		const result = await data.importBlob(blob());
		expect(result.ok).toBe(ok);
		if (!result.ok) expect(result.message).toContain(message);
	});

	it('exports what it holds', () => {
		const { data } = opened(new FakeStorage({ [STORAGE_KEY]: JSON.stringify(record) }));
		data.load();
		expect(data.exportText()).toBe(exportFile(record));
	});
});

describe('browserStorage', () => {
	const fake = new FakeStorage();

	it('is null outside a browser', () => {
		expect(browserStorage()).toBeNull();
	});

	it.each([
		['gives localStorage when allowed', () => fake, true],
		[
			'is null when reading localStorage throws SecurityError',
			() => {
				throw securityError();
			},
			false
		]
	])('%s', (_, get, allowed) => {
		Object.defineProperty(globalThis, 'window', {
			configurable: true,
			value: Object.defineProperty({}, 'localStorage', { get })
		});
		try {
			expect(browserStorage()).toBe(allowed ? fake : null);
		} finally {
			Reflect.deleteProperty(globalThis, 'window');
		}
	});
});
