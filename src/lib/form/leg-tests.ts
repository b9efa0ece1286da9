/** The physical self-tests done on each leg: what the form asks, and how to do each test. */
export interface LegTestSpec {
	/** What the test measures, the group's legend. */
	legend: string;
	/** The title of its how-to. */
	howTo: string;
	/** The runner field of the pair, without `.left` or `.right`. */
	name: 'runner.heelRaises' | 'runner.kneeToWallCm';
	steps: readonly string[];
}

export const HEEL_RAISE_TEST: LegTestSpec = {
	legend: 'Single-leg heel raises to fatigue',
	howTo: 'How to do the heel-raise test',
	name: 'runner.heelRaises',
	steps: [
		'Stand on one leg on a step edge or flat floor, fingertips on a wall for balance.',
		'Keep the knee straight. Rise as high as you can on the ball of the foot, then lower.',
		'About one raise every 2 seconds. Count until you cannot rise as high or must stop.',
		'Rest a few minutes, then the other leg. Counts vary by about 6 from day to day.'
	]
};

export const KNEE_TO_WALL_TEST: LegTestSpec = {
	legend: 'Knee-to-wall test',
	howTo: 'How to do the knee-to-wall test',
	name: 'runner.kneeToWallCm',
	steps: [
		'Face a wall, one foot in front pointing at it, heel flat on the floor.',
		'Bend the knee forward to touch the wall without lifting the heel.',
		'Move the foot back a little at a time; find the farthest distance at which the knee still touches.',
		'Measure from the big toe to the wall. Repeat on the other leg.'
	]
};
