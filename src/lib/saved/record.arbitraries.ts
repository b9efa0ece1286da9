/**
 * fast-check arbitraries of valid saved data, for the property tests of record, share and
 * transfer. Every value is passed through the real schemas, so they can only produce what the
 * app would accept.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import {
	BANDS,
	FAST_SESSIONS,
	FOOT_POSTURES,
	FOOT_STRIKES,
	NEXT_MORNING,
	PAIN_ONSETS,
	parseRequest,
	RED_FLAGS,
	SEXES,
	SUPPORTS,
	TOE_BOX_FITS,
	type AssessRequest,
	type Runner,
	type Shoe
} from '../risk/schema';
import {
	DISTANCE_UNITS,
	LENGTH_UNITS,
	RECORD_VERSION,
	RecordSchema,
	type HistoryEntry,
	type RecordV1,
	type SavedRecord,
	type Units
} from './record';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const int = (min: number, max: number) => fc.integer({ min, max });

/** Ordinary text, astral symbols and lone surrogates: the worst a name can hold. */
const name = fc
	.oneof(
		fc.string({ minLength: 1, maxLength: 80 }),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
		fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 80 })
	)
	.filter((s) => s.trim().length >= 1 && s.trim().length <= 80);

export const runnerArb: fc.Arbitrary<Runner> = fc.record(
	{
		age: num(10, 100),
		sex: fc.constantFrom(...SEXES),
		bodyMassKg: num(25, 250),
		monthsRunningLast12: num(0, 12),
		weeklyKm: fc.array(num(0, 400), { maxLength: 12 }),
		longestRunLast30DaysKm: num(0, 250),
		nextRunKm: num(0, 250),
		restDaysPerWeek: int(0, 7),
		otherSportHoursPerWeek: num(0, 40),
		fastSessions: fc.constantFrom(...FAST_SESSIONS),
		footStrike: fc.constantFrom(...FOOT_STRIKES),
		footStrikeChangedRecently: fc.boolean(),
		footPosture: fc.constantFrom(...FOOT_POSTURES),
		cadenceSpm: num(100, 230),
		heelRaises: fc.record({ left: int(0, 200), right: int(0, 200) }),
		heelRaisePain: fc.boolean(),
		kneeToWallCm: fc.record({ left: num(0, 25), right: num(0, 25) }),
		forefootWidthMm: num(60, 140),
		usualDropMm: num(-5, 25),
		pairsInRotation: int(1, 10),
		previousCalfInjury: fc.boolean(),
		pain: fc.record(
			{
				duringRun: num(0, 10),
				nextMorning: fc.constantFrom(...NEXT_MORNING),
				onset: fc.constantFrom(...PAIN_ONSETS)
			},
			{ requiredKeys: ['duringRun', 'nextMorning'] }
		),
		redFlags: fc.subarray([...RED_FLAGS])
	},
	{ requiredKeys: [] }
);

export const shoeArb: fc.Arbitrary<Shoe> = fc.record(
	{
		name,
		heelDropMm: num(-5, 25),
		measuredDropMm: num(-5, 25),
		toeBoxWidthMm: num(60, 140),
		toeBoxFit: fc.constantFrom(...TOE_BOX_FITS),
		support: fc.constantFrom(...SUPPORTS),
		minimalist: fc.boolean(),
		wornKm: num(0, 5000),
		monthsWorn: num(0, 240)
	},
	{ requiredKeys: ['name', 'heelDropMm'] }
);

/** Valid requests as the schema outputs them (names trimmed). */
export const requestArb: fc.Arbitrary<AssessRequest> = fc
	.record({ runner: runnerArb, shoes: fc.array(shoeArb, { minLength: 1, maxLength: 6 }) })
	.map((raw) => {
		const parsed = parseRequest(raw);
		if (!parsed.ok)
			throw new Error(`requestArb made an invalid request: ${parsed.errors[0]?.path}`);
		return parsed.value;
	});

export const unitsArb: fc.Arbitrary<Units> = fc.record({
	length: fc.constantFrom(...LENGTH_UNITS),
	distance: fc.constantFrom(...DISTANCE_UNITS)
});

const factorScore = fc.record({
	score: fc.option(num(0, 100), { nil: null }),
	band: fc.constantFrom(...BANDS)
});

export const historyEntryArb: fc.Arbitrary<HistoryEntry> = requestArb.chain((request) =>
	fc.record({
		date: fc
			.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
			.map((d) => d.toISOString()),
		model: fc.string({ maxLength: 20 }),
		request: fc.constant(request),
		results: fc.tuple(
			...request.shoes.map((shoe) =>
				fc.record({
					shoe: fc.constant(shoe.name),
					index: fc.option(num(0, 100), { nil: null }),
					band: fc.constantFrom(...BANDS),
					factors: fc.record({
						overuse: factorScore,
						calf: factorScore,
						form: factorScore,
						shoe: factorScore,
						load: factorScore
					})
				})
			)
		),
		ranking: fc.shuffledSubarray(
			request.shoes.map((_, i) => i),
			{ minLength: request.shoes.length }
		)
	})
);

export const recordArb: fc.Arbitrary<SavedRecord> = fc
	.record(
		{
			version: fc.constant(RECORD_VERSION),
			runner: runnerArb,
			shoes: fc.array(shoeArb, { maxLength: 6 }),
			units: unitsArb,
			weeklyKmSavedAt: fc
				.date({ noInvalidDate: true, min: new Date(0), max: new Date('2200-01-01') })
				.map((d) => d.toISOString()),
			history: fc.array(historyEntryArb, { maxLength: 4 })
		},
		{ requiredKeys: ['version', 'runner', 'shoes', 'units', 'history'] }
	)
	.map((raw) => v.parse(RecordSchema, raw));

export const recordV1Arb: fc.Arbitrary<RecordV1> = fc.record({
	version: fc.constant(1 as const),
	answers: runnerArb,
	shoes: fc
		.array(shoeArb, { maxLength: 6 })
		.map((shoes) => shoes.map((s) => ({ ...s, name: s.name.trim() }))),
	units: fc.constantFrom('metric' as const, 'imperial' as const)
});
