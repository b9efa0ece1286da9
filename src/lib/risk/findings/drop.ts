/**
 * The heel drop for this runner: seven ordered steps, the first that matches decides, then a
 * forefoot strike on a low drop raises the band found.
 */
import type { Runner, Shoe } from '../schema';
import { raise, type KnownBand } from '../scoring';
import { latestWeek, rule, type Verdict } from '../rule';
import { fmt, levels, plural, sixDecimals, type Say } from '../text';
import { hasCurrentCalfPain } from './overuse';

/**
 * Malisoux et al., AJSM 2016 (553 runners, drops 10/6/0 mm); Fuller et al. 2017 for step 1.
 * "Regular" = ≥ 6 of 12 months of weekly running; the 6-month windows are opinion. The
 * functions below take these cut-points, or a row's changed copy of them.
 */
const DROP_CUTS = {
	regularMonths: 6,
	transitionMonths: 6,
	zeroDropAtMostMm: 1,
	heavyWeekKmAbove: 35,
	heavyBodyKgAbove: 85,
	switchAtLeastMm: 4,
	highDropFromMm: 8,
	lowDropAtMostMm: 6,
	strikeInteractionAtMostMm: 4
};
type DropCuts = Readonly<typeof DROP_CUTS>;

/** Opinion: the strike × drop interaction lifts the drop finding one band. */
const STRIKE_DROP_RAISE = 1;

export interface DropFacts {
	stated: number;
	measured: number | undefined;
	scored: number;
	transitioning: boolean;
	lowerDropSwitch: boolean;
	/** undefined when the runner did not say (then judged as regular, the cautious reading). */
	regular: boolean | undefined;
}

function factsOf(runner: Runner, shoe: Shoe, c: DropCuts): DropFacts {
	const scored = shoe.measuredDropMm ?? shoe.heelDropMm;
	const transitioning = (shoe.monthsWorn ?? 0) < c.transitionMonths;
	const usual = runner.usualDropMm;
	const months = runner.monthsRunningLast12;
	return {
		stated: shoe.heelDropMm,
		measured: shoe.measuredDropMm,
		scored,
		transitioning,
		lowerDropSwitch:
			usual !== undefined && sixDecimals(usual - scored) >= c.switchAtLeastMm && transitioning,
		regular: months === undefined ? undefined : months >= c.regularMonths
	};
}

interface DropVerdict extends Verdict {
	/** Which of the seven ordered steps decided, before the strike interaction. */
	step: 1 | 2 | 3 | 4 | 5 | 6 | 7;
	raisedByStrike: boolean;
}

function judgeDrop(runner: Runner, shoe: Shoe, c: DropCuts, say: Say): DropVerdict {
	const f = factsOf(runner, shoe, c);
	const d = say.mm(f.scored);
	const usual = runner.usualDropMm;
	const months = shoe.monthsWorn ?? 0;
	const latest = latestWeek(runner);
	const mass = runner.bodyMassKg;
	const lead =
		f.measured === undefined
			? `This shoe's drop is ${d}.`
			: `This shoe's measured drop is ${d} (the brand states ${say.mm(f.stated)}).`;
	const between = `${say.cut.num(c.lowDropAtMostMm, 'mm', f.scored)} and ${say.cut.mm(c.highDropFromMm, f.scored)}`;

	const decide = (): Pick<DropVerdict, 'band' | 'step' | 'why' | 'opinion'> => {
		const zeroOrMinimal = shoe.minimalist === true || f.scored <= c.zeroDropAtMostMm;
		const heavyWeek = latest !== undefined && latest > c.heavyWeekKmAbove;
		const heavyBody = mass !== undefined && mass > c.heavyBodyKgAbove;
		if (zeroOrMinimal && f.transitioning && (heavyWeek || heavyBody)) {
			const kind = shoe.minimalist === true ? 'a minimalist shoe' : 'a zero-drop shoe';
			const load = heavyWeek
				? `your latest week is ${say.km(latest ?? 0)} (over ${say.cut.km(c.heavyWeekKmAbove, latest)})`
				: `your body mass is ${fmt(mass ?? 0)} kg (over ${fmt(c.heavyBodyKgAbove)} kg)`;
			return {
				step: 1,
				band: 'high',
				why: `It is ${kind} you have run in for under ${plural(c.transitionMonths, 'month', 'months')}, and ${load}.`
			};
		}
		if (f.lowerDropSwitch && hasCurrentCalfPain(runner))
			return {
				step: 2,
				band: 'high',
				why: `It is ${say.mm(sixDecimals((usual ?? 0) - f.scored))} below your usual ${say.mm(usual ?? 0)}, run in for under ${plural(c.transitionMonths, 'month', 'months')}, and your calf hurts now.`
			};
		if (f.regular === false)
			return {
				step: 3,
				band: 'low',
				why: `You run occasionally (${fmt(runner.monthsRunningLast12 ?? 0)} of 12 months): in occasional runners a low drop was linked to fewer injuries, not more.`
			};
		if (f.scored >= c.highDropFromMm)
			return {
				step: 4,
				band: 'low',
				opinion: true,
				why: `At ${say.cut.mm(c.highDropFromMm, f.scored)} or more we read the drop as low risk for the calf (our opinion: the trial behind it compared three drops and counted injuries of all kinds).`
			};
		if (months >= c.transitionMonths && runner.pain !== undefined && !hasCurrentCalfPain(runner))
			return {
				step: 5,
				band: 'low',
				opinion: true,
				why: `You have run in it for ${plural(months, 'month', 'months')} without calf pain, so you have adapted to it.`
			};
		if (f.scored <= c.lowDropAtMostMm)
			return {
				step: 6,
				band: 'moderate',
				why: `In regular runners, a drop of ${say.cut.mm(c.lowDropAtMostMm, f.scored)} or less was linked to more running injuries of all kinds.`
			};
		if (usual !== undefined && sixDecimals(usual - f.scored) >= c.switchAtLeastMm)
			return {
				step: 7,
				band: 'moderate',
				why: `It is ${say.mm(sixDecimals(usual - f.scored))} below your usual ${say.mm(usual)}.`
			};
		return {
			step: 7,
			band: 'low',
			why:
				usual === undefined
					? `A drop between ${between}.`
					: `A drop between ${between}, less than ${say.cut.mm(c.switchAtLeastMm, sixDecimals(usual - f.scored))} below your usual ${say.mm(usual)}.`
		};
	};

	const base = decide();
	const parts = [lead, base.why];
	if (f.regular === undefined && base.step > 2)
		parts.push(
			'You did not say how regularly you run, so this is judged as for a regular runner (the cautious reading).'
		);
	let band = base.band;
	let raisedByStrike = false;
	if (runner.footStrike === 'forefoot' && f.scored <= c.strikeInteractionAtMostMm) {
		const lifted = raise(band, STRIKE_DROP_RAISE);
		raisedByStrike = lifted !== band;
		band = lifted;
		parts.push(
			`With your forefoot landing, a drop of ${say.cut.mm(c.strikeInteractionAtMostMm, f.scored)} or less compounds the calf load${raisedByStrike ? ', so this reads one band higher' : ''}.`
		);
	}
	const decided = base.why.charAt(0).toLowerCase() + base.why.slice(1, -1);
	const strike = raisedByStrike
		? `, and with your forefoot landing a drop of ${say.cut.mm(c.strikeInteractionAtMostMm, f.scored)} or less adds to the calf load`
		: '';
	return {
		step: base.step,
		band,
		why: parts.join(' '),
		headline: `This shoe's ${d} drop: ${decided}${strike}.`,
		opinion: base.opinion === true || raisedByStrike,
		raisedByStrike
	};
}

export const drop = rule('shoe.drop', 'Heel drop for you', {
	cuts: DROP_CUTS,
	texts: (c) => {
		const months = plural(c.transitionMonths, 'month', 'months');
		const steps: { band: KnownBand; when: string }[] = [
			{
				band: 'high',
				when: `minimalist or zero-drop (≤ ${fmt(c.zeroDropAtMostMm)} mm) shoe run in < ${months}, with a latest week > ${fmt(c.heavyWeekKmAbove)} km or body mass > ${fmt(c.heavyBodyKgAbove)} kg`
			},
			{
				band: 'high',
				when: `a lower-drop switch (≥ ${fmt(c.switchAtLeastMm)} mm below your usual drop, run in < ${months}) with current calf pain`
			},
			{ band: 'low', when: `an occasional runner (< ${fmt(c.regularMonths)} of 12 months)` },
			{ band: 'low', when: `drop ≥ ${fmt(c.highDropFromMm)} mm` },
			{
				band: 'low',
				when: `adapted: run in ≥ ${months} with the pain question answered and low (window: opinion)`
			},
			{ band: 'moderate', when: `drop ≤ ${fmt(c.lowDropAtMostMm)} mm` },
			{
				band: 'moderate',
				when: `drop between ${fmt(c.lowDropAtMostMm)} and ${fmt(c.highDropFromMm)} mm and ≥ ${fmt(c.switchAtLeastMm)} mm below your usual drop; else low`
			}
		];
		return {
			question: "Does this shoe's heel-to-toe drop suit your habit, training and landing?",
			// The steps are numbered: the first that matches decides.
			bands: [
				...steps.map((step, i) => ({ ...step, when: `${i + 1}. ${step.when}` })),
				{
					raise: STRIKE_DROP_RAISE,
					when: `then: a forefoot strike with a drop ≤ ${fmt(c.strikeInteractionAtMostMm)} mm raises the band found above ${levels(STRIKE_DROP_RAISE)}, up to high at most (opinion)`
				}
			],
			opinionNote: `The ${fmt(c.transitionMonths)}-month adaptation window and the strike × drop interaction are opinion.`
		};
	},
	evidence:
		'In a trial of 553 runners given shoes with a 10, 6 or 0 mm drop (Malisoux et al., AJSM 2016), the drop made no difference overall; in regular runners a low drop was linked to more injuries (hazard ratio 1.67), in occasional runners to fewer (0.48). All running injuries were counted, not calf pain. In the lab, an 18 mm heel lift lowered peak Achilles force by about 12% (Farris et al. 2012) and barefoot or minimal shoes raised it (Sinclair 2014); a fast switch to minimalist shoes was linked to more calf pain (Ryan et al. 2014) and, in heavier runners, to more injuries (Fuller et al. 2017). The 8 mm line and the adaptation window are opinion.',
	grade: 'moderate',
	opinion: false,
	inputs: [
		'shoes[].heelDropMm',
		'shoes[].measuredDropMm',
		'shoes[].minimalist',
		'shoes[].monthsWorn',
		'runner.usualDropMm',
		'runner.monthsRunningLast12',
		'runner.weeklyKm',
		'runner.bodyMassKg',
		'runner.pain',
		'runner.footStrike'
	],
	judge: ({ runner, shoe, say }, c) => judgeDrop(runner, shoe, c, say)
});

/** The facts of a shoe's drop for this runner, under the engine's cut-points. */
export function dropFacts(runner: Runner, shoe: Shoe): DropFacts {
	return factsOf(runner, shoe, drop.cuts);
}
