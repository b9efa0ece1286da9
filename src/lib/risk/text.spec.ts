import { describe, expect, it } from 'vitest';
import { fmt, pctAbove, pctOf, sixDecimals } from './text';

describe('text helpers', () => {
	it.each([
		[16, '16'],
		[94.6, '94.6'],
		[11.44, '11.4'],
		[2.96, '3'],
		[0, '0']
	])('fmt(%s) = %s', (x, s) => {
		expect(fmt(x)).toBe(s);
	});

	it.each([
		[16 / 14, '14%'],
		[1.1, '10%'],
		[1.104, '10.4%'],
		[1.296, '29.6%'],
		[2, '100%'],
		[1.5, '50%']
	])('pctAbove(%s) = %s', (r, s) => {
		expect(pctAbove(r)).toBe(s);
	});

	it.each([
		[19 / 24, '79%'],
		[0.899, '89.9%'],
		[0.9, '90%']
	])('pctOf(%s) = %s', (r, s) => {
		expect(pctOf(r)).toBe(s);
	});

	it('rounds binary noise onto the decimal value', () => {
		expect(3.3 / 3).not.toBe(1.1);
		expect(sixDecimals(3.3 / 3)).toBe(1.1);
	});
});
