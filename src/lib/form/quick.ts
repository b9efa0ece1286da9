/**
 * The quick check: the few answers that give a full result in about a minute (warning signs
 * aside, which come first as one list). Every other question is a follow-up step. QuickFields
 * lays these out by hand (pairs, hints, the onset asked once there is pain); these lists are
 * what the tests hold it and the follow-up steps to: the form asks exactly these, and the
 * steps ask every other question once.
 */

/** The runner's quick questions, in the order asked. */
export const QUICK_RUNNER = [
	'runner.usualDropMm',
	'runner.nextRunKm',
	'runner.longestRunLast30DaysKm',
	'runner.pain.duringRun',
	'runner.pain.nextMorning',
	'runner.pain.onset',
	'runner.footStrike'
] as const;

/** The shoe's quick fields (below `shoes.<i>.`): a name is optional. */
export const QUICK_SHOE = ['name', 'heelDropMm'] as const;

/** The engine's sharpen items the quick check itself answers. */
export const QUICK_SHARPEN = ['run-distances', 'pain-questions'] as const;
