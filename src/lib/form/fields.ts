/**
 * Every field of the runner and shoe questions, once: how it is typed and converted, what it
 * asks, its short name (error summaries, specs tables, reports), its hint and its choices. Field
 * names are the request's dot paths (`runner.age`, `runner.heelRaises.left`, `shoes.0.heelDropMm`,
 * `runner.weeklyKm.5`, `runner.redFlags.sudden-pop`), so an error's path names its input; this is
 * the one module that reads them apart.
 */
import {
	FAST_SESSIONS,
	FOOT_POSTURES,
	FOOT_STRIKES,
	NEXT_MORNING,
	PAIN_ONSETS,
	SEXES,
	SUPPORTS,
	TOE_BOX_FITS,
	type RedFlag,
	type Shoe
} from '../risk/schema';
import {
	DISTANCE_UNITS,
	LENGTH_UNITS,
	formatReading,
	formatTo,
	unitLabel,
	type Quantity,
	type Units
} from '../units';

/** Raw field values, as a form holds them: every value is a string. */
export type FormValues = Record<string, string>;

export interface Choice {
	value: string;
	label: string;
}

export interface FieldSpec {
	kind: 'number' | 'text' | 'choice' | 'bool';
	/** Numbers that the unit switch converts. */
	quantity?: Quantity;
	/** A unit word that no switch changes: "months", "days", "kg". */
	unit?: string;
	/** The question as the form asks it. */
	label: string;
	/** The field's name where it is listed: error summaries, specs tables, reports. */
	short: string;
	hint?: string;
	/** Choices of a choice or yes/no field, "Not sure" (blank) last where it may be left. */
	options?: readonly Choice[];
	/** Takes negative numbers (phone keyboards without a minus key get the full keyboard). */
	negative?: boolean;
}

const NOT_SURE: Choice = { value: '', label: 'Not sure' };

/** The schema's values, each with the words the form shows; `blank` adds the unanswered choice. */
function choices<T extends string>(
	values: readonly T[],
	labels: Record<T, string>,
	blank?: Choice
): readonly Choice[] {
	return [...values.map((value) => ({ value, label: labels[value] })), ...(blank ? [blank] : [])];
}

const YES_NO: readonly Choice[] = [
	{ value: 'true', label: 'Yes' },
	{ value: 'false', label: 'No' },
	NOT_SURE
];

const num = (short: string, label: string, more: Partial<FieldSpec> = {}): FieldSpec => ({
	kind: 'number',
	short,
	label,
	...more
});
const choice = (
	short: string,
	label: string,
	options: readonly Choice[],
	more: Partial<FieldSpec> = {}
): FieldSpec => ({ kind: 'choice', short, label, options, ...more });
const yesNo = (short: string, label: string, more: Partial<FieldSpec> = {}): FieldSpec => ({
	kind: 'bool',
	short,
	label,
	options: YES_NO,
	...more
});

/** Runner fields, keyed by their path below `runner.` */
export const RUNNER_FIELDS: Record<string, FieldSpec> = {
	age: num('Age', 'Age', { unit: 'years', hint: 'Sets the heel-raise norm for your age.' }),
	sex: choice(
		'Sex',
		'Sex',
		choices(SEXES, { female: 'Female', male: 'Male', unspecified: 'Prefer not to say' }),
		{ hint: 'Sets the heel-raise norm.' }
	),
	bodyMassKg: num('Body mass', 'Body mass', {
		unit: 'kg',
		hint: 'Heavier runners load the calf more in minimalist shoes.'
	}),
	monthsRunningLast12: num(
		'Months with weekly running',
		'Months with weekly running, out of the last 12',
		{ unit: 'months', hint: '0 to 12. Six or more makes you a regular runner.' }
	),
	nextRunKm: num('Latest run', 'Your latest run (or the one you plan next)', {
		quantity: 'km',
		hint: 'Compared with your longest run in the 30 days before it: the strongest evidence here.'
	}),
	longestRunLast30DaysKm: num(
		'Longest run in the 30 days before it',
		'Your longest run in the 30 days before it',
		{ quantity: 'km', hint: 'Not counting the run above.' }
	),
	restDaysPerWeek: num('Rest days', 'Rest days in a typical week', {
		unit: 'days',
		hint: 'Whole number, 0 to 7.'
	}),
	otherSportHoursPerWeek: num('Other sport', 'Other sport per week', {
		unit: 'hours',
		hint: 'Cycling, swimming, gym: linked to fewer running injuries.'
	}),
	fastSessions: choice(
		'Fast sessions',
		'Fast sessions compared with a month ago',
		choices(FAST_SESSIONS, { fewer: 'Fewer', same: 'Same', more: 'More' }, NOT_SURE)
	),
	footStrike: choice(
		'Foot strike',
		'Which part of your foot lands first?',
		choices(FOOT_STRIKES, {
			rearfoot: 'Heel',
			midfoot: 'Whole foot',
			forefoot: 'Ball of the foot',
			unsure: 'Not sure'
		}),
		{ hint: 'Most runners guess wrong: film it if you can.' }
	),
	footStrikeChangedRecently: yesNo(
		'Recent change of foot strike',
		'Did you switch to landing on the ball of the foot in the last 3 months?'
	),
	footPosture: choice(
		'Foot posture',
		'Foot posture standing',
		choices(FOOT_POSTURES, {
			neutral: 'Neutral',
			pronated: 'Pronated (flat-looking)',
			supinated: 'Supinated (high arch)',
			unsure: 'Not sure'
		}),
		{
			hint: 'Pronated: the arch rolls in and looks flat. Supinated: a high arch, weight on the outer edge.'
		}
	),
	cadenceSpm: num('Cadence', 'Cadence', {
		unit: 'steps/min',
		hint: 'Count your steps for 30 seconds at easy pace and double it; many watches show it.'
	}),
	'heelRaises.left': num('Heel raises, left leg', 'Left leg', { unit: 'raises' }),
	'heelRaises.right': num('Heel raises, right leg', 'Right leg', { unit: 'raises' }),
	heelRaisePain: yesNo('Pain in the heel-raise test', 'Did the heel-raise test hurt your calf?'),
	'kneeToWallCm.left': num('Knee-to-wall, left leg', 'Left leg', { quantity: 'cm' }),
	'kneeToWallCm.right': num('Knee-to-wall, right leg', 'Right leg', { quantity: 'cm' }),
	forefootWidthMm: num('Forefoot width', 'Your forefoot width, standing', {
		quantity: 'mm',
		hint: "Compared with the shoe's toe box width."
	}),
	usualDropMm: num('Usual heel drop', 'Heel drop you are used to', {
		quantity: 'mm',
		negative: true,
		hint: 'The drop of the shoes you ran in over the last months.'
	}),
	pairsInRotation: num('Pairs in rotation', 'Pairs of running shoes you rotate', {
		unit: 'pairs',
		hint: 'Whole number; 1 if you run in one pair.'
	}),
	previousCalfInjury: yesNo(
		'Previous calf injury',
		'Have you had a calf strain or Achilles problem before?'
	),
	'pain.duringRun': num('Calf pain during runs', 'Calf pain during your runs', {
		unit: '0–10',
		hint: '0 none, 10 worst imaginable. Leave blank with the next question if you have no pain to report.'
	}),
	'pain.nextMorning': choice(
		'Calf the next morning',
		'The next morning, the calf feels',
		choices(
			NEXT_MORNING,
			{ better: 'Better than usual', same: 'As usual', worse: 'Worse than usual' },
			NOT_SURE
		)
	),
	'pain.onset': choice(
		'How the calf pain started',
		'How did the pain start?',
		choices(
			PAIN_ONSETS,
			{
				gradual: 'It built up over runs or days',
				sudden: 'Suddenly, at one moment of a run (a sharp pull or stab)'
			},
			{ value: '', label: 'Not sure, or no pain' }
		)
	)
};

/** Shoe fields, keyed by their path below `shoes.<i>.` */
export const SHOE_FIELDS: Record<keyof Shoe, FieldSpec> = {
	name: {
		kind: 'text',
		short: 'Shoe name',
		label: 'Name or model',
		hint: 'Any name you will recognise, e.g. "Daily trainer".'
	},
	heelDropMm: num('Heel drop, stated', 'Heel drop, as the brand states it', {
		quantity: 'mm',
		negative: true,
		hint: "Heel height minus forefoot height; on the box or the maker's page (usually 0 to 12 mm). Required."
	}),
	measuredDropMm: num('Heel drop, measured', 'Measured heel drop, if known', {
		quantity: 'mm',
		negative: true,
		hint: 'From a lab review that cuts shoes in half (e.g. RunRepeat); stated drops are often off by several mm.'
	}),
	toeBoxWidthMm: num('Toe box width', 'Toe box width, if known', {
		quantity: 'mm',
		hint: 'Inside width at the widest part of the toes, from a lab review or measured on the insole.'
	}),
	toeBoxFit: choice(
		'Toe box feel',
		'How do your toes feel in it?',
		choices(TOE_BOX_FITS, { roomy: 'Roomy', snug: 'Snug', squeezed: 'Squeezed' }, NOT_SURE),
		{ hint: 'Your own feel decides the toe-box finding when you give it.' }
	),
	support: choice(
		'Support',
		'Support type',
		choices(
			SUPPORTS,
			{ neutral: 'Neutral', stability: 'Stability', 'motion-control': 'Motion control' },
			NOT_SURE
		),
		{
			hint: 'Stability and motion-control shoes have firmer material under the arch; most shoes are neutral.'
		}
	),
	minimalist: yesNo('Minimalist', 'Is it a minimalist or barefoot shoe?', {
		hint: 'Thin, flexible sole with little or no cushioning.'
	}),
	wornKm: num('Distance run in it', 'Distance run in it', {
		quantity: 'km',
		hint: 'Roughly; your watch app often tracks it per shoe.'
	}),
	monthsWorn: num('Months worn', 'Months you have run in it', {
		unit: 'months',
		hint: '0 for a shoe you have not run in yet.'
	})
};

/** How many weekly-distance inputs a form shows (the schema allows up to 12). */
export const WEEKS_SHOWN = 6;

/** The label of weekly-distance input `i`: oldest first, the last one is the last full week. */
export function weekLabel(i: number): string {
	if (i === WEEKS_SHOWN - 1) return 'Last full week';
	const back = WEEKS_SHOWN - 1 - i;
	return `${back} ${back === 1 ? 'week' : 'weeks'} earlier`;
}

/** The unit switch: how figures are shown and typed, not an answer. */
const UNIT_WORDS = { mm: 'Millimetres', in: 'Inches', km: 'Kilometres', mi: 'Miles' };
const UNIT_FIELDS: Record<string, FieldSpec> = {
	'units.length': choice('Lengths', 'Lengths', choices(LENGTH_UNITS, UNIT_WORDS)),
	'units.distance': choice('Distances', 'Distances', choices(DISTANCE_UNITS, UNIT_WORDS))
};

const WEEK: FieldSpec = { kind: 'number', quantity: 'km', label: 'Week', short: 'Weekly distance' };

/** The checkbox name of a red flag. */
export const redFlagField = (flag: RedFlag) => `runner.redFlags.${flag}`;

/** A field name read apart; `other` for names the questions do not have (buttons, units). */
export type FieldName =
	| { scope: 'runner'; key: string }
	| { scope: 'week'; index: number }
	| { scope: 'flag'; flag: string }
	| { scope: 'shoe'; index: number; key: string }
	| { scope: 'other' };

const WEEK_NAME = /^runner\.weeklyKm\.(\d+)$/;
const FLAG_NAME = /^runner\.redFlags\.(.+)$/;
const SHOE_NAME = /^shoes\.(\d+)\.(.+)$/;

export function parseName(name: string): FieldName {
	const week = WEEK_NAME.exec(name);
	if (week) return { scope: 'week', index: Number(week[1]) };
	const flag = FLAG_NAME.exec(name);
	if (flag) return { scope: 'flag', flag: flag[1]! };
	if (name.startsWith('runner.')) return { scope: 'runner', key: name.slice('runner.'.length) };
	const shoe = SHOE_NAME.exec(name);
	if (shoe) return { scope: 'shoe', index: Number(shoe[1]), key: shoe[2]! };
	return { scope: 'other' };
}

/** The field spec for a form field name, or undefined for names the form does not know. */
export function fieldSpec(name: string): FieldSpec | undefined {
	const n = parseName(name);
	if (n.scope === 'week') return WEEK;
	if (n.scope === 'runner') return RUNNER_FIELDS[n.key];
	if (n.scope === 'shoe') return SHOE_FIELDS[n.key as keyof Shoe];
	return UNIT_FIELDS[name];
}

/** Whether a name is one of a weekly distance. */
export const isWeekField = (name: string) => parseName(name).scope === 'week';

/** Whether a name is a warning sign's checkbox. */
export const isFlagField = (name: string) => parseName(name).scope === 'flag';

/** A field's short name ("Age"); with more than one shoe, which shoe it belongs to. */
export function fieldLabel(name: string, shoeCount = 1): string {
	const n = parseName(name);
	if (n.scope === 'week')
		// As the form labels it, so the error summary names the box the runner sees.
		return n.index < WEEKS_SHOWN
			? `Weekly distance, ${weekLabel(n.index).toLowerCase()}`
			: `Weekly distance ${n.index + 1}`;
	const short = fieldSpec(name)?.short ?? name;
	if (n.scope === 'shoe' && shoeCount > 1) return `Shoe ${n.index + 1}: ${short}`;
	return short;
}

/**
 * A shoe's spec as a runner reads it, not as an input shows it (inputs keep 4 decimals so that
 * their own round trip is exact): inches to 2 decimals (13.9 mm is 0.55 in, not 0.5472), miles
 * as sentences quote them, a choice by its label; "–" for a spec not given.
 */
export function formatShoeValue<K extends keyof Shoe>(key: K, value: Shoe[K], units: Units) {
	if (value === undefined) return '–';
	const spec = SHOE_FIELDS[key];
	if (typeof value === 'boolean') return value ? 'Yes' : 'No';
	if (typeof value === 'number' && spec.quantity) {
		const q = spec.quantity;
		const figure = q === 'km' ? formatReading(value, q, units) : formatTo(value, q, units, 2);
		return `${figure} ${unitLabel(q, units)}`;
	}
	if (typeof value === 'number') return `${value}${spec.unit ? ` ${spec.unit}` : ''}`;
	return spec.options?.find((o) => o.value === value)?.label ?? String(value);
}

/** The field that answers each item of the engine's "cover more of the evidence" list. */
const SHARPEN_FIELDS: Record<string, string> = {
	'run-distances': 'runner.nextRunKm',
	'pain-questions': 'runner.pain.duringRun',
	'heel-raise-test': 'runner.heelRaises.left',
	'foot-strike-video': 'runner.footStrike',
	'knee-to-wall': 'runner.kneeToWallCm.left',
	'foot-posture': 'runner.footPosture',
	'weekly-km': 'runner.weeklyKm.0',
	'months-running': 'runner.monthsRunningLast12',
	'rest-days': 'runner.restDaysPerWeek',
	'fast-sessions': 'runner.fastSessions',
	'toe-box': 'runner.forefootWidthMm',
	'shoe-km': 'shoes.0.wornKm'
};

/** The name of the field that answers a sharpen item; a shoe's is in fieldset `slot`. */
export function sharpenField(id: string, slot = 0): string | undefined {
	const name = SHARPEN_FIELDS[id];
	return name?.startsWith('shoes.0.') ? name.replace('shoes.0.', `shoes.${slot}.`) : name;
}
