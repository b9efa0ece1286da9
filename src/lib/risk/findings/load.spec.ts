import { describe, expect, it } from 'vitest';
import type { Runner } from '../schema';
import { bandCases, bandFor, verdictFor } from './cases';

describe('load.spike: R = next ÷ 30-day longest, cuts 1.10 and 2.00', () => {
	bandCases(
		'load.spike',
		'longest %s km, next %s km → %s',
		[
			[10, 0, 'low'],
			[10, 10, 'low'],
			[10, 11, 'low'],
			[3, 3.3, 'low'],
			[10, 11.01, 'moderate'],
			[10, 11.1, 'moderate'],
			[10, 20, 'moderate'],
			[10, 20.01, 'high'],
			[10, 20.1, 'high'],
			[0, 5, 'high'],
			[0, 0, 'low']
		],
		(longest: number, next: number) => [{ longestRunLast30DaysKm: longest, nextRunKm: next }]
	);

	it('says the runner numbers', () => {
		const why = verdictFor('load.spike', { longestRunLast30DaysKm: 14, nextRunKm: 16 }).why;
		expect(why).toBe(
			'Your run of 16 km is 14% longer than your longest run in the 30 days before it (14 km).'
		);
	});

	it('never reads a ratio just over the cut as the cut', () => {
		const why = verdictFor('load.spike', { longestRunLast30DaysKm: 100, nextRunKm: 110.4 }).why;
		expect(why).toContain('10.4%');
	});

	it('is unknown with only one distance', () => {
		expect(bandFor('load.spike', { nextRunKm: 5 })).toBe('unknown');
		expect(bandFor('load.spike', { longestRunLast30DaysKm: 5 })).toBe('unknown');
	});
});

describe('load.weekly: latest vs two weeks earlier, cut 1.30', () => {
	bandCases(
		'load.weekly',
		'%j → %s',
		[
			[[10, 50, 13], 'low'],
			[[30, 0, 39], 'low'],
			[[10, 0, 13.1], 'moderate'],
			[[99, 10, 5, 13], 'low'],
			[[99, 10, 5, 13.01], 'moderate'],
			[[0, 20, 1], 'moderate'],
			[[0, 20, 0], 'low'],
			[[20, 20], 'unknown'],
			[[], 'unknown']
		],
		(weeklyKm: number[]) => [{ weeklyKm }]
	);
});

describe('load.pace', () => {
	bandCases(
		'load.pace',
		'%s → %s',
		[
			['fewer', 'low'],
			['same', 'low'],
			['more', 'moderate']
		],
		(fastSessions: Runner['fastSessions']) => [{ fastSessions }]
	);
});
