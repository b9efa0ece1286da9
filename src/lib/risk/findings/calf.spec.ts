import { describe, expect, it } from 'vitest';
import type { Runner } from '../schema';
import { bandCases, bandFor } from './cases';

describe('calf.strength: either leg vs N − 6 and N ÷ 2', () => {
	bandCases(
		'calf.strength',
		'%j left %s right %s → %s',
		[
			// Default N = 25: N − 6 = 19, N ÷ 2 = 12.5.
			[{}, 19, 40, 'low'],
			[{}, 18, 40, 'moderate'],
			[{}, 13, 13, 'moderate'],
			[{}, 40, 12, 'high'],
			// Men 20–29, N = 37: N − 6 = 31, N ÷ 2 = 18.5.
			[{ age: 25, sex: 'male' }, 31, 31, 'low'],
			[{ age: 25, sex: 'male' }, 30, 31, 'moderate'],
			[{ age: 25, sex: 'male' }, 19, 31, 'moderate'],
			[{ age: 25, sex: 'male' }, 18, 31, 'high'],
			// Men 70–79, N = 15: N − 6 = 9, N ÷ 2 = 7.5.
			[{ age: 75, sex: 'male' }, 9, 9, 'low'],
			[{ age: 75, sex: 'male' }, 8, 9, 'moderate'],
			[{ age: 75, sex: 'male' }, 7, 9, 'high']
		],
		(r: Runner, left: number, right: number) => [{ ...r, heelRaises: { left, right } }]
	);

	bandCases(
		'calf.strength',
		'%j → %s',
		[
			[{ heelRaises: { left: 40, right: 40 }, heelRaisePain: true }, 'high'],
			[{ heelRaisePain: true }, 'high'],
			[{ heelRaisePain: false }, 'unknown'],
			[{ age: 30, sex: 'female' }, 'unknown']
		],
		(runner: Runner) => [runner]
	);
});

describe('calf.symmetry: weaker ÷ stronger, cuts 90% and 80%', () => {
	bandCases(
		'calf.symmetry',
		'left %s right %s → %s',
		[
			[90, 100, 'low'],
			[89, 100, 'moderate'],
			[100, 80, 'moderate'],
			[79, 100, 'high'],
			[0, 5, 'high'],
			[0, 0, 'low'],
			[9, 10, 'low']
		],
		(left: number, right: number) => [{ heelRaises: { left, right } }]
	);

	it('stays unknown on pain alone', () => {
		expect(bandFor('calf.symmetry', { heelRaisePain: true })).toBe('unknown');
	});
});

describe('calf.flexibility: worse leg 10/6 cm, side difference 2 cm', () => {
	bandCases(
		'calf.flexibility',
		'left %s right %s → %s',
		[
			[10, 11.9, 'low'],
			[10, 12, 'moderate'],
			[9.9, 10, 'moderate'],
			[6, 6, 'moderate'],
			[5.9, 6, 'high'],
			[5, 9, 'high'],
			[25, 25, 'low']
		],
		(left: number, right: number) => [{ kneeToWallCm: { left, right } }]
	);
});
