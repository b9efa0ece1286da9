/**
 * The answers and self-tests that cover more of the evidence, as data: what each asks for and
 * which findings it decides. sharpen.ts chooses and orders them for one assessment.
 */
import type { FindingId, Runner } from './schema';
import { latestWeek } from './rule';
import type { TextContext } from './rules';
import { inWords, plural } from './text';

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
		label: ({ row }) =>
			`Give at least ${plural(row('load.weekly').cuts.minWeeks, 'week', 'weeks', inWords)} of weekly distance`,
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
