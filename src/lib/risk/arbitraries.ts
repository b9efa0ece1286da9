/**
 * fast-check arbitraries of valid requests and their parts, per schema.ts: the one generator
 * set of every property test (the engine's, units, share links; the saved record's builds on
 * it). Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import {
	FAST_SESSIONS,
	FOOT_POSTURES,
	FOOT_STRIKES,
	LIMITS,
	NEXT_MORNING,
	PAIN_ONSETS,
	RED_FLAGS,
	SEXES,
	SUPPORTS,
	TOE_BOX_FITS,
	parseRequest,
	type AssessRequest,
	type Runner,
	type Shoe
} from './schema';
import { DISTANCE_UNITS, LENGTH_UNITS, type Units } from '../units';

/**
 * A number in [min, max]: whole numbers and one-decimal values (which land on the rules'
 * cut-points often) as well as arbitrary doubles, -0 among them where the range holds it (JSON
 * writes it as 0, so a round trip through JSON is compared with what JSON keeps).
 */
export function numberIn(min: number, max: number): fc.Arbitrary<number> {
	const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
	const tenths = fc
		.integer({ min: Math.ceil(min * 10), max: Math.floor(max * 10) })
		.map((t) => t / 10);
	const any = fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
	return fc.oneof(whole, tenths, any);
}

export function wholeIn(min: number, max: number): fc.Arbitrary<number> {
	return fc.integer({ min, max });
}

const pick = <T extends string>(values: readonly T[]): fc.Arbitrary<T> =>
	fc.constantFrom(...values);

/** Heel raises mostly near the norms (0–60), sometimes anywhere in the allowed 0–200. */
const reps = fc.oneof(wholeIn(0, 60), wholeIn(0, 200));

export const runnerArb: fc.Arbitrary<Runner> = fc.record(
	{
		age: numberIn(10, 100),
		sex: pick(SEXES),
		bodyMassKg: numberIn(25, 250),
		monthsRunningLast12: numberIn(0, 12),
		weeklyKm: fc.array(numberIn(0, 400), { maxLength: LIMITS.weeklyKmEntries }),
		longestRunLast30DaysKm: numberIn(0, 250),
		nextRunKm: numberIn(0, 250),
		restDaysPerWeek: wholeIn(0, 7),
		otherSportHoursPerWeek: numberIn(0, 40),
		fastSessions: pick(FAST_SESSIONS),
		footStrike: pick(FOOT_STRIKES),
		footStrikeChangedRecently: fc.boolean(),
		footPosture: pick(FOOT_POSTURES),
		cadenceSpm: numberIn(100, 230),
		heelRaises: fc.record({ left: reps, right: reps }),
		heelRaisePain: fc.boolean(),
		kneeToWallCm: fc.record({ left: numberIn(0, 25), right: numberIn(0, 25) }),
		forefootWidthMm: numberIn(60, 140),
		usualDropMm: numberIn(-5, 25),
		pairsInRotation: wholeIn(1, 10),
		previousCalfInjury: fc.boolean(),
		pain: fc.record(
			{ duringRun: numberIn(0, 10), nextMorning: pick(NEXT_MORNING), onset: pick(PAIN_ONSETS) },
			{ requiredKeys: ['duringRun', 'nextMorning'] }
		),
		redFlags: fc.subarray([...RED_FLAGS])
	},
	{ requiredKeys: [] }
);

/** Names the schema keeps as they are (trimmed, 1–80 characters); a small pool makes ties. */
export const keptName: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('Shoe A', 'Shoe B', 'a', 'B', 'Zed', 'Ångström'),
	fc
		.string({ minLength: 1, maxLength: LIMITS.nameMax })
		.filter((s) => s.trim() === s && s.length > 0)
);

/**
 * Any name the schema accepts once it has trimmed it: ordinary text, astral symbols and lone
 * surrogates, the worst a name can hold.
 */
export const anyName: fc.Arbitrary<string> = fc
	.oneof(
		fc.string({ minLength: 1, maxLength: LIMITS.nameMax }),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
		fc.string({
			unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)),
			maxLength: LIMITS.nameMax
		})
	)
	.filter((s) => s.trim().length >= 1 && s.trim().length <= LIMITS.nameMax);

/** A shoe with a name from `name` (by default one the schema keeps as it is). */
export function shoeArb(name: fc.Arbitrary<string> = keptName): fc.Arbitrary<Shoe> {
	return fc.record(
		{
			name,
			heelDropMm: numberIn(-5, 25),
			measuredDropMm: numberIn(-5, 25),
			toeBoxWidthMm: numberIn(60, 140),
			toeBoxFit: pick(TOE_BOX_FITS),
			support: pick(SUPPORTS),
			minimalist: fc.boolean(),
			wornKm: numberIn(0, 5000),
			monthsWorn: numberIn(0, 240)
		},
		{ requiredKeys: ['name', 'heelDropMm'] }
	);
}

const shoes = (name?: fc.Arbitrary<string>) =>
	fc.array(shoeArb(name), { minLength: LIMITS.shoesMin, maxLength: LIMITS.shoesMax });

/** Requests the schema accepts unchanged. */
export const requestArb: fc.Arbitrary<AssessRequest> = fc.record({
	runner: runnerArb,
	shoes: shoes()
});

/** Requests with names of every kind, as the schema outputs them (names trimmed). */
export const parsedRequestArb: fc.Arbitrary<AssessRequest> = fc
	.record({ runner: runnerArb, shoes: shoes(anyName) })
	.map((raw) => {
		const parsed = parseRequest(raw);
		if (!parsed.ok)
			throw new Error(`parsedRequestArb made an invalid request: ${parsed.errors[0]?.path}`);
		return parsed.value;
	});

export const unitsArb: fc.Arbitrary<Units> = fc.record({
	length: pick(LENGTH_UNITS),
	distance: pick(DISTANCE_UNITS)
});
