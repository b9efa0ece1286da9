/**
 * Every cut-point a text quotes is written from the rule table's data: change a cut and the
 * question, the band conditions, the "why", the tips, the notes and the method page follow.
 */
import { describe, expect, it } from 'vitest';
import {
	FINDING_RULES,
	INDEX_BAND_CUTS,
	TIPS,
	cutsOf,
	dropFacts,
	interpretations,
	methodNotes,
	ruleFor,
	type FindingRule
} from './rules';
import { selectTips } from './tips';
import { METRIC_SAY } from './text';
import type { Band, FindingId, Runner, Shoe } from './schema';
import { FINDING_IDS } from './schema';
import { buildMethod, ENGINE_TABLE } from '../../routes/method/method';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

/** A copy of a row with some cut-points changed: texts and verdicts rebuilt from them. */
function changed<C extends object>(id: FindingId, change: Partial<C>): FindingRule<C> {
	const row = ruleFor(id) as unknown as FindingRule<C>;
	return row.withCuts({ ...row.cuts, ...change });
}

const textsOf = (r: FindingRule<object>) =>
	[r.question, ...r.bands.map((b) => b.when), r.opinionNote ?? ''].join('\n');

describe('a changed cut changes the texts that quote it', () => {
	it('shoe.wear: 800 km → 900 km in the bands, the verdict and the why', () => {
		const row = changed('shoe.wear', { highAboveKm: 900 });
		expect(textsOf(ruleFor('shoe.wear'))).toContain('over 800 km');
		expect(textsOf(row)).toContain('over 900 km');
		expect(textsOf(row)).toContain('500–900 km');
		expect(textsOf(row)).not.toContain('800');
		const v = row.evaluate({ runner: {}, shoe: { ...SHOE, wornKm: 850 } });
		expect(v).toEqual({
			band: 'moderate',
			why: 'This shoe has done 850 km (500–900 km) and you run in one pair.'
		});
		// The engine's own row is untouched.
		expect(ruleFor('shoe.wear').evaluate({ runner: {}, shoe: { ...SHOE, wornKm: 850 } }).band).toBe(
			'high'
		);
	});

	it('load.spike: a 20% margin in the bands and the why', () => {
		const row = changed('load.spike', { moderateAbove: 1.2 });
		expect(textsOf(row)).toContain('R = latest run ÷ longest run in the 30 days before it ≤ 1.20');
		expect(textsOf(row)).toContain('1.20 < R ≤ 2.00');
		const why = row.evaluate({
			runner: { longestRunLast30DaysKm: 10, nextRunKm: 11.5 },
			shoe: SHOE
		}).why;
		expect(why).toBe(
			'Your run of 11.5 km is 15% longer than your longest run in the 30 days before it (10 km), within the 20% margin.'
		);
	});

	it.each([
		['load.weekly', { moderateAbove: 1.5 }, 'more than 50% above', 'more than 30% above'],
		['load.weekly', { weeksBack: 3 }, 'the week three weeks earlier', 'two weeks'],
		['overuse.volume', { weeklyKmAbove: 40 }, 'latest week over 40 km', 'over 30 km'],
		['overuse.rest', { moderateAtMost: 1 }, 'one rest day or fewer in a typical week', 'no rest'],
		['overuse.pain', { highAbove: 6 }, 'pain > 6/10', 'pain > 5/10'],
		['calf.strength', { moderateBelowNormMinus: 8 }, 'either leg < N − 8', 'N − 6'],
		['calf.strength', { highBelowNormFraction: 0.25 }, 'either leg < N ÷ 4', 'N ÷ 2'],
		['calf.symmetry', { highBelow: 0.75 }, 'weaker ÷ stronger < 75%', '< 80%'],
		['calf.flexibility', { sideDifferenceCm: 3 }, 'sides within 3 cm', 'within 2 cm'],
		['form.strike', { recentChangeMonths: 4 }, 'the last 4 months', 'last 3 months'],
		['shoe.drop', { highDropFromMm: 9 }, '4. drop ≥ 9 mm', 'drop ≥ 8 mm'],
		['shoe.drop', { strikeInteractionAtMostMm: 3 }, 'a drop ≤ 3 mm raises', 'drop ≤ 4 mm'],
		['shoe.drop', { transitionMonths: 9 }, 'The 9-month adaptation window', '6-month'],
		['shoe.toebox', { highNarrowerFromMm: 5 }, 'narrower by 5 mm or more', 'by 6 mm']
	] as [FindingId, object, string, string][])('%s %o', (id, change, now, before) => {
		const row = changed(id, change);
		expect(textsOf(ruleFor(id))).toContain(before);
		expect(textsOf(row)).toContain(now);
		expect(textsOf(row)).not.toContain(before);
	});

	it('the drop row words the strike interaction as a one-level raise, not a band', () => {
		const last = ruleFor('shoe.drop').bands.at(-1);
		expect(last).toEqual({
			raise: 1,
			when: 'then: a forefoot strike with a drop ≤ 4 mm raises the band found above one level, up to high at most (opinion)'
		});
		const view = buildMethod().factors.flatMap((f) => f.findings);
		const drop = view.find((f) => f.id === 'shoe.drop')!.bands.at(-1);
		expect(drop).toMatchObject({ band: 'raise', label: 'up one level', opinion: true });
	});

	it('tips, notes, interpretations and the method page quote a copied table', () => {
		const findings = FINDING_RULES.map((r) =>
			r.id === 'shoe.wear'
				? changed('shoe.wear', { highAboveKm: 900 })
				: r.id === 'load.spike'
					? changed('load.spike', { moderateAbove: 1.2 })
					: r
		) as FindingRule<object>[];
		const cuts = cutsOf(findings);
		const ctx = { say: METRIC_SAY, cuts };
		const tip = (id: string) => TIPS.find((t) => t.id === id)!;
		expect(tip('corrective-shoes').text(ctx)).toContain('past about 900 km');
		expect(tip('corrective-shoes').text({ ...ctx, cuts: cutsOf() })).toContain('past about 800 km');
		expect(tip('rest-reduce-load').text(ctx)).toContain('within 20% of your longest run');
		const facts = {
			runner: { longestRunLast30DaysKm: 10 },
			bands: Object.fromEntries(FINDING_IDS.map((id) => [id, 'unknown'])) as Record<
				FindingId,
				Band
			>,
			drop: dropFacts({}, SHOE),
			triage: 'none' as const
		};
		expect(tip('rest-reduce-load').personal?.(facts, ctx)).toBe(
			'For you: at most 12 km while your longest run in the 30 days before was 10 km.'
		);
		const decided = interpretations(cuts)
			.map((i) => i.decision)
			.join('\n');
		expect(decided).toContain('R = 1.20 is low');
		expect(decided).toContain('900 km of wear moderate');
		const notes = methodNotes(cuts, {
			factor: { moderateFrom: 30, highFrom: 70 },
			index: INDEX_BAND_CUTS
		});
		expect(notes.map((n) => n.text).join('\n')).toContain('factor scores (30/70)');
		const page = buildMethod({ ...ENGINE_TABLE, findings });
		expect(page.tips.find((t) => t.id === 'corrective-shoes')?.text).toContain('900 km');
		expect(page.interpretations.map((i) => i.decision).join()).toContain('R = 1.20 is low');
		const wear = page.factors.flatMap((f) => f.findings).find((f) => f.id === 'shoe.wear');
		expect(wear?.bands.map((b) => b.when)).toContain('over 900 km, whatever the rotation');
	});

	it('a changed cut changes the tips a runner gets', () => {
		const pain: Runner = { pain: { duringRun: 5, nextMorning: 'same' } };
		const bands = Object.fromEntries(FINDING_IDS.map((id) => [id, 'low'])) as Record<
			FindingId,
			Band
		>;
		const drop = { stated: 10, measured: undefined, scored: 10, transitioning: false };
		const facts = { ...drop, lowerDropSwitch: false, regular: true };
		const text = (cuts = cutsOf()) =>
			selectTips(pain, { ...bands, 'overuse.pain': 'moderate' }, facts, 'none', {
				say: METRIC_SAY,
				cuts
			}).find((t) => t.id === 'hold-load')?.text;
		expect(text()).toContain('is 3/10 or less');
		const painRow = changed('overuse.pain', { moderateAbove: 2 }) as FindingRule<object>;
		expect(text(cutsOf([painRow]))).toContain('is 2/10 or less');
	});
});
