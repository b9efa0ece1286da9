/**
 * Every cut-point a text quotes is written from the rule table's data: change a cut and the
 * question, the band conditions, the "why", the tips and the notes follow (the method page's
 * own tests check that the page follows too).
 */
import { describe, expect, it } from 'vitest';
import { dropFacts } from './findings/drop';
import { interpretations, methodNotes } from './notes';
import type { Cuts } from './rule';
import { FINDING_RULES, ruleFor, textContext, type Rule } from './rules';
import { INDEX_BAND_CUTS } from './scoring';
import { TIPS } from './tip-table';
import { selectTips } from './tips';
import type { Band, FindingId, Runner, Shoe } from './schema';
import { FINDING_IDS } from './schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

/** A copy of a row with some cut-points changed: texts and verdicts rebuilt from them. */
const changed = (id: FindingId, change: Cuts): Rule => ruleFor(id).withCuts(change);

const textsOf = (r: Rule) =>
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
	] as [FindingId, Cuts, string, string][])('%s %o', (id, change, now, before) => {
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
	});

	it('tips, notes and interpretations quote a copied table', () => {
		const findings = FINDING_RULES.map((r) =>
			r.id === 'shoe.wear'
				? changed('shoe.wear', { highAboveKm: 900 })
				: r.id === 'load.spike'
					? changed('load.spike', { moderateAbove: 1.2 })
					: r
		);
		const ctx = textContext(undefined, findings);
		const tip = (id: string) => TIPS.find((t) => t.id === id)!;
		expect(tip('corrective-shoes').text(ctx)).toContain('past about 900 km');
		expect(tip('corrective-shoes').text(textContext())).toContain('past about 800 km');
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
		const decided = interpretations(ctx.row)
			.map((i) => i.decision)
			.join('\n');
		expect(decided).toContain('R = 1.20 is low');
		expect(decided).toContain('900 km of wear moderate');
		const notes = methodNotes(ctx.row, {
			factor: { moderateFrom: 30, highFrom: 70 },
			index: INDEX_BAND_CUTS
		});
		expect(notes.map((n) => n.text).join('\n')).toContain('factor scores (30/70)');
	});

	it('a changed cut changes the tips a runner gets', () => {
		const pain: Runner = { pain: { duringRun: 5, nextMorning: 'same' } };
		const bands = Object.fromEntries(FINDING_IDS.map((id) => [id, 'low'])) as Record<
			FindingId,
			Band
		>;
		const drop = { stated: 10, measured: undefined, scored: 10, transitioning: false };
		const facts = { ...drop, lowerDropSwitch: false, regular: true };
		const text = (ctx = textContext()) =>
			selectTips(pain, { ...bands, 'overuse.pain': 'moderate' }, facts, 'none', ctx).find(
				(t) => t.id === 'hold-load'
			)?.text;
		expect(text()).toContain('is 3/10 or less');
		const painRow = changed('overuse.pain', { moderateAbove: 2 });
		expect(text(textContext(undefined, [painRow]))).toContain('is 2/10 or less');
	});
});
