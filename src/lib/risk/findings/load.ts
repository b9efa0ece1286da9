/** Training load: the single-run spike, the weekly progression and a rise in fast sessions. */
import type { Band } from '../schema';
import { rule, unknown } from '../rule';
import { inWords, pctAbove, plural, ratioText, sixDecimals } from '../text';

const spike = rule('load.spike', 'Single-run spike', {
	// Frandsen et al. 2025: HRR 1.64 above +10%, 2.28 above +100% of the 30-day longest run.
	cuts: { moderateAbove: 1.1, highAbove: 2.0 },
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
		const r = sixDecimals(next / longest);
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

const weekly = rule('load.weekly', 'Weekly progression', {
	// Nielsen et al. 2014 studied progression above 30% (HR 1.59, not significant). The latest
	// week is compared with the one two weeks earlier; three weeks are the fewest that hold both.
	cuts: { moderateAbove: 1.3, weeksBack: 2, minWeeks: 3 },
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
		const r = sixDecimals(latest / earlier);
		const band: Band = r > c.moderateAbove ? 'moderate' : 'low';
		const base = `the week ${plural(c.weeksBack, 'week', 'weeks', inWords)} earlier (${say.km(earlier)})`;
		if (r <= 1) return { band, why: `Your latest week (${say.km(latest)}) is not above ${base}.` };
		return {
			band,
			why: `Your latest week (${say.km(latest)}) is ${pctAbove(r)} above ${base}.`
		};
	}
});

const pace = rule('load.pace', 'More fast sessions', {
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

/** The factor's rows, in the contract's order of finding ids. */
export const rules = [spike, weekly, pace] as const;
