import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { dedupe, sameDistance } from './dedupe';

const a = (start: string, km: number, sport: Activity['sport'] = 'run'): Activity => ({
	start,
	distanceKm: km,
	sport
});

describe('dedupe: one activity found in several files counts once', () => {
	it.each([
		['same start, same distance', a('2025-03-10T07:00:00Z', 10), a('2025-03-10T07:00:00Z', 10), 1],
		[
			'starts 2 minutes apart, 3% apart',
			a('2025-03-10T07:00:00Z', 10),
			a('2025-03-10T07:02:00Z', 10.3),
			1
		],
		['starts 2 min 1 s apart', a('2025-03-10T07:00:00Z', 10), a('2025-03-10T07:02:01Z', 10), 2],
		['distances 6% apart', a('2025-03-10T07:00:00Z', 10), a('2025-03-10T07:00:30Z', 10.6), 2],
		['short runs within 100 m', a('2025-03-10T07:00:00Z', 1.0), a('2025-03-10T07:00:00Z', 1.09), 1],
		[
			'the same instant written with another offset',
			a('2025-03-10T08:00:00+01:00', 10),
			a('2025-03-10T07:00:00Z', 10),
			1
		],
		[
			'a day-only row and a timed run that day',
			a('2025-03-10', 10),
			a('2025-03-10T18:00:00Z', 10.2),
			1
		],
		[
			'a day-only row and a run the next day',
			a('2025-03-10', 10),
			a('2025-03-11T07:00:00Z', 10),
			2
		],
		[
			'two runs the same morning, different lengths',
			a('2025-03-10T07:00:00Z', 5),
			a('2025-03-10T07:01:00Z', 8),
			2
		]
	])('%s → %i kept', (_, x, y, n) => {
		expect(
			dedupe(
				[
					{ activity: x, rank: 1 },
					{ activity: y, rank: 1 }
				],
				'UTC'
			).filter(Boolean)
		).toHaveLength(n);
	});

	it('keeps the copy from the better source, whatever the order', () => {
		const fit = { activity: a('2025-03-10T07:00:05Z', 10.02), rank: 4 };
		const row = { activity: a('2025-03-10T07:00:00Z', 10), rank: 1 };
		expect(dedupe([fit, row], 'UTC')).toEqual([true, false]);
		expect(dedupe([row, fit], 'UTC')).toEqual([false, true]);
	});

	it('prefers a timed start to a day, then a copy with a duration', () => {
		const day = { activity: a('2025-03-10', 10), rank: 0 };
		const timed = { activity: a('2025-03-10T07:00:00Z', 10), rank: 0 };
		expect(dedupe([day, timed], 'UTC')).toEqual([false, true]);
		const withTime = { activity: { ...a('2025-03-10T07:00:00Z', 10), durationS: 3000 }, rank: 0 };
		expect(dedupe([timed, withTime], 'UTC')).toEqual([false, true]);
	});

	it('places a day-only start in the runner time zone', () => {
		// 23:30 UTC on the 9th is the 10th in Paris.
		const day = { activity: a('2025-03-10', 10), rank: 0 };
		const late = { activity: a('2025-03-09T23:30:00Z', 10), rank: 1 };
		expect(dedupe([day, late], 'Europe/Paris').filter(Boolean)).toHaveLength(1);
		expect(dedupe([day, late], 'UTC').filter(Boolean)).toHaveLength(2);
	});

	it.each([
		[10, 10.5, true],
		[10, 10.53, false],
		[0, 0.1, true],
		[0, 0.11, false]
	])('%s km and %s km are the same distance: %s', (x, y, same) => {
		expect(sameDistance(x, y)).toBe(same);
		expect(sameDistance(y, x)).toBe(same);
	});
});
