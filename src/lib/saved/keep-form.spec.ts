import { describe, expect, it } from 'vitest';
import { keptAnswers, restoredValues } from './keep-form';
import { parseForm } from '../form/parse';
import { requestToValues } from '../form/values';
import { type FormValues } from '../form/fields';
import { emptyRecord, type SavedRecord } from './record';

const base: FormValues = { 'units.length': 'mm', 'units.distance': 'km' };
const record = (over: Partial<SavedRecord>): SavedRecord => ({ ...emptyRecord(), ...over });
const NOW = new Date('2026-03-10T09:00:00.000Z');
const EARLIER = '2026-02-01T09:00:00.000Z';

describe('keptAnswers', () => {
	it.each<[string, FormValues, Partial<SavedRecord> | null]>([
		['nothing typed changes nothing', base, null],
		[
			'a valid form keeps answers and shoe',
			{ ...base, 'runner.age': '38', 'shoes.0.name': 'A', 'shoes.0.heelDropMm': '8' },
			{ runner: { age: 38 }, shoes: [{ name: 'A', heelDropMm: 8 }] }
		],
		[
			'answers are kept before any shoe',
			{ ...base, 'runner.age': '38' },
			{ runner: { age: 38 }, shoes: [] }
		],
		[
			'units alone are kept',
			{ 'units.length': 'in', 'units.distance': 'mi' },
			{ units: { length: 'in', distance: 'mi' } }
		],
		[
			'miles are stored as km',
			{ 'units.length': 'mm', 'units.distance': 'mi', 'runner.nextRunKm': '10' },
			{ runner: { nextRunKm: 16.09 }, units: { length: 'mm', distance: 'mi' } }
		]
	])('%s', (_name, values, expected) => {
		const next = keptAnswers(emptyRecord(), parseForm(values), NOW);
		expect(next).toEqual(expected === null ? null : record(expected));
	});

	it('keeps the last valid value of a half-typed answer and shoe', () => {
		const before = record({ runner: { age: 38 }, shoes: [{ name: 'A', heelDropMm: 8 }] });
		const typing = parseForm({
			...base,
			'runner.age': '3x',
			'shoes.0.name': 'A',
			'shoes.0.heelDropMm': ''
		});
		expect(keptAnswers(before, typing, NOW)).toBeNull();
		const other = parseForm({
			...base,
			'runner.age': '3x',
			'runner.cadenceSpm': '170',
			'shoes.0.name': 'A',
			'shoes.0.heelDropMm': '8'
		});
		expect(other.result.ok).toBe(false);
		// The other answer is kept; the half-typed one keeps its saved value.
		expect(keptAnswers(before, other, NOW)?.runner).toEqual({ age: 38, cadenceSpm: 170 });
	});

	it('one invalid answer holds back no other: weeks, next run and a ticked warning sign are kept', () => {
		// Age saved, then cadence mistyped "17O", then more answers and a flag.
		const before = record({ runner: { age: 38 } });
		const typed = parseForm({
			...base,
			'runner.age': '38',
			'runner.cadenceSpm': '17O',
			'runner.weeklyKm.5': '40',
			'runner.nextRunKm': '16',
			'runner.redFlags.sudden-pop': 'on'
		});
		expect(typed.result.ok).toBe(false);
		const next = keptAnswers(before, typed, NOW);
		expect(next?.runner).toEqual({
			age: 38,
			weeklyKm: [40],
			nextRunKm: 16,
			redFlags: ['sudden-pop']
		});
		expect(next?.weeklyKmSavedAt).toBe(NOW.toISOString());
	});

	it('an answer cleared while another is invalid is dropped; an invalid one keeps its saved value', () => {
		const before = record({ runner: { age: 38, cadenceSpm: 170, nextRunKm: 10 } });
		const typed = parseForm({ ...base, 'runner.cadenceSpm': '17O', 'runner.nextRunKm': '12' });
		expect(keptAnswers(before, typed, NOW)?.runner).toEqual({ cadenceSpm: 170, nextRunKm: 12 });
	});

	it.each<[string, SavedRecord, FormValues, string | undefined]>([
		[
			'new weekly distances are dated now',
			record({}),
			{ ...base, 'runner.weeklyKm.5': '34' },
			NOW.toISOString()
		],
		[
			'changed weekly distances are dated now',
			record({ runner: { weeklyKm: [30] }, weeklyKmSavedAt: EARLIER }),
			{ ...base, 'runner.weeklyKm.5': '31' },
			NOW.toISOString()
		],
		[
			'other answers keep the old date of unchanged weeks',
			record({ runner: { weeklyKm: [30] }, weeklyKmSavedAt: EARLIER }),
			{ ...base, 'runner.weeklyKm.5': '30', 'runner.age': '40' },
			EARLIER
		],
		[
			'the same weeks shown in miles keep their date',
			record({ runner: { weeklyKm: [30] }, weeklyKmSavedAt: EARLIER }),
			{ ...base, 'units.distance': 'mi', 'runner.weeklyKm.5': '18.6411', 'runner.age': '40' },
			EARLIER
		],
		[
			'cleared weekly distances lose their date',
			record({ runner: { weeklyKm: [30], age: 40 }, weeklyKmSavedAt: EARLIER }),
			{ ...base, 'runner.age': '40' },
			undefined
		]
	])('%s', (_name, before, values, stamp) => {
		const next = keptAnswers(before, parseForm(values), NOW);
		expect(next).not.toBeNull();
		expect(next?.weeklyKmSavedAt).toBe(stamp);
	});

	it('keeps the saved weeks while the weeks on the form have a gap', () => {
		const before = record({ runner: { weeklyKm: [30, 34] }, weeklyKmSavedAt: EARLIER });
		const gap = parseForm({
			...base,
			'runner.weeklyKm.3': '30',
			'runner.weeklyKm.4': '',
			'runner.weeklyKm.5': '36'
		});
		expect(gap.result.ok).toBe(false);
		expect(keptAnswers(before, gap, NOW)).toBeNull();
	});

	it('never touches the history', () => {
		const history = record({}).history;
		const next = keptAnswers(record({ history }), parseForm({ ...base, 'runner.age': '40' }), NOW);
		expect(next?.history).toBe(history);
	});
});

describe('restoredValues', () => {
	const saved = record({
		runner: { age: 38, weeklyKm: [30, 34] },
		shoes: [{ name: 'A', heelDropMm: 8 }],
		units: { length: 'mm', distance: 'mi' }
	});

	it('gives nothing for an empty metric record', () => {
		expect(restoredValues(emptyRecord(), base, false)).toBeNull();
	});

	it('round-trips: the restored form parses to the saved answers', () => {
		const values = restoredValues(saved, base, false)!;
		const parsed = parseForm(values);
		expect(parsed.result).toEqual({
			ok: true,
			value: { runner: saved.runner, shoes: saved.shoes }
		});
		expect(parsed.units).toEqual(saved.units);
	});

	it('puts the weeks last, so the newest lands on "Last full week"', () => {
		const values = restoredValues(saved, base, false)!;
		expect(values['runner.weeklyKm.5']).toBe(
			requestToValues({ runner: { weeklyKm: [34] }, shoes: [] }, saved.units)['runner.weeklyKm.5']
		);
		expect(values['runner.weeklyKm.0']).toBeUndefined();
	});

	it('a picked shoe replaces the saved ones and keeps the answers, in the saved units', () => {
		const page = {
			...base,
			'shoes.0.name': 'Picked',
			'shoes.0.heelDropMm': '4',
			'shoes.0.wornKm': '16.09'
		};
		const values = restoredValues(saved, page, true)!;
		expect(values['shoes.0.name']).toBe('Picked');
		expect(values['runner.age']).toBe('38');
		expect(values['units.distance']).toBe('mi');
		expect(values['shoes.0.wornKm']).toBe('9.9979');
	});
});
