import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/form/parse';
import { METRIC, type Units } from '$lib/units';
import type { Activity } from './activity';
import { formFill, sourceNote, trainingFill, type Source, type TrainingFill } from './fill';

const MILES: Units = { length: 'in', distance: 'mi' };
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

// Wednesday 16 April 2025 in Paris; the files run from Tuesday 26 November 2024.
const now = Date.parse('2025-04-16T12:00:00Z');
const timeZone = 'Europe/Paris';

/** Twenty weeks of three runs (the Sunday one growing) and one bike ride, then a long run. */
function history(): Activity[] {
	const acts: Activity[] = [];
	for (let w = 0; w < 20; w++) {
		const monday = Date.parse('2024-11-25T00:00:00Z') + w * 7 * DAY;
		for (const [offset, km] of [
			[1, 8],
			[3, 8.25],
			[6, 10 + w * 0.5]
		] as const)
			acts.push({ start: iso(monday + offset * DAY + 7 * 3600_000), distanceKm: km, sport: 'run' });
		acts.push({
			start: iso(monday + 2 * DAY + 17 * 3600_000),
			distanceKm: 20,
			durationS: 5400,
			sport: 'other'
		});
	}
	acts.push({ start: '2025-04-15T06:00:00Z', distanceKm: 22, durationS: 7000, sport: 'run' });
	return acts;
}

const fill = trainingFill(history(), { now, timeZone });

describe('formFill: a training fill as the form fields of the runner', () => {
	it('writes each figure in km as the form does, with its source under it', () => {
		const { fields, notes } = formFill(fill, METRIC);
		// The last six full weeks land on the six inputs, the last full week last.
		expect([0, 1, 2, 3, 4, 5].map((i) => fields[`runner.weeklyKm.${i}`])).toEqual([
			'33.25',
			'33.75',
			'34.25',
			'34.75',
			'35.25',
			'35.75'
		]);
		expect(fields['runner.nextRunKm']).toBe('22');
		expect(fields['runner.longestRunLast30DaysKm']).toBe('19.5');
		expect(fields['runner.restDaysPerWeek']).toBe('4');
		expect(fields['runner.otherSportHoursPerWeek']).toBe('1.5');
		// The files start in November: the last 12 months are not covered, so that one is left.
		expect(fields).not.toHaveProperty('runner.monthsRunningLast12');
		expect(notes).toEqual({
			'runner.weeklyKm.0': 'From 3 runs in your files, 3 Mar – 9 Mar 2025',
			'runner.weeklyKm.1': 'From 3 runs in your files, 10 Mar – 16 Mar 2025',
			'runner.weeklyKm.2': 'From 3 runs in your files, 17 Mar – 23 Mar 2025',
			'runner.weeklyKm.3': 'From 3 runs in your files, 24 Mar – 30 Mar 2025',
			'runner.weeklyKm.4': 'From 3 runs in your files, 31 Mar – 6 Apr 2025',
			'runner.weeklyKm.5': 'From 3 runs in your files, 7 Apr – 13 Apr 2025',
			'runner.nextRunKm': 'From your run of 15 Apr 2025 in your files',
			'runner.longestRunLast30DaysKm': 'From 13 runs in your files, 16 Mar – 14 Apr 2025',
			'runner.restDaysPerWeek': 'From 12 runs in your files, 17 Mar – 13 Apr 2025',
			'runner.otherSportHoursPerWeek':
				'From 4 other-sport activities in your files, 17 Mar – 13 Apr 2025'
		});
	});

	it('writes distances in miles when the form shows miles, the same km once read back', () => {
		const { fields } = formFill(fill, MILES);
		expect(fields['runner.nextRunKm']).toBe('13.6702');
		expect(fields['runner.restDaysPerWeek']).toBe('4');
		const read = parseForm({ ...fields, 'units.length': 'in', 'units.distance': 'mi' }).raw.runner;
		expect(read.nextRunKm).toBeCloseTo(22, 3);
		expect(read.longestRunLast30DaysKm).toBeCloseTo(19.5, 3);
		const weeks = read.weeklyKm as number[];
		fill.values.weeklyKm!.slice(-6).forEach((km, i) => expect(weeks[i]).toBeCloseTo(km, 3));
	});

	it('gives the engine what the fill holds, in either unit (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.integer({ min: 0, max: 40_000 }).map((m) => m / 100),
					{
						minLength: 1,
						maxLength: 12
					}
				),
				fc.integer({ min: 0, max: 25_000 }).map((m) => m / 100),
				fc.constantFrom(METRIC, MILES),
				(weeklyKm, nextRunKm, units) => {
					const f: TrainingFill = {
						...fill,
						values: { weeklyKm, nextRunKm },
						weeks: weeklyKm.map((_, i) => ({ monday: 20_000 + 7 * i, runs: 2 }))
					};
					const { fields } = formFill(f, units);
					const units_ = { 'units.length': units.length, 'units.distance': units.distance };
					const read = parseForm({ ...fields, ...units_ }).raw.runner;
					// Inputs keep 4 decimals of a mile: about 0.2 m, so km agree to 3 decimals.
					expect(Math.abs((read.nextRunKm as number) - nextRunKm)).toBeLessThan(0.0005);
					const shown = weeklyKm.slice(-6);
					expect(read.weeklyKm).toHaveLength(shown.length);
					shown.forEach((km, i) =>
						expect(Math.abs((read.weeklyKm as number[])[i]! - km)).toBeLessThan(0.0005)
					);
				}
			)
		);
	});

	it('empties the week inputs before the weeks the files cover, with no note on them', () => {
		const f: TrainingFill = {
			...fill,
			values: { weeklyKm: [12, 0] },
			weeks: [
				{ monday: 20_160, runs: 2 },
				{ monday: 20_167, runs: 0 }
			]
		};
		const { fields, notes } = formFill(f, METRIC);
		expect(fields).toEqual({
			'runner.weeklyKm.0': '',
			'runner.weeklyKm.1': '',
			'runner.weeklyKm.2': '',
			'runner.weeklyKm.3': '',
			'runner.weeklyKm.4': '12',
			'runner.weeklyKm.5': '0'
		});
		expect(Object.keys(notes)).toEqual(['runner.weeklyKm.4', 'runner.weeklyKm.5']);
		expect(notes['runner.weeklyKm.5']).toMatch(/^From no runs in your files, /);
	});

	it('fills nothing from files with no activity', () => {
		expect(formFill(trainingFill([], { now, timeZone }), MILES)).toEqual({ fields: {}, notes: {} });
	});
});

describe('sourceNote', () => {
	it.each<[Source, string]>([
		[
			{ count: 38, kind: 'run', range: '2 Nov – 30 Nov 2025' },
			'From 38 runs in your files, 2 Nov – 30 Nov 2025'
		],
		[{ count: 1, kind: 'run', range: '30 Nov 2025' }, 'From your run of 30 Nov 2025 in your files'],
		[
			{ count: 1, kind: 'run', range: '2 Nov – 30 Nov 2025' },
			'From 1 run in your files, 2 Nov – 30 Nov 2025'
		],
		[
			{ count: 0, kind: 'run', range: '24 Nov – 30 Nov 2025' },
			'From no runs in your files, 24 Nov – 30 Nov 2025'
		],
		[
			{ count: 1, kind: 'other', range: '3 – 30 Nov 2025' },
			'From 1 other-sport activity in your files, 3 – 30 Nov 2025'
		],
		[
			{ count: 0, kind: 'other', range: '3 – 30 Nov 2025' },
			'From no other-sport activities in your files, 3 – 30 Nov 2025'
		]
	])('%o → %s', (source, text) => {
		expect(sourceNote(source)).toBe(text);
	});
});
