import { describe, expect, it } from 'vitest';
import type { Runner } from '../schema';

type NextMorning = NonNullable<Runner['pain']>['nextMorning'];
import { bandCases, verdictFor } from './cases';

describe('overuse.volume: < 6 regular months and latest week > 30 km', () => {
	bandCases(
		'overuse.volume',
		'%j → %s',
		[
			[{ monthsRunningLast12: 6, weeklyKm: [100] }, 'low'],
			[{ monthsRunningLast12: 5.9, weeklyKm: [30] }, 'low'],
			[{ monthsRunningLast12: 5.9, weeklyKm: [30.1] }, 'moderate'],
			[{ monthsRunningLast12: 0, weeklyKm: [0, 31] }, 'moderate'],
			[{ monthsRunningLast12: 6 }, 'low'],
			[{ monthsRunningLast12: 5 }, 'unknown'],
			[{ weeklyKm: [30] }, 'low'],
			[{ weeklyKm: [31] }, 'unknown'],
			[{ weeklyKm: [] }, 'unknown']
		],
		(runner: Runner) => [runner]
	);
});

describe('overuse.rest', () => {
	bandCases(
		'overuse.rest',
		'%s rest days → %s',
		[
			[0, 'moderate'],
			[1, 'low'],
			[7, 'low']
		],
		(restDaysPerWeek: number) => [{ restDaysPerWeek }]
	);

	it('names other sports without changing the band', () => {
		const v = verdictFor('overuse.rest', { restDaysPerWeek: 0, otherSportHoursPerWeek: 3 });
		expect(v.band).toBe('moderate');
		expect(v.why).toContain('3 h');
	});
});

describe('overuse.pain: pain-monitoring model, cuts 3 and 5', () => {
	bandCases(
		'overuse.pain',
		'%s/10, next morning %s → %s',
		[
			[0, 'better', 'low'],
			[3, 'same', 'low'],
			[3.01, 'same', 'moderate'],
			[3.5, 'same', 'moderate'],
			[5, 'better', 'moderate'],
			[5.01, 'same', 'high'],
			[10, 'same', 'high'],
			[0, 'worse', 'high'],
			[3, 'worse', 'high']
		],
		(duringRun: number, nextMorning: NextMorning) => [{ pain: { duringRun, nextMorning } }]
	);
});
