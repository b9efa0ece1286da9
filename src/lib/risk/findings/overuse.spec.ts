import { describe, expect, it } from 'vitest';
import { ruleFor } from '../rules';
import type { FindingId, Runner, Shoe } from '../schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

function bandFor(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}) {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).band;
}

describe('overuse.volume: < 6 regular months and latest week > 30 km', () => {
	it.each([
		[{ monthsRunningLast12: 6, weeklyKm: [100] }, 'low'],
		[{ monthsRunningLast12: 5.9, weeklyKm: [30] }, 'low'],
		[{ monthsRunningLast12: 5.9, weeklyKm: [30.1] }, 'moderate'],
		[{ monthsRunningLast12: 0, weeklyKm: [0, 31] }, 'moderate'],
		[{ monthsRunningLast12: 6 }, 'low'],
		[{ monthsRunningLast12: 5 }, 'unknown'],
		[{ weeklyKm: [30] }, 'low'],
		[{ weeklyKm: [31] }, 'unknown'],
		[{ weeklyKm: [] }, 'unknown']
	] as [Runner, string][])('%j → %s', (runner, band) => {
		expect(bandFor('overuse.volume', runner)).toBe(band);
	});
});

describe('overuse.rest', () => {
	it.each([
		[0, 'moderate'],
		[1, 'low'],
		[7, 'low']
	])('%s rest days → %s', (restDaysPerWeek, band) => {
		expect(bandFor('overuse.rest', { restDaysPerWeek })).toBe(band);
	});

	it('names other sports without changing the band', () => {
		const v = ruleFor('overuse.rest').evaluate({
			runner: { restDaysPerWeek: 0, otherSportHoursPerWeek: 3 },
			shoe: SHOE
		});
		expect(v.band).toBe('moderate');
		expect(v.why).toContain('3 h');
	});
});

describe('overuse.pain: pain-monitoring model, cuts 3 and 5', () => {
	it.each([
		[0, 'better', 'low'],
		[3, 'same', 'low'],
		[3.01, 'same', 'moderate'],
		[3.5, 'same', 'moderate'],
		[5, 'better', 'moderate'],
		[5.01, 'same', 'high'],
		[10, 'same', 'high'],
		[0, 'worse', 'high'],
		[3, 'worse', 'high']
	] as const)('%s/10, next morning %s → %s', (duringRun, nextMorning, band) => {
		expect(bandFor('overuse.pain', { pain: { duringRun, nextMorning } })).toBe(band);
	});
});
