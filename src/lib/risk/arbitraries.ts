/**
 * fast-check arbitraries that generate VALID requests per schema.ts, for the engine's property
 * tests and for other modules' round-trip tests (share links, export). Test-only: nothing in
 * the app imports this file.
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
	type AssessRequest,
	type Runner,
	type Shoe
} from './schema';

/**
 * A number in [min, max]: whole numbers and one-decimal values (which land on the rules'
 * cut-points often) as well as arbitrary doubles. Never -0, which JSON cannot carry.
 */
export function numberIn(min: number, max: number): fc.Arbitrary<number> {
	const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
	const tenths = fc
		.integer({ min: Math.ceil(min * 10), max: Math.floor(max * 10) })
		.map((t) => t / 10);
	const any = fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
	return fc.oneof(whole, tenths, any).map((x) => (Object.is(x, -0) ? 0 : x));
}

export function wholeIn(min: number, max: number): fc.Arbitrary<number> {
	return fc.integer({ min, max });
}

const pick = <T extends string>(values: readonly T[]): fc.Arbitrary<T> =>
	fc.constantFrom(...values);

/** Heel raises mostly near the norms (0–60), sometimes anywhere in the allowed 0–200. */
const reps = fc.oneof(wholeIn(0, 60), wholeIn(0, 200));

export const validRunner: fc.Arbitrary<Runner> = fc.record(
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
export const validShoeName: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('Shoe A', 'Shoe B', 'a', 'B', 'Zed', 'Ångström'),
	fc
		.string({ minLength: 1, maxLength: LIMITS.nameMax })
		.filter((s) => s.trim() === s && s.length > 0)
);

export const validShoe: fc.Arbitrary<Shoe> = fc.record(
	{
		name: validShoeName,
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

export const validRequest: fc.Arbitrary<AssessRequest> = fc.record({
	runner: validRunner,
	shoes: fc.array(validShoe, { minLength: LIMITS.shoesMin, maxLength: LIMITS.shoesMax })
});
