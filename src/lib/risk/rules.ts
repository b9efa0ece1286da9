/**
 * THE rule table of design/risk-model.md: every finding, weight, cut-point, norm, citation and
 * tip as data. The engine (assess.ts), the method page and the tests all read this file;
 * changing a threshold is a one-line change to a `cuts` object.
 *
 * Every number carries its source, or says opinion.
 */
import type { Band, Factor, FindingId, Runner, Shoe, TipId, TriageLevel } from './schema';
import { HEEL_RAISE_NORMS, heelRaiseNorm } from './norms';
import {
	METRIC_SAY,
	fmt,
	inWords,
	pctAbove,
	plural,
	pctOf,
	ratioText,
	sayIn,
	settle,
	type Say
} from './text';
import type { Units } from '../units';
import { interpretations, methodNotes } from './notes';

export { HEEL_RAISE_NORMS, heelRaiseNorm, type HeelRaiseNorm } from './norms';
export { interpretations, methodNotes, type Interpretation, type MethodNote } from './notes';

/** Bumped whenever a rule, weight, cut-point, tip or the triage changes. */
export const MODEL_VERSION = '2026.12.1';

/** What changed in this version of the rules, for the method page. */
export const MODEL_CHANGES: readonly string[] = [
	'Warning signs: fourteen signs at three levels. A cold, pale or blue foot, and a tense, swollen calf with severe pain that keeps getting worse, are emergencies; fever with a hot, spreading patch and a possible clot are urgent; clot risks such as the combined pill or a recent journey are asked about.',
	'Under an urgent or emergency sign the only advice is to get care: no exercise, heel lift, running distance or self-test is suggested until you have been checked.',
	'With calf pain now, no tip offers a run longer than your latest one.',
	'A pain that came on suddenly during a run reads as a possible calf strain: relative rest, not the pain-monitoring rules.',
	'The long-run question asks for your latest run first, then your longest run in the 30 days before it.',
	'Evidence lines say in plain words what was found, in whom and for which injury; figures without a source are labelled opinion.'
];

/* ------------------------------------------------------------------ bands and scores */

export type KnownBand = Exclude<Band, 'unknown'>;

/** risk-model.md section 1: low 0, moderate 1, high 2; a finding scores band × 50. */
export const BAND_LEVEL: Record<KnownBand, number> = { low: 0, moderate: 1, high: 2 };
export const POINTS_PER_LEVEL = 50;
export const LEVEL_BAND: readonly KnownBand[] = ['low', 'moderate', 'high'];

/** Opinion (risk-model.md section 1): one moderate finding reads moderate, one high reads high. */
export const FACTOR_BAND_CUTS = { moderateFrom: 25, highFrom: 75 } as const;
/** Opinion (risk-model.md section 1), read from the index rounded to a whole number. */
export const INDEX_BAND_CUTS = { moderateFrom: 25, highFrom: 60 } as const;
/** Because a mean dilutes: an assessed high finding of at least this weight lifts the index band to moderate. */
export const HIGH_FINDING_LIFT = { minWeight: 2, liftsTo: 'moderate' } as const;
/**
 * A previous calf strain or Achilles problem raises the overall band one level
 * (Green & Pizzari 2017: previous calf strain and age are the strongest risk factors;
 * Malisoux 2015: previous injury HR 1.72).
 */
export const PREVIOUS_INJURY_MODIFIER = {
	levels: 1,
	evidence:
		'A previous calf strain is among the strongest risk factors for another (Green & Pizzari 2017, a review), and a previous injury was linked to more running injuries of all kinds (Malisoux et al. 2015: hazard ratio 1.72)'
} as const;

/* ------------------------------------------------------------------ rule rows */

export interface RuleContext {
	runner: Runner;
	shoe: Shoe;
	/** The runner's display units for the sentences; metric (the API's) when not given. */
	say?: Say;
}

export interface Verdict {
	band: Band;
	/** A plain sentence with the runner's own numbers, in the display units asked for. */
	why: string;
	/** True when the clause that decided rests on opinion even if the rule as a whole does not. */
	opinion?: boolean;
}

/**
 * A band condition for the method page: a band and when it applies, or a step that moves the
 * band found so far up by `raise` levels (the strike × drop interaction is one such step).
 */
export type BandCondition = { band: Band; when: string } | { raise: number; when: string };

export interface FindingRule<C = Record<string, number>> {
	id: FindingId;
	factor: Factor;
	/** risk-model.md section 3: evidence strength for calf / Achilles outcomes. */
	weight: number;
	title: string;
	/** The question, in plain language, written from the cut-points. */
	question: string;
	/** The cut-points the evaluator and every text of the row read. */
	cuts: C;
	/** Human-readable band conditions for the method page, written from the cut-points. */
	bands: readonly BandCondition[];
	evidence: string;
	grade: string;
	/** The rule's thresholds have no outcome data behind them. */
	opinion: boolean;
	opinionNote?: string;
	/** Computed per shoe (depends on the shoe) rather than once per runner. */
	perShoe: boolean;
	/** Request fields the rule reads, as dot paths. */
	inputs: readonly string[];
	evaluate(ctx: RuleContext): Verdict;
	/** The same row with other cut-points: its texts and its verdicts follow them. */
	withCuts(cuts: C): FindingRule<C>;
}

type Texts<C> = (cuts: C) => {
	question: string;
	bands: readonly BandCondition[];
	opinionNote?: string;
};

/** A row as written: a fixed `opinionNote` may stand beside `texts` when it quotes no cut. */
type RuleDef<C> = Omit<FindingRule<C>, 'evaluate' | 'withCuts' | 'question' | 'bands'> & {
	texts: Texts<C>;
	judge(ctx: Required<RuleContext>, cuts: C): Verdict;
};

/**
 * Ties `evaluate` and every text of the row to the row's own cut-points, so that the table is
 * the only source of numbers: a changed cut changes the verdicts, the question, the band
 * conditions and the "why" sentences together.
 */
function rule<C>(def: RuleDef<C>): FindingRule<C> {
	const { judge, texts, ...rest } = def;
	const build = (cuts: C): FindingRule<C> => {
		const { opinionNote, ...words } = texts(cuts);
		return {
			...rest,
			...words,
			...(opinionNote === undefined ? {} : { opinionNote }),
			cuts,
			evaluate: (ctx) => judge({ ...ctx, say: ctx.say ?? METRIC_SAY }, cuts),
			withCuts: build
		};
	};
	return build(def.cuts);
}

/** A number on the method page's band conditions: cut-points as metric figures with their unit. */
const n = fmt;

const unknown = (why: string): Verdict => ({ band: 'unknown', why });

function latestWeek(runner: Runner): number | undefined {
	const w = runner.weeklyKm;
	return w && w.length > 0 ? w[w.length - 1] : undefined;
}

/* ---- load ---- */

/** Frandsen et al. 2025: HRR 1.64 above +10%, 2.28 above +100% of the 30-day longest run. */
const SPIKE_CUTS = { moderateAbove: 1.1, highAbove: 2.0 };
const spike = rule({
	id: 'load.spike',
	factor: 'load',
	weight: 3,
	title: 'Single-run spike',
	cuts: SPIKE_CUTS,
	texts: (c) => ({
		question:
			'How much longer is your latest run (or the one you plan next) than your longest run in the 30 days before it?',
		bands: [
			{
				band: 'low',
				when: `R = latest run ÷ longest run in the 30 days before it ≤ ${ratioText(c.moderateAbove)}`
			},
			{ band: 'moderate', when: `${ratioText(c.moderateAbove)} < R ≤ ${ratioText(c.highAbove)}` },
			{
				band: 'high',
				when: `R > ${ratioText(c.highAbove)}, or no run in the 30 days before it (opinion)`
			},
			{ band: 'unknown', when: 'either distance not given' }
		],
		opinionNote:
			'After 30+ days off, any run reads high: start well below the old longest run (opinion).'
	}),
	evidence:
		'In 5,205 runners, a run more than 10% longer than their longest of the previous month was followed by about 1.5 to 2.3 times as many injuries (all running injuries, not only the calf). Frandsen et al., Br J Sports Med 2025 (hazard rate ratios 1.64 above 10–30%, 1.52 above 30–100%, 2.28 above 100%).',
	grade: 'moderate-strong',
	opinion: false,
	perShoe: false,
	inputs: ['runner.longestRunLast30DaysKm', 'runner.nextRunKm'],
	judge({ runner, say }, c) {
		const longest = runner.longestRunLast30DaysKm;
		const next = runner.nextRunKm;
		if (longest === undefined || next === undefined)
			return unknown(
				'Give the distance of your latest run and of your longest run in the 30 days before it.'
			);
		if (longest === 0) {
			if (next === 0) return { band: 'low', why: 'No run in the 30 days before, and none since.' };
			return {
				band: 'high',
				opinion: true,
				why: `Your run of ${say.km(next)} is your first in over 30 days: start well below your old longest run.`
			};
		}
		const r = settle(next / longest);
		const band: Band = r > c.highAbove ? 'high' : r > c.moderateAbove ? 'moderate' : 'low';
		const base = `your longest run in the 30 days before it (${say.km(longest)})`;
		if (r <= 1) return { band, why: `Your run of ${say.km(next)} is no longer than ${base}.` };
		const tail = band === 'low' ? `, within the ${pctAbove(c.moderateAbove)} margin` : '';
		return {
			band,
			why: `Your run of ${say.km(next)} is ${pctAbove(r)} longer than ${base}${tail}.`
		};
	}
});

/** Nielsen et al. 2014 studied progression above 30% (HR 1.59, not significant). */
const WEEKLY_CUTS = { moderateAbove: 1.3, weeksBack: 2, minWeeks: 3 };
const weekly = rule({
	id: 'load.weekly',
	factor: 'load',
	weight: 1,
	title: 'Weekly progression',
	cuts: WEEKLY_CUTS,
	texts: (c) => {
		const earlier = `the week ${plural(c.weeksBack, 'week', 'weeks', inWords)} earlier`;
		return {
			question: `Is your latest week more than ${pctAbove(c.moderateAbove)} above ${earlier}?`,
			bands: [
				{ band: 'low', when: `latest week ≤ ${ratioText(c.moderateAbove)} × ${earlier}` },
				{ band: 'moderate', when: `latest week > ${ratioText(c.moderateAbove)} × ${earlier}` },
				{
					band: 'unknown',
					when: `fewer than ${plural(c.minWeeks, 'week', 'weeks', inWords)} given`
				}
			]
		};
	},
	evidence:
		'In novice runners, raising weekly distance by more than 30% was linked to more knee, hip and shin injuries, not calf or Achilles ones, and the difference may have been chance (Nielsen et al., JOSPT 2014: hazard ratio 1.59, not significant). Following the "10% rule" prevented nothing in novices: 20.8% vs 20.3% injured, all running injuries (Buist et al., AJSM 2008).',
	grade: 'weak',
	opinion: false,
	perShoe: false,
	inputs: ['runner.weeklyKm'],
	judge({ runner, say }, c) {
		const w = runner.weeklyKm ?? [];
		const n = w.length;
		const latest = w[n - 1];
		const earlier = w[n - 1 - c.weeksBack];
		if (n < c.minWeeks || latest === undefined || earlier === undefined)
			return unknown(
				`Give at least ${plural(c.minWeeks, 'week', 'weeks')} of weekly distance (${n === 0 ? 'none' : n} given).`
			);
		if (earlier === 0) {
			if (latest === 0) return { band: 'low', why: 'No running in your latest week.' };
			return {
				band: 'moderate',
				why: `Your latest week (${say.km(latest)}) follows a week with no running ${plural(c.weeksBack, 'week', 'weeks', inWords)} earlier.`
			};
		}
		const r = settle(latest / earlier);
		const band: Band = r > c.moderateAbove ? 'moderate' : 'low';
		const base = `the week ${plural(c.weeksBack, 'week', 'weeks', inWords)} earlier (${say.km(earlier)})`;
		if (r <= 1) return { band, why: `Your latest week (${say.km(latest)}) is not above ${base}.` };
		return {
			band,
			why: `Your latest week (${say.km(latest)}) is ${pctAbove(r)} above ${base}.`
		};
	}
});

const pace = rule({
	id: 'load.pace',
	factor: 'load',
	weight: 0.5,
	title: 'More fast sessions',
	cuts: {},
	texts: () => ({
		question: 'Do you run more fast sessions than a month ago?',
		bands: [
			{ band: 'low', when: 'fewer or the same fast sessions' },
			{ band: 'moderate', when: 'more fast sessions than a month ago (opinion)' },
			{ band: 'unknown', when: 'not answered' }
		]
	}),
	evidence:
		'No study ties more fast sessions to calf pain. Runners who later had Achilles pain had shifted to faster sessions beforehand (Hein et al. 2014); a trial found no difference in running injuries between building up speed and building up distance (Ramskov et al. 2018, "Run Clever").',
	grade: 'weak',
	opinion: true,
	opinionNote: 'No outcome data tie a rise in fast sessions to calf pain.',
	perShoe: false,
	inputs: ['runner.fastSessions'],
	judge({ runner }) {
		switch (runner.fastSessions) {
			case undefined:
				return unknown('Say whether you run more fast sessions than a month ago.');
			case 'more':
				return { band: 'moderate', why: 'You run more fast sessions than a month ago.' };
			default:
				return {
					band: 'low',
					why: `You run ${runner.fastSessions === 'fewer' ? 'fewer' : 'the same number of'} fast sessions as a month ago.`
				};
		}
	}
});

/* ---- overuse ---- */

/** Opinion: 6 of 12 months is the spec's line for a regular runner; 30 km a week has no source. */
const VOLUME_CUTS = { regularMonths: 6, weeklyKmAbove: 30 };
const volume = rule({
	id: 'overuse.volume',
	factor: 'overuse',
	weight: 1,
	title: 'Weekly distance vs experience',
	cuts: VOLUME_CUTS,
	texts: (c) => ({
		question: `Is your latest week over ${n(c.weeklyKmAbove)} km while you ran regularly in fewer than ${n(c.regularMonths)} of the last 12 months?`,
		bands: [
			{
				band: 'low',
				when: `regular runner (≥ ${n(c.regularMonths)} of 12 months), or latest week ≤ ${n(c.weeklyKmAbove)} km`
			},
			{
				band: 'moderate',
				when: `fewer than ${n(c.regularMonths)} of 12 months and latest week > ${n(c.weeklyKmAbove)} km (opinion)`
			},
			{ band: 'unknown', when: 'the answers given do not decide it' }
		]
	}),
	evidence: 'No study gives this cut-off: it is our opinion.',
	grade: 'opinion',
	opinion: true,
	perShoe: false,
	inputs: ['runner.monthsRunningLast12', 'runner.weeklyKm'],
	judge({ runner, say }, c) {
		const months = runner.monthsRunningLast12;
		const latest = latestWeek(runner);
		if (months !== undefined && months >= c.regularMonths)
			return {
				band: 'low',
				why: `You ran regularly in ${fmt(months)} of the last 12 months.`
			};
		if (latest !== undefined && latest <= c.weeklyKmAbove)
			return {
				band: 'low',
				why: `Your latest week (${say.km(latest)}) is within ${say.cut.km(c.weeklyKmAbove, latest)}.`
			};
		if (months !== undefined && latest !== undefined)
			return {
				band: 'moderate',
				why: `You ran regularly in only ${fmt(months)} of the last 12 months, and your latest week is ${say.km(latest)} (over ${say.cut.km(c.weeklyKmAbove, latest)}).`
			};
		return unknown(
			months === undefined
				? 'Say in how many of the last 12 months you ran every week.'
				: 'Give your weekly distances.'
		);
	}
});

/** "no rest day", "one rest day", "2 rest days". */
function restDays(days: number): string {
	if (days === 0 || days === 1) return `${inWords(days)} rest day`;
	return `${fmt(days)} rest days`;
}

/** Opinion: no rest day in a typical week reads moderate. */
const REST_CUTS = { moderateAtMost: 0 };
const rest = rule({
	id: 'overuse.rest',
	factor: 'overuse',
	weight: 0.5,
	title: 'Rest days',
	cuts: REST_CUTS,
	texts: (c) => ({
		question: 'How many rest days do you take in a typical week?',
		bands: [
			{ band: 'low', when: `${inWords(c.moderateAtMost + 1)} or more rest days a week` },
			{
				band: 'moderate',
				when: `${restDays(c.moderateAtMost)}${c.moderateAtMost > 0 ? ' or fewer' : ''} in a typical week (opinion)`
			},
			{ band: 'unknown', when: 'not answered' }
		]
	}),
	evidence:
		'No study has tested rest days: the cut-off is our opinion. Each weekly hour of other sports was linked to fewer running injuries (Malisoux et al. 2015: hazard ratio 0.85 per hour; all running injuries).',
	grade: 'opinion',
	opinion: true,
	perShoe: false,
	inputs: ['runner.restDaysPerWeek', 'runner.otherSportHoursPerWeek'],
	judge({ runner }, c) {
		const days = runner.restDaysPerWeek;
		if (days === undefined) return unknown('Say how many rest days you take in a typical week.');
		const hours = runner.otherSportHoursPerWeek;
		const sport =
			hours !== undefined && hours > 0
				? ` Other sports (${fmt(hours)} h a week) are linked to fewer running injuries (Malisoux 2015).`
				: '';
		if (days <= c.moderateAtMost)
			return { band: 'moderate', why: `You take ${restDays(days)} in a typical week.${sport}` };
		return { band: 'low', why: `You take ${restDays(days)} a week.${sport}` };
	}
});

/**
 * Silbernagel et al., AJSM 2007 (pain-monitoring model, RCT in Achilles tendinopathy); the cuts
 * are adapted to the calf (opinion). A pain of at least `suddenFrom` that came on suddenly reads
 * as a possible strain (opinion, clinical habit).
 */
const PAIN_CUTS = { moderateAbove: 3, highAbove: 5, suddenFrom: 1 };
/** A pain that came on at one moment of a run: the strain path, not the pain-monitoring rules. */
export function suddenOnset(runner: Runner, c = PAIN_CUTS): boolean {
	const p = runner.pain;
	return p !== undefined && p.onset === 'sudden' && p.duringRun >= c.suddenFrom;
}
function judgePain(runner: Runner, c: typeof PAIN_CUTS): Verdict {
	const p = runner.pain;
	if (!p) return unknown('Rate your calf pain during runs and how it feels the next morning.');
	const during = `Calf pain of ${fmt(p.duringRun)}/10 during the run`;
	if (suddenOnset(runner, c))
		return {
			band: 'high',
			opinion: true,
			why: `${during}, and it came on suddenly at one moment of a run: that suggests a calf strain (our opinion, from clinical habit). Rest it rather than run through it.`
		};
	if (p.nextMorning === 'worse')
		return {
			band: 'high',
			why: `${during}, and the calf is worse than usual the next morning: cut the next session.`
		};
	const settled = 'settled by the next morning';
	if (p.duringRun > c.highAbove)
		return { band: 'high', why: `${during} (over ${fmt(c.highAbove)}/10): cut the next session.` };
	if (p.duringRun > c.moderateAbove)
		return { band: 'moderate', why: `${during}, ${settled}: hold the load.` };
	return { band: 'low', why: `${during}, ${settled}.` };
}

const pain = rule({
	id: 'overuse.pain',
	factor: 'overuse',
	weight: 3,
	title: 'Calf pain (pain-monitoring model)',
	cuts: PAIN_CUTS,
	texts: (c) => ({
		question: 'How much does your calf hurt during runs, and how does it feel the next morning?',
		bands: [
			{ band: 'low', when: `pain ≤ ${n(c.moderateAbove)}/10 and settled next morning` },
			{
				band: 'moderate',
				when: `pain above ${n(c.moderateAbove)} up to ${n(c.highAbove)}/10 and settled (hold the load)`
			},
			{
				band: 'high',
				when: `pain > ${n(c.highAbove)}/10, or the next morning worse than usual (cut the next session); or a pain of ${n(c.suddenFrom)}/10 or more that came on suddenly during a run (a possible strain: opinion)`
			},
			{ band: 'unknown', when: 'not answered' }
		],
		opinionNote:
			'The cut-points adapt a plan made for Achilles tendon pain to the calf; the sudden-onset reading and "see a professional if pain persists about two weeks" are opinion.'
	}),
	evidence:
		'A pain-monitoring plan (keep running while pain stays at 5/10 or less and has settled by the next morning) did as well as rest in a trial of people with Achilles tendon pain (Silbernagel et al., AJSM 2007). It was never tested for calf pain, nor as a way to predict injury: its use here is our adaptation (opinion).',
	grade: 'weak',
	opinion: true,
	perShoe: false,
	inputs: ['runner.pain.duringRun', 'runner.pain.nextMorning', 'runner.pain.onset'],
	judge: ({ runner }, c) => judgePain(runner, c)
});

/** "Current calf pain" in risk-model.md: the pain finding is moderate or high. */
export function hasCurrentCalfPain(runner: Runner): boolean {
	const band = judgePain(runner, PAIN_CUTS).band;
	return band === 'moderate' || band === 'high';
}

/* ---- calf ---- */

/** ±6 reps is the test's day-to-day spread (Hébert-Losier 2017); the N ÷ 2 cut is opinion. */
const STRENGTH_CUTS = {
	moderateBelowNormMinus: HEEL_RAISE_NORMS.dayToDay,
	highBelowNormFraction: 0.5
};
/** "half the norm", or "40% of the norm" for another fraction. */
function share(fraction: number): string {
	return fraction * 2 === 1 ? 'half the norm' : `${pctOf(fraction)} of the norm`;
}

const strength = rule({
	id: 'calf.strength',
	factor: 'calf',
	weight: 2,
	title: 'Calf strength (heel raises)',
	cuts: STRENGTH_CUTS,
	texts: (c) => {
		const below = `N − ${n(c.moderateBelowNormMinus)}`;
		const part = `N ÷ ${n(1 / c.highBelowNormFraction)}`;
		return {
			question: 'How many single-leg heel raises can each leg do, knee straight, to fatigue?',
			bands: [
				{
					band: 'low',
					when: `both legs ≥ ${below} (N: age/sex norm, ${n(HEEL_RAISE_NORMS.default)} if not given)`
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
	perShoe: false,
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

/** Opinion: return-to-sport habit (90% / 80% limb symmetry). */
const SYMMETRY_CUTS = { moderateBelow: 0.9, highBelow: 0.8 };
const symmetry = rule({
	id: 'calf.symmetry',
	factor: 'calf',
	weight: 1,
	title: 'Left–right balance',
	cuts: SYMMETRY_CUTS,
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
	perShoe: false,
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
		const r = settle(weaker / stronger);
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

/** Opinion: clinical knee-to-wall habits; studies disagree on the direction of the effect. */
const FLEX_CUTS = { lowFromCm: 10, highBelowCm: 6, sideDifferenceCm: 2 };
const flexibility = rule({
	id: 'calf.flexibility',
	factor: 'calf',
	weight: 1,
	title: 'Calf flexibility (knee-to-wall)',
	cuts: FLEX_CUTS,
	texts: (c) => ({
		question: 'How far from the wall can each foot be while the knee still touches it?',
		bands: [
			{
				band: 'low',
				when: `worse leg ≥ ${n(c.lowFromCm)} cm and sides within ${n(c.sideDifferenceCm)} cm`
			},
			{
				band: 'moderate',
				when: `worse leg ${n(c.highBelowCm)} to under ${n(c.lowFromCm)} cm, or sides differ by ≥ ${n(c.sideDifferenceCm)} cm (opinion)`
			},
			{ band: 'high', when: `worse leg < ${n(c.highBelowCm)} cm (opinion)` },
			{ band: 'unknown', when: 'not measured' }
		]
	}),
	evidence:
		'Studies disagree on whether tight calves go with more or fewer injuries, and in trials stretching was not linked to fewer sports injuries (Lauersen et al. 2014: risk ratio 0.96; all sports injuries). The cut-offs are opinion.',
	grade: 'opinion',
	opinion: true,
	perShoe: false,
	inputs: ['runner.kneeToWallCm'],
	judge({ runner, say }, c) {
		const k = runner.kneeToWallCm;
		if (!k) return unknown('Measure the knee-to-wall distance on each leg.');
		const worse = Math.min(k.left, k.right);
		const diff = settle(Math.abs(k.left - k.right));
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

/* ---- form ---- */

/** Opinion: the window in which a switch to forefoot counts as recent. */
const STRIKE_CUTS = { recentChangeMonths: 3 };
const strike = rule({
	id: 'form.strike',
	factor: 'form',
	weight: 1,
	title: 'Foot strike',
	cuts: STRIKE_CUTS,
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
		opinionNote: `The ${n(c.recentChangeMonths)}-month window for a recent change is opinion.`
	}),
	evidence:
		'In the lab, landing on the front of the foot loaded the Achilles tendon about 11% more per step than a heel landing (Almonroeder et al. 2013, which pooled midfoot with forefoot landings), and calf muscle forces rose when runners switched to a forefoot landing (Vannatta & Kernozek 2015). These measure load, not injuries: no study has counted calf injuries by foot strike. Runners name their own strike correctly only 43% of the time (Vincent et al. 2024).',
	grade: 'moderate (mechanism; no injury-outcome data)',
	opinion: false,
	perShoe: false,
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

const posture = rule({
	id: 'form.posture',
	factor: 'form',
	weight: 1,
	title: 'Foot posture vs shoe support',
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
	perShoe: true,
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

/* ---- shoe ---- */

/**
 * Malisoux et al., AJSM 2016 (553 runners, drops 10/6/0 mm); Fuller et al. 2017 for step 1.
 * "Regular" = ≥ 6 of 12 months of weekly running; the 6-month windows are opinion.
 */
export const DROP_CUTS = {
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

/** risk-model.md section 2: the strike × drop interaction lifts the drop finding one band. */
export const STRIKE_DROP_RAISE = 1;

/** "one level", "2 levels". */
export function levels(count: number): string {
	return count === 1 ? 'one level' : `${fmt(count)} levels`;
}

export interface DropFacts {
	stated: number;
	measured: number | undefined;
	scored: number;
	transitioning: boolean;
	lowerDropSwitch: boolean;
	/** undefined when the runner did not say (then judged as regular, the cautious reading). */
	regular: boolean | undefined;
}

export function dropFacts(runner: Runner, shoe: Shoe, c = DROP_CUTS): DropFacts {
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
			usual !== undefined && settle(usual - scored) >= c.switchAtLeastMm && transitioning,
		regular: months === undefined ? undefined : months >= c.regularMonths
	};
}

export interface DropVerdict extends Verdict {
	/** Which of the seven ordered steps decided (risk-model.md), before the strike interaction. */
	step: 1 | 2 | 3 | 4 | 5 | 6 | 7;
	raisedByStrike: boolean;
}

export function judgeDrop(
	runner: Runner,
	shoe: Shoe,
	c = DROP_CUTS,
	say: Say = METRIC_SAY
): DropVerdict {
	const f = dropFacts(runner, shoe, c);
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
				why: `It is ${say.mm(settle((usual ?? 0) - f.scored))} below your usual ${say.mm(usual ?? 0)}, run in for under ${plural(c.transitionMonths, 'month', 'months')}, and your calf hurts now.`
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
		if (usual !== undefined && settle(usual - f.scored) >= c.switchAtLeastMm)
			return {
				step: 7,
				band: 'moderate',
				why: `It is ${say.mm(settle(usual - f.scored))} below your usual ${say.mm(usual)}.`
			};
		return {
			step: 7,
			band: 'low',
			why:
				usual === undefined
					? `A drop between ${between}.`
					: `A drop between ${between}, less than ${say.cut.mm(c.switchAtLeastMm, settle(usual - f.scored))} below your usual ${say.mm(usual)}.`
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
	return {
		step: base.step,
		band,
		why: parts.join(' '),
		opinion: base.opinion === true || raisedByStrike,
		raisedByStrike
	};
}

/** One level up (or more), capped at high; unknown stays unknown. */
export function raise(band: Band, levels: number): Band {
	if (band === 'unknown') return band;
	const next = Math.min(BAND_LEVEL[band] + levels, LEVEL_BAND.length - 1);
	return LEVEL_BAND[next] ?? 'high';
}

const drop = rule({
	id: 'shoe.drop',
	factor: 'shoe',
	weight: 2,
	title: 'Heel drop for you',
	cuts: DROP_CUTS,
	texts: (c) => {
		const months = plural(c.transitionMonths, 'month', 'months');
		const steps: { band: KnownBand; when: string }[] = [
			{
				band: 'high',
				when: `minimalist or zero-drop (≤ ${n(c.zeroDropAtMostMm)} mm) shoe run in < ${months}, with a latest week > ${n(c.heavyWeekKmAbove)} km or body mass > ${n(c.heavyBodyKgAbove)} kg`
			},
			{
				band: 'high',
				when: `a lower-drop switch (≥ ${n(c.switchAtLeastMm)} mm below your usual drop, run in < ${months}) with current calf pain`
			},
			{ band: 'low', when: `an occasional runner (< ${n(c.regularMonths)} of 12 months)` },
			{ band: 'low', when: `drop ≥ ${n(c.highDropFromMm)} mm` },
			{
				band: 'low',
				when: `adapted: run in ≥ ${months} with the pain question answered and low (window: opinion)`
			},
			{ band: 'moderate', when: `drop ≤ ${n(c.lowDropAtMostMm)} mm` },
			{
				band: 'moderate',
				when: `drop between ${n(c.lowDropAtMostMm)} and ${n(c.highDropFromMm)} mm and ≥ ${n(c.switchAtLeastMm)} mm below your usual drop; else low`
			}
		];
		return {
			question: "Does this shoe's heel-to-toe drop suit your habit, training and landing?",
			// risk-model.md numbers the steps: the first that matches decides.
			bands: [
				...steps.map((step, i) => ({ ...step, when: `${i + 1}. ${step.when}` })),
				{
					raise: STRIKE_DROP_RAISE,
					when: `then: a forefoot strike with a drop ≤ ${n(c.strikeInteractionAtMostMm)} mm raises the band found above ${levels(STRIKE_DROP_RAISE)}, up to high at most (opinion)`
				}
			],
			opinionNote: `The ${n(c.transitionMonths)}-month adaptation window and the strike × drop interaction are opinion.`
		};
	},
	evidence:
		'In a trial of 553 runners given shoes with a 10, 6 or 0 mm drop (Malisoux et al., AJSM 2016), the drop made no difference overall; in regular runners a low drop was linked to more injuries (hazard ratio 1.67), in occasional runners to fewer (0.48). All running injuries were counted, not calf pain. In the lab, an 18 mm heel lift lowered peak Achilles force by about 12% (Farris et al. 2012) and barefoot or minimal shoes raised it (Sinclair 2014); a fast switch to minimalist shoes was linked to more calf pain (Ryan et al. 2014) and, in heavier runners, to more injuries (Fuller et al. 2017). The 8 mm line and the adaptation window are opinion.',
	grade: 'moderate',
	opinion: false,
	perShoe: true,
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

/** Buldt & Menz 2018: the pathology group's shoes were a mean 6 mm narrower than their feet. */
const TOEBOX_CUTS = { highNarrowerFromMm: 6 };
const TOEBOX_FIT: Record<NonNullable<Shoe['toeBoxFit']>, KnownBand> = {
	roomy: 'low',
	snug: 'moderate',
	squeezed: 'high'
};
const NO_CALF_EVIDENCE = 'No study ties toe-box width to calf pain.';
const TOEBOX_BASIS =
	"A catalog's width is the inside of a men's US 9 sample, so this is a rough comparison; how the shoe feels to you is the better guide.";
const toebox = rule({
	id: 'shoe.toebox',
	factor: 'shoe',
	weight: 0.5,
	title: 'Toe box vs forefoot (foot fit)',
	cuts: TOEBOX_CUTS,
	texts: (c) => ({
		question: 'Is the toe box at least as wide as your forefoot when you stand?',
		bands: [
			{ band: 'low', when: 'fit "roomy"; or, with no fit given, toe box ≥ forefoot width' },
			{
				band: 'moderate',
				when: `fit "snug"; or, with no fit given, narrower by less than ${n(c.highNarrowerFromMm)} mm`
			},
			{
				band: 'high',
				when: `fit "toes squeezed"; or, with no fit given, narrower by ${n(c.highNarrowerFromMm)} mm or more`
			},
			{ band: 'unknown', when: 'neither both widths nor a fit given' }
		]
	}),
	evidence:
		"Most people (63–72%) wear shoes that do not fit the width or length of their feet, which is linked to foot pain and toe problems (Buldt & Menz 2018). In one study they report (Akhtar et al.), people with foot problems wore shoes a mean 6 mm narrower than their feet, but the comparison group's shoes were about 4 mm narrower too. No study ties toe-box width to calf pain. Catalog widths are inner widths of a men's US 9 sample, so compare them with your own tracing only as a rough guide; your own fit rating is the better guide.",
	grade: 'none for the calf',
	opinion: true,
	opinionNote:
		"The article's claim is unsupported for the calf; kept with a small weight because runners ask.",
	perShoe: true,
	inputs: ['runner.forefootWidthMm', 'shoes[].toeBoxWidthMm', 'shoes[].toeBoxFit'],
	judge({ runner, shoe, say }, c) {
		const foot = runner.forefootWidthMm;
		const box = shoe.toeBoxWidthMm;
		// The runner's own fit rating beats a comparison of two measurements on different bases.
		if (shoe.toeBoxFit !== undefined) {
			const label = shoe.toeBoxFit === 'squeezed' ? 'squeeze your toes' : `feel ${shoe.toeBoxFit}`;
			return {
				band: TOEBOX_FIT[shoe.toeBoxFit],
				why: `You say these shoes ${label}. ${NO_CALF_EVIDENCE}`
			};
		}
		if (foot !== undefined && box !== undefined) {
			const narrower = settle(foot - box);
			const sizes = `The toe box (${say.mm(box)})`;
			const basis = `${TOEBOX_BASIS} ${NO_CALF_EVIDENCE}`;
			if (narrower <= 0)
				return {
					band: 'low',
					why: `${sizes} is at least as wide as your forefoot (${say.mm(foot)}). ${basis}`
				};
			return {
				band: narrower >= c.highNarrowerFromMm ? 'high' : 'moderate',
				why: `${sizes} is ${say.mm(narrower)} narrower than your forefoot (${say.mm(foot)}). ${basis}`
			};
		}
		return unknown(
			`Give your forefoot width and the toe-box width in ${say.unitWord('mm')}, or say how the toe box fits.`
		);
	}
});

/** Opinion: the "300–500 miles" industry convention; rotation per Malisoux 2015 (HR 0.61). */
const WEAR_CUTS = { moderateFromKm: 500, highAboveKm: 800, rotationPairs: 2 };
const wear = rule({
	id: 'shoe.wear',
	factor: 'shoe',
	weight: 0.5,
	title: 'Shoe wear',
	cuts: WEAR_CUTS,
	texts: (c) => {
		const range = `${n(c.moderateFromKm)}–${n(c.highAboveKm)} km`;
		return {
			question: 'How far have you run in this shoe, and do you rotate pairs?',
			bands: [
				{
					band: 'low',
					when: `under ${n(c.moderateFromKm)} km; or ${range} while rotating ${inWords(c.rotationPairs)} or more pairs`
				},
				{ band: 'moderate', when: `${range} with one pair (opinion)` },
				{ band: 'high', when: `over ${n(c.highAboveKm)} km, whatever the rotation (opinion)` },
				{ band: 'unknown', when: 'distance not given' }
			]
		};
	},
	evidence:
		'No study ties shoe mileage to injury: the km cut-offs follow the "300–500 miles" industry habit (opinion). Runners who used two or more pairs in turn had fewer running injuries (Malisoux et al. 2015: hazard ratio 0.61; all running injuries).',
	grade: 'opinion',
	opinion: true,
	perShoe: true,
	inputs: ['shoes[].wornKm', 'runner.pairsInRotation'],
	judge({ runner, shoe, say }, c) {
		const km = shoe.wornKm;
		if (km === undefined) return unknown(`Give how many ${say.unitWord('km')} this shoe has done.`);
		const pairs = runner.pairsInRotation ?? 1;
		const done = `This shoe has done ${say.km(km)}`;
		if (km > c.highAboveKm)
			return { band: 'high', why: `${done} (over ${say.cut.km(c.highAboveKm, km)}).` };
		if (km >= c.moderateFromKm) {
			if (pairs >= c.rotationPairs)
				return { band: 'low', why: `${done}, but you rotate ${plural(pairs, 'pair', 'pairs')}.` };
			return {
				band: 'moderate',
				why: `${done} (${say.cut.range(c.moderateFromKm, c.highAboveKm, 'km', km)}) and you run in one pair.`
			};
		}
		return { band: 'low', why: `${done} (under ${say.cut.km(c.moderateFromKm, km)}).` };
	}
});

/** One row per finding id of api.md, in api.md's order. */
export const FINDING_RULES: readonly FindingRule<object>[] = [
	spike,
	weekly,
	pace,
	volume,
	rest,
	pain,
	strength,
	symmetry,
	flexibility,
	strike,
	posture,
	drop,
	toebox,
	wear
] as FindingRule<object>[];

export const TOTAL_WEIGHT = FINDING_RULES.reduce((sum, r) => sum + r.weight, 0);

/** Every row's cut-points by finding id: what the tips, notes and method page quote. */
export interface CutTable {
	'load.spike': typeof SPIKE_CUTS;
	'load.weekly': typeof WEEKLY_CUTS;
	'overuse.volume': typeof VOLUME_CUTS;
	'overuse.rest': typeof REST_CUTS;
	'overuse.pain': typeof PAIN_CUTS;
	'calf.strength': typeof STRENGTH_CUTS;
	'calf.symmetry': typeof SYMMETRY_CUTS;
	'calf.flexibility': typeof FLEX_CUTS;
	'form.strike': typeof STRIKE_CUTS;
	'shoe.drop': typeof DROP_CUTS;
	'shoe.toebox': typeof TOEBOX_CUTS;
	'shoe.wear': typeof WEAR_CUTS;
}

const ENGINE_CUTS: CutTable = {
	'load.spike': SPIKE_CUTS,
	'load.weekly': WEEKLY_CUTS,
	'overuse.volume': VOLUME_CUTS,
	'overuse.rest': REST_CUTS,
	'overuse.pain': PAIN_CUTS,
	'calf.strength': STRENGTH_CUTS,
	'calf.symmetry': SYMMETRY_CUTS,
	'calf.flexibility': FLEX_CUTS,
	'form.strike': STRIKE_CUTS,
	'shoe.drop': DROP_CUTS,
	'shoe.toebox': TOEBOX_CUTS,
	'shoe.wear': WEAR_CUTS
};

/** The cut-points of a table of rows (the engine's by default), for texts outside the rows. */
export function cutsOf(rules: readonly FindingRule<object>[] = FINDING_RULES): CutTable {
	const out = { ...ENGINE_CUTS } as Record<string, object>;
	for (const r of rules) if (r.id in out) out[r.id] = { ...out[r.id], ...r.cuts };
	return out as unknown as CutTable;
}

/** What a text outside the rows is written from: the display units and the cut-points. */
export interface TextContext {
	say: Say;
	cuts: CutTable;
}

/** The engine's own sentences in the given units (metric, the API's, by default). */
export function textContext(units?: Units): TextContext {
	return { say: units ? sayIn(units) : METRIC_SAY, cuts: ENGINE_CUTS };
}

export function ruleFor(id: FindingId): FindingRule<object> {
	const row = FINDING_RULES.find((r) => r.id === id);
	if (!row) throw new Error(`No rule for ${id}`);
	return row;
}

/* ------------------------------------------------------------------ tips */

export type TipCondition =
	| { finding: FindingId; bands: readonly KnownBand[] }
	| { fact: 'lowerDropSwitch' }
	| { fact: 'scoredDropAtMost'; mm: number };

/** Each finding's band, by id. */
export type BandsById = Readonly<Record<FindingId, Band>>;

/** What a tip is worded from for one runner and one shoe. */
export interface TipFacts {
	runner: Runner;
	bands: BandsById;
	drop: DropFacts;
	triage: TriageLevel;
}

/** The heel lift the tip suggests, in mm: opinion (clinics use 2.5–15 mm; Farris 2012 tested 12 and 18). */
const HEEL_LIFT_MM = { from: 5, to: 10 };
/** Heiderscheit et al. 2011: +5–10% step rate at the same pace (Lyght 2016: +5%). */
const CADENCE_RAISE = { from: 1.05, to: 1.1 };
/** Opinion: after high or sudden calf pain, restart at no more than this share of the latest run. */
export const RESTART_SHARE = 0.7;

export interface TipTrigger {
	/** For the method page. */
	when: string;
	/** All must hold. */
	all: readonly TipCondition[];
}

export interface TipRule {
	id: TipId;
	title: string;
	/** The tip in general (the method page's text), in the units and cut-points given. */
	text(ctx: TextContext): string;
	/** What one runner reads, where it depends on their answers; `text` otherwise. */
	textFor?(facts: TipFacts, ctx: TextContext): string;
	/** Plain words first: what was found, in whom, for which injury; then the statistic. */
	evidence: string;
	/** The evidence for what one runner reads, where `textFor` leaves parts out. */
	evidenceFor?(facts: TipFacts): string;
	/** Alternatives: any one gives the tip. Empty for see-a-professional (triage decides). */
	triggers: readonly TipTrigger[];
	/** A sentence with the runner's own numbers, appended when they were given. */
	personal?: (facts: TipFacts, ctx: TextContext) => string | undefined;
}

const MOD_HIGH = ['moderate', 'high'] as const;

/** "5–10%", from the cadence range. */
function cadenceRaise(): string {
	return `${fmt(Math.round((CADENCE_RAISE.from - 1) * 100))}–${pctAbove(CADENCE_RAISE.to)}`;
}
const band = (finding: FindingId, ...bands: KnownBand[]): TipCondition => ({ finding, bands });
const isIn = (b: Band, bands: readonly KnownBand[]) => b !== 'unknown' && bands.includes(b);
/** Calf pain high, or a sudden onset (which reads high): rest first. */
const restFirst = ({ bands }: TipFacts) => bands['overuse.pain'] === 'high';

/** A distance a tip quotes: metric keeps a tenth of a km, other units round as the forms do. */
function distance(km: number, say: Say): string {
	return say.km(say.units.distance === 'km' ? Math.round(km * 10) / 10 : km);
}

/**
 * The article's first treatment ("avoid running or reduce intensity until the soreness
 * subsides") for high or sudden calf pain. It quotes no distance above the latest run.
 */
function painRest(ctx: TextContext): string {
	return `Skip your next runs. Walk as pain allows (heel wedges or, if walking hurts, crutches for a few days: the article's advice). Start again only when walking is pain-free and the calf has settled by the next morning, at no more than about ${pctOf(RESTART_SHARE)} of your latest run (our opinion), then build back within ${pctAbove(ctx.cuts['load.spike'].moderateAbove)} of your longest.`;
}
const LIMP =
	'See a physiotherapist if you still limp after 3–5 days (our opinion, from clinical habit).';

function spikeRest({ cuts }: TextContext): string {
	return `Shorten your next runs: keep every run within ${pctAbove(cuts['load.spike'].moderateAbove)} of your longest run in the 30 days before it. After a month or more off, start well below your old longest run.`;
}

/** The corrective-shoes advice, one clause per finding that earned it. */
const SHOE_CLAUSES: readonly {
	applies(f: TipFacts): boolean;
	text(ctx: TextContext): string;
	evidence: string;
}[] = [
	{
		applies: (f) => isIn(f.bands['shoe.drop'], MOD_HIGH),
		text: ({ say, cuts }) =>
			`while your calves adapt, a drop of ${say.cut.mm(cuts['shoe.drop'].highDropFromMm)} or more (our opinion: no trial has tested a drop for the calf)`,
		evidence:
			'In a trial of 553 runners, a low drop was linked to more injuries of all kinds in regular runners (Malisoux et al., AJSM 2016).'
	},
	{
		applies: (f) => isIn(f.bands['shoe.toebox'], MOD_HIGH),
		text: () =>
			'a toe box at least as wide as your forefoot, or a wide last (2E or 4E for men, D or 2E for women)',
		evidence: 'Ill-fitting shoes are linked to foot pain, not calf pain (Buldt & Menz 2018).'
	},
	{
		applies: (f) => isIn(f.bands['form.posture'], MOD_HIGH),
		text: () =>
			'for pronated feet, a motion-control shoe (a stability shoe is milder and was not tested)',
		evidence:
			'In a trial, runners with pronated feet had fewer running injuries in motion-control shoes (Malisoux et al., Br J Sports Med 2016: hazard ratio 0.34); stability shoes were not tested.'
	},
	{
		applies: (f) => f.bands['shoe.wear'] === 'high',
		text: ({ say, cuts }) =>
			`replace pairs past about ${say.cut.km(cuts['shoe.wear'].highAboveKm)}, or rotate ${inWords(cuts['shoe.wear'].rotationPairs)} or more pairs`,
		evidence:
			'Runners who used two or more pairs in turn had fewer running injuries (Malisoux et al. 2015: hazard ratio 0.61); the mileage is an industry habit (opinion).'
	}
];
const shoeAdvice = (clauses: readonly string[]) => `When you choose shoes: ${clauses.join('; ')}.`;

const CALF_RAISES =
	'Do single-leg calf raises with the knee straight and with the knee bent (for the soleus): 3 sets of 15 on each leg, 3 times a week, adding weight (a backpack) every 1–2 weeks once 15 feel easy. Add wall sits (3 × 30–60 s) and lunges (3 × 10 each leg) as general strength.';
const cadenceText = () =>
	`Raise your step rate by ${cadenceRaise()} at the same pace, for a few minutes per run at first, with a metronome app. There is no evidence-based target; the folk 180 steps per minute has no source.`;
/** "Once …: do single-leg …": a condition put before a tip's own text. */
const after = (condition: string, text: string) =>
	`${condition}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The order of risk-model.md's tip table (the tie order for ranking tips). */
export const TIPS: readonly TipRule[] = [
	{
		id: 'rest-reduce-load',
		title: 'Cut the next runs back',
		text: (ctx) =>
			`With high calf pain, or pain that came on suddenly: ${painRest(ctx)} Without calf pain: ${spikeRest(ctx)}`,
		textFor: (f, ctx) =>
			restFirst(f) ? `${painRest(ctx)}${suddenOnset(f.runner) ? ` ${LIMP}` : ''}` : spikeRest(ctx),
		evidence:
			'In 5,205 runners, a run more than 10% longer than their longest of the previous month was followed by about 1.5 to 2.3 times as many injuries (all running injuries, not only the calf; Frandsen et al. 2025). The restart share is our opinion.',
		triggers: [
			{ when: 'single-run spike high', all: [band('load.spike', 'high')] },
			{ when: 'calf pain high, or sudden', all: [band('overuse.pain', 'high')] }
		],
		personal(f, { say, cuts }) {
			const { longestRunLast30DaysKm: longest, nextRunKm: latest } = f.runner;
			if (restFirst(f)) {
				if (latest === undefined || latest === 0) return undefined;
				return `For you: restart at no more than about ${distance(latest * RESTART_SHARE, say)} (your latest run was ${say.km(latest)}).`;
			}
			if (longest === undefined || longest === 0) return undefined;
			const most = longest * cuts['load.spike'].moderateAbove;
			return `For you: at most ${distance(most, say)} while your longest run in the 30 days before was ${say.km(longest)}.`;
		}
	},
	{
		id: 'hold-load',
		title: 'Hold your load',
		text: ({ cuts }) =>
			`Run no further than your latest run, and keep your weekly distance and pace where they are, until calf pain during runs is ${fmt(cuts['overuse.pain'].moderateAbove)}/10 or less and settled by the next morning; then build again.`,
		evidence:
			'A pain-monitoring plan did as well as rest in a trial of people with Achilles tendon pain (Silbernagel et al. 2007); it was not tested for the calf, so its use here is our adaptation (opinion).',
		triggers: [{ when: 'calf pain moderate', all: [band('overuse.pain', 'moderate')] }],
		personal({ runner }, { say }) {
			const latest = runner.nextRunKm;
			if (latest === undefined || latest === 0) return undefined;
			return `For you: no run longer than ${say.km(latest)}.`;
		}
	},
	{
		id: 'calf-strengthening',
		title: 'Strengthen your calves',
		text: () => CALF_RAISES,
		textFor: (f) =>
			restFirst(f)
				? after(
						'Once walking is pain-free and the calf has settled by the next morning',
						CALF_RAISES
					)
				: CALF_RAISES,
		evidence:
			'In trials, strength training was linked to about a third as many sports injuries (Lauersen et al. 2014: risk ratio 0.32; all sports injuries, not only the calf). Sets, reps and progression are common practice (opinion).',
		triggers: [
			{ when: 'calf strength moderate or high', all: [band('calf.strength', ...MOD_HIGH)] },
			{ when: 'calf balance moderate or high', all: [band('calf.symmetry', ...MOD_HIGH)] },
			{ when: 'calf flexibility moderate or high', all: [band('calf.flexibility', ...MOD_HIGH)] },
			{ when: 'a lower-drop switch', all: [{ fact: 'lowerDropSwitch' }] },
			{ when: 'forefoot strike', all: [band('form.strike', ...MOD_HIGH)] }
		]
	},
	{
		id: 'heel-wedges',
		title: 'Try a temporary heel lift',
		text: ({ say }) =>
			`Put a heel lift of ${say.cut.range(HEEL_LIFT_MM.from, HEEL_LIFT_MM.to, 'mm')} in the shoe while calf pain settles or your calves adapt, then remove it over 2–4 weeks. The height is our opinion: only a higher lift has been shown to lower Achilles load.`,
		evidence:
			'In a lab study, an 18 mm heel lift lowered peak Achilles force by about 12% and a 12 mm lift made no significant difference (Farris et al. 2012). Clinics use 2.5–15 mm; 5–10 mm is below any height tested to work, and the weaning time is opinion.',
		triggers: [
			{
				when: 'current calf pain with heel drop moderate or high',
				all: [band('overuse.pain', ...MOD_HIGH), band('shoe.drop', ...MOD_HIGH)]
			},
			{
				when: `forefoot strike in a shoe with a drop of ${fmt(DROP_CUTS.lowDropAtMostMm)} mm or less`,
				all: [
					band('form.strike', ...MOD_HIGH),
					{ fact: 'scoredDropAtMost', mm: DROP_CUTS.lowDropAtMostMm }
				]
			}
		]
	},
	{
		id: 'corrective-shoes',
		title: 'Change or rotate shoes',
		text: (ctx) => shoeAdvice(SHOE_CLAUSES.map((c) => c.text(ctx))),
		textFor: (f, ctx) => {
			const clauses = SHOE_CLAUSES.filter((c) => c.applies(f));
			return shoeAdvice((clauses.length ? clauses : SHOE_CLAUSES).map((c) => c.text(ctx)));
		},
		evidence: SHOE_CLAUSES.map((c) => c.evidence).join(' '),
		evidenceFor: (f) => {
			const clauses = SHOE_CLAUSES.filter((c) => c.applies(f));
			return (clauses.length ? clauses : SHOE_CLAUSES).map((c) => c.evidence).join(' ');
		},
		triggers: [
			{ when: 'heel drop moderate or high', all: [band('shoe.drop', ...MOD_HIGH)] },
			{ when: 'toe box moderate or high', all: [band('shoe.toebox', ...MOD_HIGH)] },
			{
				when: 'foot posture vs support moderate or high',
				all: [band('form.posture', ...MOD_HIGH)]
			},
			{ when: 'shoe wear high', all: [band('shoe.wear', 'high')] }
		]
	},
	{
		id: 'gradual-transition',
		title: 'Change gradually',
		text: () =>
			'Move to a lower drop or a forefoot landing over 8–12 weeks: start with about 10% of your weekly distance in the new shoe or style, add about 10% of it each week, and do calf raises alongside.',
		evidence:
			'A fast switch to minimalist shoes was linked to more calf pain (Ryan et al. 2014) and, in heavier runners, to more injuries (Fuller et al. 2017). The timelines are opinion.',
		triggers: [
			{ when: 'a lower-drop switch', all: [{ fact: 'lowerDropSwitch' }] },
			{ when: 'forefoot strike adopted recently', all: [band('form.strike', 'high')] }
		]
	},
	{
		id: 'cadence',
		title: 'Take slightly quicker steps',
		text: cadenceText,
		textFor: (f) => (restFirst(f) ? after('When you run again', cadenceText()) : cadenceText()),
		evidence:
			'In the lab, a 5–10% higher step rate lowered the load on the knee and hip (Heiderscheit et al. 2011) and +5% lowered Achilles tendon stress (Lyght et al. 2016). These measure load: no study has shown fewer injuries.',
		triggers: [
			{ when: 'forefoot strike', all: [band('form.strike', ...MOD_HIGH)] },
			{ when: 'current calf pain', all: [band('overuse.pain', ...MOD_HIGH)] }
		],
		personal({ runner }) {
			const spm = runner.cadenceSpm;
			if (spm === undefined) return undefined;
			return `For you: from ${fmt(spm)} to ${Math.round(spm * CADENCE_RAISE.from)}–${Math.round(spm * CADENCE_RAISE.to)} steps per minute.`;
		}
	},
	{
		id: 'massage-foam-roller',
		title: 'Massage or foam-roll if it helps',
		text: () => 'Roll or massage each calf for 1–2 minutes after runs if it eases soreness.',
		evidence:
			'Foam rolling may ease soreness a little (Wiewelhove et al. 2019); it has not been shown to prevent injury.',
		triggers: [{ when: 'calf pain moderate', all: [band('overuse.pain', 'moderate')] }]
	},
	{
		id: 'ice-compression-elevation',
		title: 'Protect, elevate, compress',
		text: () =>
			'For the first 2–3 days: protect the calf, keep it raised and wear a compression sleeve or bandage; then load it again gradually as pain allows. Use ice for comfort only and skip routine anti-inflammatories. The article advises ice for 15–20 minutes several times a day; current guidance no longer does.',
		evidence:
			'Current guidance for soft-tissue injuries (PEACE & LOVE, Dubois & Esculier 2020, an expert consensus) favours protection, elevation and compression, then gradual loading, over routine ice and anti-inflammatories.',
		triggers: [{ when: 'calf pain high, or sudden', all: [band('overuse.pain', 'high')] }]
	},
	{
		id: 'recovery-days',
		title: 'Keep recovery days',
		text: ({ cuts }) => {
			const days = cuts['overuse.rest'].moderateAtMost + 1;
			return `Keep at least ${plural(days, 'easy or rest day', 'easy or rest days')} a week; swap a run for cycling or swimming if you want to keep moving.`;
		},
		evidence:
			'No study has tested rest days: the one-day minimum is opinion. Each weekly hour of other sports was linked to fewer running injuries (Malisoux et al. 2015: hazard ratio 0.85 per hour; all running injuries).',
		triggers: [
			{ when: 'rest days moderate', all: [band('overuse.rest', 'moderate')] },
			{ when: 'weekly distance vs experience moderate', all: [band('overuse.volume', 'moderate')] }
		]
	},
	{
		id: 'see-a-professional',
		title: 'Get checked first',
		text: () =>
			'Follow the warning card: get care as it says. With an urgent or emergency sign, do not run, exercise or test the calf until you have been checked.',
		textFor: ({ triage }) =>
			triage === 'see-clinician'
				? 'Book the appointment the warning card names. Until then, follow the tips below, and stop any that make the pain worse.'
				: 'Get care now, as the warning card says. Do not run, exercise or test the calf until you have been checked.',
		evidence:
			'The article\'s own advice: "seek professional advice when needed". The warning signs follow NHS guidance on blood clots, compartment syndrome and cellulitis, and NICE guidance on a blocked artery.',
		triggers: []
	}
];

/* ------------------------------------------------------------------ sharpen */

export interface SharpenRule {
	id: string;
	label(ctx: TextContext): string;
	/** The findings an answer would decide, when they are unknown now. */
	findings: readonly FindingId[];
	/**
	 * For a finding that two answers can each decide (weekly distance vs experience: months of
	 * running or weekly distance), whether this row's own answer is the one not given. Without
	 * an entry, an unknown finding counts: this row's answer is its missing input. So a finding
	 * that stays unknown for want of the other answer never makes this row ask again for what
	 * the runner gave.
	 */
	missing?: Partial<Record<FindingId, (runner: Runner) => boolean>>;
	/** A physical self-test: never suggested under a warning sign. */
	physical?: true;
}

/** The answers and self-tests that cover more of the evidence, in their order for equal gains. */
export const SHARPEN: readonly SharpenRule[] = [
	{
		id: 'run-distances',
		label: () => 'Give your latest run and your longest run in the 30 days before it',
		findings: ['load.spike']
	},
	{
		id: 'pain-questions',
		label: () => 'Rate your calf pain during runs and the next morning',
		findings: ['overuse.pain']
	},
	{
		id: 'heel-raise-test',
		label: () => 'Count single-leg heel raises on each leg (knee straight, to fatigue)',
		findings: ['calf.strength', 'calf.symmetry'],
		physical: true
	},
	{
		id: 'foot-strike-video',
		label: () => 'Film a slow-motion phone video of your foot strike',
		findings: ['form.strike']
	},
	{
		id: 'knee-to-wall',
		label: () => 'Measure the knee-to-wall distance on each leg',
		findings: ['calf.flexibility'],
		physical: true
	},
	{
		id: 'foot-posture',
		label: () => 'Check whether your arches roll in (foot posture)',
		findings: ['form.posture']
	},
	{
		id: 'weekly-km',
		label: ({ cuts }) =>
			`Give at least ${plural(cuts['load.weekly'].minWeeks, 'week', 'weeks', inWords)} of weekly distance`,
		findings: ['load.weekly', 'overuse.volume'],
		// Any week given tells the experience finding the latest week; more weeks add nothing to it.
		missing: { 'overuse.volume': (runner) => latestWeek(runner) === undefined }
	},
	{
		id: 'months-running',
		label: () => 'Say in how many of the last 12 months you ran every week',
		findings: ['overuse.volume'],
		missing: { 'overuse.volume': (runner) => runner.monthsRunningLast12 === undefined }
	},
	{
		id: 'rest-days',
		label: () => 'Say how many rest days you take a week',
		findings: ['overuse.rest']
	},
	{
		id: 'fast-sessions',
		label: () => 'Say whether you run more fast sessions than a month ago',
		findings: ['load.pace']
	},
	{
		id: 'toe-box',
		label: () => 'Measure your forefoot and the toe box, or rate the toe-box fit',
		findings: ['shoe.toebox']
	},
	{
		id: 'shoe-km',
		label: ({ say }) => `Give how many ${say.unitWord('km')} each shoe has done`,
		findings: ['shoe.wear']
	}
];

/** What the method page says besides the rows, written from the engine's cut-points. */
export const METHOD_NOTES = methodNotes(cutsOf(), {
	factor: FACTOR_BAND_CUTS,
	index: INDEX_BAND_CUTS
});
export const INTERPRETATIONS = interpretations(cutsOf());
