import { describe, expect, it } from 'vitest';
import { fmt, pctAbove, pctOf, sixDecimals } from './text';

describe('text helpers', () => {
	const HELPERS: [string, (x: number) => string, [number, string][]][] = [
		[
			'fmt',
			fmt,
			[
				[16, '16'],
				[94.6, '94.6'],
				[11.44, '11.4'],
				[2.96, '3'],
				[0, '0']
			]
		],
		[
			'pctAbove',
			pctAbove,
			[
				[16 / 14, '14%'],
				[1.1, '10%'],
				[1.104, '10.4%'],
				[1.296, '29.6%'],
				[2, '100%'],
				[1.5, '50%']
			]
		],
		[
			'pctOf',
			pctOf,
			[
				[19 / 24, '79%'],
				[0.899, '89.9%'],
				[0.9, '90%']
			]
		]
	];
	for (const [name, helper, rows] of HELPERS)
		it.each(rows)(`${name}(%s) = %s`, (x, s) => {
			expect(helper(x)).toBe(s);
		});

	it('rounds binary noise onto the decimal value', () => {
		expect(3.3 / 3).not.toBe(1.1);
		expect(sixDecimals(3.3 / 3)).toBe(1.1);
	});
});
