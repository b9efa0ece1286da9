import { describe, expect, it } from 'vitest';
import type { Runner, Shoe } from '../schema';
import { bandCases, verdictFor } from './cases';

describe('shoe.toebox: toe box vs forefoot, cut 6 mm; fit when widths are missing', () => {
	bandCases(
		'shoe.toebox',
		'forefoot %s, toe box %s, fit %s → %s',
		[
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
		],
		(foot?: number, box?: number, fit?: Shoe['toeBoxFit']) => {
			const runner: Runner = foot === undefined ? {} : { forefootWidthMm: foot };
			const shoe: Partial<Shoe> = {};
			if (box !== undefined) shoe.toeBoxWidthMm = box;
			if (fit !== undefined) shoe.toeBoxFit = fit;
			return [runner, shoe];
		}
	);

	it('says the calf claim is unsupported', () => {
		const why = verdictFor('shoe.toebox', {}, { toeBoxFit: 'snug' }).why;
		expect(why).toMatch(/No study ties toe-box width to calf pain/);
	});
});

describe('shoe.wear: 500 / 800 km, rotation turns moderate into low', () => {
	bandCases(
		'shoe.wear',
		'%s km, %s pairs → %s',
		[
			[499.9, 1, 'low'],
			[500, undefined, 'moderate'],
			[800, 1, 'moderate'],
			[800.1, 1, 'high'],
			[500, 2, 'low'],
			[800, 3, 'low'],
			[801, 2, 'high'],
			[0, 1, 'low']
		],
		(wornKm: number, pairs?: number) => [
			pairs === undefined ? {} : { pairsInRotation: pairs },
			{ wornKm }
		]
	);
});
