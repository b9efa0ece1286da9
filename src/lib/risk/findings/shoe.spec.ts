import { describe, expect, it } from 'vitest';
import { ruleFor } from '../rules';
import type { FindingId, Runner, Shoe } from '../schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

function bandFor(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}) {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).band;
}

describe('shoe.toebox: toe box vs forefoot, cut 6 mm; fit when widths are missing', () => {
	it.each([
		[100, 100, undefined, 'low'],
		[100, 105, 'squeezed', 'high'],
		[100, 99.9, undefined, 'moderate'],
		[100, 94.1, 'roomy', 'low'],
		[100, 94, undefined, 'high'],
		[66.1, 60.1, undefined, 'high'],
		[undefined, 94, 'roomy', 'low'],
		[100, undefined, 'snug', 'moderate'],
		[undefined, undefined, 'squeezed', 'high'],
		[100, undefined, undefined, 'unknown']
	] as const)('forefoot %s, toe box %s, fit %s → %s', (foot, box, fit, band) => {
		const runner: Runner = foot === undefined ? {} : { forefootWidthMm: foot };
		const shoe: Partial<Shoe> = {};
		if (box !== undefined) shoe.toeBoxWidthMm = box;
		if (fit !== undefined) shoe.toeBoxFit = fit;
		expect(bandFor('shoe.toebox', runner, shoe)).toBe(band);
	});

	it('says the calf claim is unsupported', () => {
		const why = ruleFor('shoe.toebox').evaluate({
			runner: {},
			shoe: { ...SHOE, toeBoxFit: 'snug' }
		}).why;
		expect(why).toMatch(/No study ties toe-box width to calf pain/);
	});
});

describe('shoe.wear: 500 / 800 km, rotation turns moderate into low', () => {
	it.each([
		[499.9, 1, 'low'],
		[500, undefined, 'moderate'],
		[800, 1, 'moderate'],
		[800.1, 1, 'high'],
		[500, 2, 'low'],
		[800, 3, 'low'],
		[801, 2, 'high'],
		[0, 1, 'low']
	])('%s km, %s pairs → %s', (wornKm, pairs, band) => {
		const runner: Runner = pairs === undefined ? {} : { pairsInRotation: pairs };
		expect(bandFor('shoe.wear', runner, { wornKm })).toBe(band);
	});
});
