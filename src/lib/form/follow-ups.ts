/**
 * The optional questions after the quick check, in short steps. Each step answers one or more
 * of the engine's "cover more of the evidence" items; the steps are offered in the order of
 * what they would add for this runner, and a step whose answers are all given goes last.
 */
import type { Sharpen } from '../risk/schema';
import { WEEKS_SHOWN, type FormValues } from './fields';

export interface FollowUp {
	id: string;
	title: string;
	/** The engine's sharpen items this step answers. */
	sharpen: readonly string[];
	/** The runner's fields in the step, by name (a shoe's below `shoes.<i>.`). */
	runner: readonly string[];
	shoe: readonly string[];
}

const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => `runner.weeklyKm.${i}`);

/** In the order offered when nothing tells them apart. */
export const FOLLOW_UPS: readonly FollowUp[] = [
	{
		id: 'weeks',
		title: 'Your weekly distances',
		sharpen: ['weekly-km', 'fast-sessions'],
		runner: [...weeks, 'runner.fastSessions'],
		shoe: []
	},
	{
		id: 'heel-raises',
		title: 'Heel-raise test',
		sharpen: ['heel-raise-test'],
		runner: ['runner.heelRaises.left', 'runner.heelRaises.right', 'runner.heelRaisePain'],
		shoe: []
	},
	{
		id: 'knee-to-wall',
		title: 'Knee-to-wall test',
		sharpen: ['knee-to-wall'],
		runner: ['runner.kneeToWallCm.left', 'runner.kneeToWallCm.right'],
		shoe: []
	},
	{
		id: 'form',
		title: 'Your feet and stride',
		sharpen: ['foot-posture', 'foot-strike-video'],
		runner: ['runner.footPosture', 'runner.footStrikeChangedRecently', 'runner.cadenceSpm'],
		shoe: []
	},
	{
		id: 'fit',
		title: 'Toe box and fit',
		sharpen: ['toe-box'],
		runner: ['runner.forefootWidthMm'],
		shoe: ['toeBoxWidthMm', 'toeBoxFit']
	},
	{
		id: 'shoe',
		title: 'More about the shoe',
		sharpen: ['shoe-km'],
		runner: ['runner.pairsInRotation'],
		shoe: ['measuredDropMm', 'support', 'minimalist', 'wornKm', 'monthsWorn']
	},
	{
		id: 'habits',
		title: 'Your running year and rest',
		sharpen: ['months-running', 'rest-days'],
		runner: [
			'runner.monthsRunningLast12',
			'runner.restDaysPerWeek',
			'runner.otherSportHoursPerWeek'
		],
		shoe: []
	},
	{
		id: 'about',
		title: 'About you',
		sharpen: [],
		runner: ['runner.age', 'runner.sex', 'runner.bodyMassKg', 'runner.previousCalfInjury'],
		shoe: []
	}
];

/** The field names of a step, with its shoe fields in fieldset `slot` (none when null). */
export function stepFields(step: FollowUp, slot: number | null): string[] {
	return [...step.runner, ...(slot === null ? [] : step.shoe.map((k) => `shoes.${slot}.${k}`))];
}

export interface OfferedStep {
	step: FollowUp;
	/** Up to this share of the evidence more would be covered (0 when nothing is known). */
	adds: number;
	/** Every field of the step has an answer. */
	answered: boolean;
}

/**
 * The steps in the order offered: the most the step's answers would add first (the sharpen
 * list's figures), then the table's order; steps already answered last.
 */
export function offeredSteps(
	sharpen: readonly Sharpen[],
	values: FormValues,
	slot: number | null
): OfferedStep[] {
	const adds = new Map(sharpen.map((s) => [s.id, s.adds]));
	return FOLLOW_UPS.map((step, order) => {
		const fields = stepFields(step, slot);
		const answered = fields.every((name) => (values[name] ?? '').trim() !== '');
		return {
			order,
			offered: {
				step,
				adds: Math.max(0, ...step.sharpen.map((id) => adds.get(id) ?? 0)),
				answered
			}
		};
	})
		.sort(
			(a, b) =>
				Number(a.offered.answered) - Number(b.offered.answered) ||
				b.offered.adds - a.offered.adds ||
				a.order - b.order
		)
		.map(({ offered }) => offered);
}
