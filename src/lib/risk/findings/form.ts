/** Running form: the foot strike (and a recent change of it), and foot posture against the shoe. */
import { rule, unknown } from '../rule';
import { fmt, plural } from '../text';

const strike = rule('form.strike', 'Foot strike', {
	// Opinion: the window in which a switch to forefoot counts as recent.
	cuts: { recentChangeMonths: 3 },
	texts: (c) => ({
		question: 'Which part of your foot lands first, and did you change it recently?',
		bands: [
			{ band: 'low', when: 'rearfoot or midfoot' },
			{ band: 'moderate', when: 'forefoot' },
			{
				band: 'high',
				when: `forefoot adopted in the last ${plural(c.recentChangeMonths, 'month', 'months')} (window: opinion)`
			},
			{ band: 'unknown', when: 'not sure or not answered (film a slow-motion video)' }
		],
		opinionNote: `The ${fmt(c.recentChangeMonths)}-month window for a recent change is opinion.`
	}),
	evidence:
		'In the lab, landing on the front of the foot loaded the Achilles tendon about 11% more per step than a heel landing (Almonroeder et al. 2013, which pooled midfoot with forefoot landings), and calf muscle forces rose when runners switched to a forefoot landing (Vannatta & Kernozek 2015). These measure load, not injuries: no study has counted calf injuries by foot strike. Runners name their own strike correctly only 43% of the time (Vincent et al. 2024).',
	grade: 'moderate (mechanism; no injury-outcome data)',
	opinion: false,
	inputs: ['runner.footStrike', 'runner.footStrikeChangedRecently'],
	judge({ runner }, c) {
		switch (runner.footStrike) {
			case undefined:
				return unknown('Say which part of your foot lands first.');
			case 'unsure':
				return unknown(
					'Film a slow-motion phone video of your foot strike: runners name their own strike correctly only 43% of the time.'
				);
			case 'forefoot':
				if (runner.footStrikeChangedRecently === true)
					return {
						band: 'high',
						opinion: true,
						why: `You switched to a forefoot landing in the last ${plural(c.recentChangeMonths, 'month', 'months')}, before your calves have adapted.`
					};
				return {
					band: 'moderate',
					why: 'You land on your forefoot, which loads the calf and Achilles more per step.'
				};
			case 'midfoot':
				return {
					band: 'low',
					why: 'You land on your midfoot. A midfoot landing may load the calf more than a heel landing: the lab study behind the forefoot finding pooled the two.'
				};
			default:
				return { band: 'low', why: `You land on your ${runner.footStrike}.` };
		}
	}
});

const posture = rule('form.posture', 'Foot posture vs shoe support', {
	cuts: {},
	texts: () => ({
		question: 'Do your arches roll in (pronated), and does this shoe support them?',
		bands: [
			{
				band: 'low',
				when: 'neutral or supinated feet; or pronated feet in a stability or motion-control shoe'
			},
			{
				band: 'moderate',
				when: 'pronated feet in a neutral shoe (support not given counts as neutral)'
			},
			{ band: 'unknown', when: 'not sure or not answered' }
		]
	}),
	evidence:
		'In a trial of recreational runners (Malisoux et al., Br J Sports Med 2016), runners with pronated feet in standard shoes had more running injuries than those with neutral feet (hazard ratio 1.80), and in motion-control shoes they had fewer (hazard ratio 0.34). All running injuries were counted, not only the calf. Stability shoes were not tested.',
	grade: 'weak-moderate',
	opinion: false,
	inputs: ['runner.footPosture', 'shoes[].support'],
	judge({ runner, shoe }) {
		const fp = runner.footPosture;
		if (fp === undefined || fp === 'unsure')
			return unknown(
				'Check whether your arches roll in when you stand on one leg, or ask a physio.'
			);
		if (fp !== 'pronated') return { band: 'low', why: `Your feet are ${fp}.` };
		if (shoe.support === 'stability' || shoe.support === 'motion-control')
			return { band: 'low', why: `Your pronated feet get ${shoe.support} support from this shoe.` };
		const given =
			shoe.support === undefined
				? ' (its support was not given, so it counts as neutral, as most shoes are)'
				: '';
		return { band: 'moderate', why: `Your feet are pronated and this shoe is neutral${given}.` };
	}
});

/** The factor's rows, in the contract's order of finding ids. */
export const rules = [strike, posture] as const;
