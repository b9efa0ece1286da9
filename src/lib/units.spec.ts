import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	formatCut,
	formatDisplay,
	formatReading,
	fromDisplay,
	parseUnits,
	toDisplay,
	unitLabel,
	type Units
} from './units';

const imperial: Units = { length: 'in', distance: 'mi' };
const metric: Units = { length: 'mm', distance: 'km' };

describe('units', () => {
	it.each([
		[25.4, 'mm', 1],
		[10, 'cm', 3.937007874015748],
		[1.609344, 'km', 1],
		[10, 'mm', 0.39370078740157477]
	] as const)('%s %s is %s in imperial', (value, q, expected) => {
		expect(toDisplay(value, q, imperial)).toBeCloseTo(expected, 12);
		expect(toDisplay(value, q, metric)).toBe(value);
	});

	it.each([
		[1, 'mm', 25.4],
		[0.3937, 'mm', 10],
		[1, 'km', 1.61],
		[6.2137, 'km', 10],
		[3.937, 'cm', 10]
	] as const)('%s imperial → %s %s (rounded to 0.01)', (shown, q, expected) => {
		expect(fromDisplay(shown, q, imperial)).toBe(expected);
	});

	it.each([
		[10, 'mm', '0.3937'],
		[-5, 'mm', '-0.1969'],
		[42.2, 'km', '26.2219'],
		[0, 'km', '0']
	] as const)('formats %s %s as %s', (value, q, text) => {
		expect(formatDisplay(value, q, imperial)).toBe(text);
		expect(formatDisplay(value, q, metric)).toBe(String(value));
	});

	it('labels and parses units, defaulting to metric', () => {
		expect(unitLabel('cm', imperial)).toBe('in');
		expect(unitLabel('cm', metric)).toBe('cm');
		expect(unitLabel('km', imperial)).toBe('mi');
		expect(parseUnits('in', 'mi')).toEqual(imperial);
		expect(parseUnits('furlong', undefined)).toEqual(metric);
	});

	it('round-trips any value with up to 2 decimals through the shown imperial text', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -500, max: 500_000 }),
				fc.constantFrom('mm', 'cm', 'km'),
				(hundredths, q) => {
					const value = hundredths / 100;
					const shown = Number(formatDisplay(value, q, imperial));
					expect(fromDisplay(shown, q, imperial)).toBe(value);
				}
			)
		);
	});
});

describe("formatCut: the rules' figures as a runner reads them", () => {
	const IMPERIAL: Units = { length: 'in', distance: 'mi' };
	it.each([
		// inches: 2 decimals at most
		[8, 'mm', '0.31'],
		[6, 'mm', '0.24'],
		[4, 'mm', '0.16'],
		[1, 'mm', '0.04'],
		[25.4, 'mm', '1'],
		[2, 'cm', '0.79'],
		[10, 'cm', '3.94'],
		// miles: whole from 100 up, 1 decimal below
		[500, 'km', '311'],
		[800, 'km', '497'],
		[160.9344, 'km', '100'],
		[30, 'km', '18.6'],
		[35, 'km', '21.7'],
		[10, 'km', '6.2']
	] as const)('%s %s reads %s', (value, q, text) => {
		expect(formatCut(value, q, IMPERIAL)).toBe(text);
	});

	it('leaves metric figures as they are', () => {
		expect(formatCut(800, 'km', { length: 'in', distance: 'km' })).toBe('800');
		expect(formatCut(8, 'mm', { length: 'mm', distance: 'mi' })).toBe('8');
	});

	it('is never further from the exact figure than its rounding step, and never more precise than a reading', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 2000, noNaN: true }),
				fc.constantFrom('mm', 'cm', 'km' as const),
				(value, q) => {
					const exact = toDisplay(value, q, IMPERIAL);
					const step = q === 'km' ? (exact >= 99.95 ? 1 : 0.1) : 0.01;
					const cut = formatCut(value, q, IMPERIAL);
					expect(Math.abs(Number(cut) - exact)).toBeLessThanOrEqual(step / 2 + 1e-9);
					expect(cut.length).toBeLessThanOrEqual(formatReading(value, q, IMPERIAL).length);
				}
			)
		);
	});
});
