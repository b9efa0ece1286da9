import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from '../risk/assess';
import { requestArb } from '../risk/arbitraries';
import type { Finding } from '../risk/schema';
import { MAX_CAUSES, firstStep, likelyCauses } from './answer';

const finding = (id: Finding['id'], band: Finding['band'], weight: number): Finding => ({
	id,
	factor: 'shoe',
	band,
	weight,
	why: `${id} why.`,
	headline: `${id} headline.`,
	evidence: '',
	grade: 'B',
	opinion: false
});

describe('likely causes', () => {
	it.each([
		{
			what: 'largest weight × band first',
			findings: [
				finding('shoe.toebox', 'moderate', 1),
				finding('load.spike', 'high', 3),
				finding('shoe.drop', 'high', 2)
			],
			ids: ['load.spike', 'shoe.drop', 'shoe.toebox']
		},
		{
			what: 'a heavy moderate before a light high',
			findings: [finding('shoe.wear', 'high', 1), finding('overuse.pain', 'moderate', 3)],
			ids: ['overuse.pain', 'shoe.wear']
		},
		{
			what: 'ties keep the table order',
			findings: [finding('shoe.drop', 'moderate', 2), finding('load.spike', 'moderate', 2)],
			ids: ['shoe.drop', 'load.spike']
		},
		{
			what: 'low and unknown findings are no cause',
			findings: [finding('shoe.drop', 'low', 3), finding('load.spike', 'unknown', 3)],
			ids: []
		},
		{
			what: 'at most three',
			findings: [
				finding('shoe.drop', 'high', 2),
				finding('load.spike', 'high', 3),
				finding('shoe.toebox', 'high', 1),
				finding('shoe.wear', 'high', 1)
			],
			ids: ['load.spike', 'shoe.drop', 'shoe.toebox']
		}
	])('$what', ({ findings, ids }) => {
		expect(likelyCauses({ findings }).map((c) => c.id)).toEqual(ids);
	});

	it('for any assessment: one to three moderate or high findings when any exists, each with its sentence', () => {
		fc.assert(
			fc.property(requestArb, (req) => {
				for (const r of assess(req).results) {
					const causes = likelyCauses(r);
					const raised = r.findings.filter((f) => f.band === 'moderate' || f.band === 'high');
					expect(causes.length).toBe(Math.min(MAX_CAUSES, raised.length));
					for (const c of causes) expect(c.headline.length).toBeGreaterThan(0);
					expect(firstStep(r)?.id).toBe(r.tips[0]?.id);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
