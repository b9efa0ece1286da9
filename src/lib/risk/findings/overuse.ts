/** Overuse: weekly distance against experience, rest days, and calf pain during runs. */
import type { Runner } from '../schema';
import { latestWeek, rule, unknown, type Verdict } from '../rule';
import { fmt, inWords } from '../text';

const volume = rule('overuse.volume', 'Weekly distance vs experience', {
	// Opinion: 6 of 12 months is the line for a regular runner; 30 km a week has no source.
	cuts: { regularMonths: 6, weeklyKmAbove: 30 },
	texts: (c) => ({
		question: `Is your latest week over ${fmt(c.weeklyKmAbove)} km while you ran regularly in fewer than ${fmt(c.regularMonths)} of the last 12 months?`,
		bands: [
			{
				band: 'low',
				when: `regular runner (≥ ${fmt(c.regularMonths)} of 12 months), or latest week ≤ ${fmt(c.weeklyKmAbove)} km`
			},
			{
				band: 'moderate',
				when: `fewer than ${fmt(c.regularMonths)} of 12 months and latest week > ${fmt(c.weeklyKmAbove)} km (opinion)`
			},
			{ band: 'unknown', when: 'the answers given do not decide it' }
		]
	}),
	evidence: 'No study gives this cut-off: it is our opinion.',
	grade: 'opinion',
	opinion: true,
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

const rest = rule('overuse.rest', 'Rest days', {
	// Opinion: no rest day in a typical week reads moderate.
	cuts: { moderateAtMost: 0 },
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
 * as a possible strain (opinion, clinical habit). The functions below take these cut-points, or
 * a row's changed copy of them.
 */
const PAIN_CUTS = { moderateAbove: 3, highAbove: 5, suddenFrom: 1 };
type PainCuts = Readonly<typeof PAIN_CUTS>;

/** A pain that came on at one moment of a run: the strain path, not the pain-monitoring rules. */
function sudden(runner: Runner, c: PainCuts): boolean {
	const p = runner.pain;
	return p !== undefined && p.onset === 'sudden' && p.duringRun >= c.suddenFrom;
}

function judgePain(runner: Runner, c: PainCuts): Verdict {
	const p = runner.pain;
	if (!p) return unknown('Rate your calf pain during runs and how it feels the next morning.');
	const during = `Calf pain of ${fmt(p.duringRun)}/10 during the run`;
	if (sudden(runner, c))
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

const pain = rule('overuse.pain', 'Calf pain (pain-monitoring model)', {
	cuts: PAIN_CUTS,
	texts: (c) => ({
		question: 'How much does your calf hurt during runs, and how does it feel the next morning?',
		bands: [
			{ band: 'low', when: `pain ≤ ${fmt(c.moderateAbove)}/10 and settled next morning` },
			{
				band: 'moderate',
				when: `pain above ${fmt(c.moderateAbove)} up to ${fmt(c.highAbove)}/10 and settled (hold the load)`
			},
			{
				band: 'high',
				when: `pain > ${fmt(c.highAbove)}/10, or the next morning worse than usual (cut the next session); or a pain of ${fmt(c.suddenFrom)}/10 or more that came on suddenly during a run (a possible strain: opinion)`
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
	inputs: ['runner.pain.duringRun', 'runner.pain.nextMorning', 'runner.pain.onset'],
	judge: ({ runner }, c) => judgePain(runner, c)
});

/** A calf pain of at least the pain row's sudden cut that came on at one moment of a run. */
export function suddenOnset(runner: Runner): boolean {
	return sudden(runner, pain.cuts);
}

/** Current calf pain: the engine's pain finding reads moderate or high. */
export function hasCurrentCalfPain(runner: Runner): boolean {
	const band = judgePain(runner, pain.cuts).band;
	return band === 'moderate' || band === 'high';
}

/** The factor's rows, in the contract's order of finding ids. */
export const rules = [volume, rest, pain] as const;
