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

/**
 * One row: its id, the findings it decides, what it asks (fixed words, or written from the rules'
 * cut-points and the runner's units) and its extras.
 */
const ask = (
	id: string,
	findings: readonly FindingId[],
	label: string | SharpenRule['label'],
	more: Pick<SharpenRule, 'missing' | 'physical'> = {}
): SharpenRule => ({
	id,
	findings,
	label: typeof label === 'string' ? () => label : label,
	...more
});

/** The answers and self-tests that cover more of the evidence, in their order for equal gains. */
export const SHARPEN: readonly SharpenRule[] = [
	ask(
		'run-distances',
		['load.spike'],
		'Give your latest run and your longest run in the 30 days before it'
	),
	ask('pain-questions', ['overuse.pain'], 'Rate your calf pain during runs and the next morning'),
	ask(
		'heel-raise-test',
		['calf.strength', 'calf.symmetry'],
		'Count single-leg heel raises on each leg (knee straight, to fatigue)',
		{ physical: true }
	),
	ask('foot-strike-video', ['form.strike'], 'Film a slow-motion phone video of your foot strike'),
	ask('knee-to-wall', ['calf.flexibility'], 'Measure the knee-to-wall distance on each leg', {
		physical: true
	}),
	ask('foot-posture', ['form.posture'], 'Check whether your arches roll in (foot posture)'),
	ask(
		'weekly-km',
		['load.weekly', 'overuse.volume'],
		({ row }) =>
			`Give at least ${plural(row('load.weekly').cuts.minWeeks, 'week', 'weeks', inWords)} of weekly distance`,
		// Any week given tells the experience finding the latest week; more weeks add nothing to it.
		{ missing: { 'overuse.volume': (runner) => latestWeek(runner) === undefined } }
	),
	ask(
		'months-running',
		['overuse.volume'],
		'Say in how many of the last 12 months you ran every week',
		{
			missing: { 'overuse.volume': (runner) => runner.monthsRunningLast12 === undefined }
		}
	),
	ask('rest-days', ['overuse.rest'], 'Say how many rest days you take a week'),
	ask('fast-sessions', ['load.pace'], 'Say whether you run more fast sessions than a month ago'),
	ask('toe-box', ['shoe.toebox'], 'Measure your forefoot and the toe box, or rate the toe-box fit'),
	ask(
		'shoe-km',
		['shoe.wear'],
		({ say }) => `Give how many ${say.unitWord('km')} each shoe has done`
	)
];
