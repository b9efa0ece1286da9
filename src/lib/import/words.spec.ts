import { describe, expect, it } from 'vitest';
import type { Units } from '$lib/units';
import type { TrainingFill } from './fill';
import type { FileTally } from './merge';
import type { NextRun } from './picture';
import { filledText, limit, nextRunText, tallyText, valueText } from './words';

const KM: Units = { length: 'mm', distance: 'km' };
const MI: Units = { length: 'in', distance: 'mi' };

const tally = (t: Partial<FileTally>): FileTally => ({
	runs: 0,
	other: 0,
	duplicates: 0,
	waiting: false,
	notes: [],
	...t
});

describe('tallyText', () => {
	it.each([
		[{ runs: 1 }, '1 run'],
		[{ runs: 0 }, '0 runs'],
		[{ runs: 3, other: 1 }, '3 runs and 1 other activity'],
		[{ runs: 2, other: 4 }, '2 runs and 4 other activities'],
		[
			{ runs: 0, duplicates: 1 },
			'0 runs (1 already counted from another file or twice in this one)'
		]
	])('%j → %s', (t, text) => {
		expect(tallyText(tally(t))).toBe(text);
	});
});

describe('limit: rounded down in the shown unit, never above the figure', () => {
	it.each([
		[15.4, KM, '15.4 km'],
		[15.49, KM, '15.4 km'],
		[11, MI, '6.8 mi'],
		[0, KM, '0 km']
	])('%d km in %j → %s', (km, units, text) => {
		expect(limit(km, units)).toBe(text);
	});
});

describe('nextRunText', () => {
	it.each<[NextRun, Units, string | null]>([
		[
			{ kind: 'within', km: 15.4, longest: 14 },
			KM,
			'up to 15.4 km keeps it within 10% of your longest run in the last 30 days (14 km).'
		],
		[
			{ kind: 'no-longer-than-latest', km: 14 },
			MI,
			'while your calf hurts, no longer than your latest run (8.6 mi).'
		],
		[
			{ kind: 'after-break' },
			KM,
			'your files hold no run in the last 30 days: start well below your old longest run (our opinion).'
		],
		[{ kind: 'unknown' }, KM, null]
	])('%j', (next, units, text) => {
		expect(nextRunText(next, units)).toBe(text);
	});
});

describe('valueText and filledText', () => {
	const fill: TrainingFill = {
		values: { weeklyKm: [10, 20.5], nextRunKm: 8, restDaysPerWeek: 2 },
		provenance: {},
		sources: {},
		weeks: [],
		notFilled: {},
		activities: [],
		range: null,
		notes: []
	};
	it.each([
		['weeklyKm', KM, '10, 20.5 km'],
		['weeklyKm', MI, '6.2, 12.7 mi'],
		['nextRunKm', MI, '5 mi'],
		['restDaysPerWeek', MI, '2'],
		['monthsRunningLast12', KM, '']
	] as const)('%s in %j → %s', (field, units, text) => {
		expect(valueText(fill, field, units)).toBe(text);
	});
	it('names what was filled, in the order of the questions', () => {
		expect(filledText(fill)).toBe(
			'Filled from your files: weekly distances; your latest run; rest days in a typical week. You can still change any answer.'
		);
	});
});
