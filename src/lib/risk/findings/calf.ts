/** Calf strength and flexibility: heel raises against a norm, left against right, knee-to-wall. */
import type { Band } from '../schema';
import { HEEL_RAISE_NORMS, heelRaiseNorm } from '../norms';
import { rule, unknown } from '../rule';
import { fmt, pctOf, plural, sixDecimals } from '../text';

/** "half the norm", or "40% of the norm" for another fraction. */
function share(fraction: number): string {
	return fraction * 2 === 1 ? 'half the norm' : `${pctOf(fraction)} of the norm`;
}

const strength = rule('calf.strength', 'Calf strength (heel raises)', {
	// ±6 reps is the test's day-to-day spread (Hébert-Losier 2017); the N ÷ 2 cut is opinion.
	cuts: {
		moderateBelowNormMinus: HEEL_RAISE_NORMS.dayToDay,
		highBelowNormFraction: 0.5
	},
	texts: (c) => {
		const below = `N − ${fmt(c.moderateBelowNormMinus)}`;
		const part = `N ÷ ${fmt(1 / c.highBelowNormFraction)}`;
		return {
			question: 'How many single-leg heel raises can each leg do, knee straight, to fatigue?',
			bands: [
				{
					band: 'low',
					when: `both legs ≥ ${below} (N: age/sex norm, ${fmt(HEEL_RAISE_NORMS.default)} if not given)`
				},
				{ band: 'moderate', when: `either leg < ${below}` },
				{ band: 'high', when: `either leg < ${part} (opinion), or pain during the test` },
				{ band: 'unknown', when: 'no counts and no pain reported' }
			],
			opinionNote: `The ${part} cut for high is opinion; the norms are approximate.`
		};
	},
	evidence:
		"The norms come from a study of 566 adults (Hébert-Losier et al., Physiotherapy 2017) and Lunsford & Perry 1995, measured on a 10° incline in time with a metronome: a count on a flat floor is not directly comparable. The cut-off, 6 below the norm, is the test's day-to-day spread used as a threshold (opinion). No study ties the count to calf injury.",
	grade: 'weak',
	opinion: false,
	inputs: ['runner.heelRaises', 'runner.heelRaisePain', 'runner.age', 'runner.sex'],
	judge({ runner }, c) {
		const hr = runner.heelRaises;
		const painful = runner.heelRaisePain === true;
		if (!hr) {
			if (painful) return { band: 'high', why: 'Your calf hurt during the heel-raise test.' };
			return unknown('Count single-leg heel raises on each leg (knee straight, to fatigue).');
		}
		const norm = heelRaiseNorm(runner.age, runner.sex);
		const weaker = Math.min(hr.left, hr.right);
		const counts = `Your weaker leg managed ${plural(weaker, 'heel raise', 'heel raises')}; ${norm.basis} (±${HEEL_RAISE_NORMS.dayToDay} from day to day)`;
		if (painful)
			return { band: 'high', why: `Your calf hurt during the heel-raise test. ${counts}.` };
		if (weaker < norm.reps * c.highBelowNormFraction)
			return {
				band: 'high',
				opinion: true,
				why: `${counts}: under ${share(c.highBelowNormFraction)}.`
			};
		if (weaker < norm.reps - c.moderateBelowNormMinus)
			return {
				band: 'moderate',
				why: `${counts}: more than ${c.moderateBelowNormMinus} below it.`
			};
		return { band: 'low', why: `${counts}: within the normal range.` };
	}
});

const symmetry = rule('calf.symmetry', 'Left–right balance', {
	// Opinion: return-to-sport habit (90% / 80% limb symmetry).
	cuts: { moderateBelow: 0.9, highBelow: 0.8 },
	texts: (c) => ({
		question: 'How does your weaker leg compare with your stronger one in the heel-raise test?',
		bands: [
			{ band: 'low', when: `weaker ÷ stronger ≥ ${pctOf(c.moderateBelow)}` },
			{
				band: 'moderate',
				when: `${pctOf(c.highBelow)} ≤ weaker ÷ stronger < ${pctOf(c.moderateBelow)} (opinion)`
			},
			{ band: 'high', when: `weaker ÷ stronger < ${pctOf(c.highBelow)} (opinion)` },
			{ band: 'unknown', when: 'heel raises not counted' }
		]
	}),
	evidence: 'No study: the 90% and 80% lines are a return-to-sport habit of clinicians (opinion).',
	grade: 'opinion',
	opinion: true,
	inputs: ['runner.heelRaises'],
	judge({ runner }, c) {
		const hr = runner.heelRaises;
		if (!hr) return unknown('Count single-leg heel raises on each leg to compare them.');
		const weaker = Math.min(hr.left, hr.right);
		const stronger = Math.max(hr.left, hr.right);
		if (stronger === 0)
			return {
				band: 'low',
				why: 'Neither leg managed a heel raise, so there is no imbalance to measure.'
			};
		const r = sixDecimals(weaker / stronger);
		const band: Band = r < c.highBelow ? 'high' : r < c.moderateBelow ? 'moderate' : 'low';
		const side = hr.left < hr.right ? 'left' : 'right';
		if (weaker === stronger)
			return { band, why: `Both legs managed ${plural(weaker, 'heel raise', 'heel raises')}.` };
		return {
			band,
			why: `Your ${side} leg (${weaker}) manages ${pctOf(r)} of your stronger leg (${stronger}).`
		};
	}
});

const flexibility = rule('calf.flexibility', 'Calf flexibility (knee-to-wall)', {
	// Opinion: clinical knee-to-wall habits; studies disagree on the direction of the effect.
	cuts: { lowFromCm: 10, highBelowCm: 6, sideDifferenceCm: 2 },
	texts: (c) => ({
		question: 'How far from the wall can each foot be while the knee still touches it?',
		bands: [
			{
				band: 'low',
				when: `worse leg ≥ ${fmt(c.lowFromCm)} cm and sides within ${fmt(c.sideDifferenceCm)} cm`
			},
			{
				band: 'moderate',
				when: `worse leg ${fmt(c.highBelowCm)} to under ${fmt(c.lowFromCm)} cm, or sides differ by ≥ ${fmt(c.sideDifferenceCm)} cm (opinion)`
			},
			{ band: 'high', when: `worse leg < ${fmt(c.highBelowCm)} cm (opinion)` },
			{ band: 'unknown', when: 'not measured' }
		]
	}),
	evidence:
		'Studies disagree on whether tight calves go with more or fewer injuries, and in trials stretching was not linked to fewer sports injuries (Lauersen et al. 2014: risk ratio 0.96; all sports injuries). The cut-offs are opinion.',
	grade: 'opinion',
	opinion: true,
	inputs: ['runner.kneeToWallCm'],
	judge({ runner, say }, c) {
		const k = runner.kneeToWallCm;
		if (!k) return unknown('Measure the knee-to-wall distance on each leg.');
		const worse = Math.min(k.left, k.right);
		const diff = sixDecimals(Math.abs(k.left - k.right));
		let band: Band = worse < c.highBelowCm ? 'high' : worse < c.lowFromCm ? 'moderate' : 'low';
		const sides = `left ${say.cm(k.left)}, right ${say.cm(k.right)}`;
		if (diff >= c.sideDifferenceCm && band === 'low') {
			band = 'moderate';
			return {
				band,
				why: `Knee-to-wall ${sides}: the sides differ by ${say.cm(diff)} (${say.cut.cm(c.sideDifferenceCm, diff)} or more).`
			};
		}
		return { band, why: `Knee-to-wall ${sides}; the worse leg reaches ${say.cm(worse)}.` };
	}
});

/** The factor's rows, in the contract's order of finding ids. */
export const rules = [strength, symmetry, flexibility] as const;
