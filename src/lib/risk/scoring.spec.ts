import { describe, expect, it } from 'vitest';
import {
	FACTOR_BAND_CUTS,
	INDEX_BAND_CUTS,
	confidenceOf,
	findingBand,
	raise,
	scoreBand,
	weightedScore
} from './scoring';
import type { Band, Finding, FindingId } from './schema';

/** A finding with only what scoring reads: its id, band and weight. */
const finding = (band: Finding['band'], weight: number, id: FindingId = 'load.spike'): Finding => ({
	id,
	factor: 'load',
	band,
	weight,
	why: '',
	headline: '',
	evidence: '',
	grade: '',
	opinion: false
});

describe('score bands and the weighted mean', () => {
	const SCALES: [string, Parameters<typeof scoreBand>[1], [number | null, Band][]][] = [
		[
			'factor score',
			FACTOR_BAND_CUTS,
			[
				[0, 'low'],
				[24, 'low'],
				[25, 'moderate'],
				[74, 'moderate'],
				[75, 'high'],
				[100, 'high'],
				[null, 'unknown']
			]
		],
		[
			'index',
			INDEX_BAND_CUTS,
			[
				[24, 'low'],
				[25, 'moderate'],
				[59, 'moderate'],
				[60, 'high'],
				[null, 'unknown']
			]
		]
	];
	for (const [scale, cuts, rows] of SCALES)
		it.each(rows)(`${scale} %s → %s`, (score, band) => {
			expect(scoreBand(score, cuts)).toBe(band);
		});

	it('rounds the weighted mean to a whole number', () => {
		const f = finding;
		expect(weightedScore([f('moderate', 1), f('low', 2)])).toBe(17);
		expect(weightedScore([f('high', 0.5), f('low', 3), f('unknown', 3)])).toBe(14);
		expect(weightedScore([f('unknown', 3)])).toBeNull();
	});
});

describe('confidence', () => {
	it('counts weights, not findings', () => {
		const f = (band: Finding['band'], weight: number) => ({ band, weight });
		expect(confidenceOf([f('low', 3), f('unknown', 15)])).toBe(0.17);
		expect(confidenceOf([f('high', 0.5), f('moderate', 0.5)])).toBe(1);
		expect(confidenceOf([f('unknown', 1), f('unknown', 2)])).toBe(0);
	});
});

describe('findingBand', () => {
	it("reads a finding's band in a result, and unknown for a finding the result lacks", () => {
		const wear = finding('high', 0.5, 'shoe.wear');
		expect(findingBand({ findings: [wear] }, 'shoe.wear')).toBe('high');
		expect(findingBand({ findings: [wear] }, 'shoe.drop')).toBe('unknown');
	});
});

describe('raise', () => {
	it.each([
		['low', 1, 'moderate'],
		['moderate', 1, 'high'],
		['high', 1, 'high'],
		['unknown', 1, 'unknown'],
		['low', 2, 'high']
	] as const)('%s + %s → %s', (band, levels, out) => {
		expect(raise(band, levels)).toBe(out);
	});
});
