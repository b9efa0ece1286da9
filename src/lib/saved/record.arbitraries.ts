/**
 * fast-check arbitraries of valid saved data, for the property tests of record and transfer,
 * built on the request generators of risk/arbitraries.ts. Every value is passed through the
 * real schemas, so they can only produce what the app would accept.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import {
	anyName,
	numberIn,
	parsedRequestArb,
	runnerArb,
	shoeArb,
	unitsArb
} from '../risk/arbitraries';
import { BANDS, LIMITS } from '../risk/schema';
import { ActivitySchema, MAX_ACTIVITY_KM, MAX_ACTIVITY_S } from '../import/activity';
import {
	RECORD_VERSION,
	RecordSchema,
	TRAINING_MAX,
	type SavedTraining,
	type HistoryEntry,
	type RecordV1,
	type SavedRecord
} from './record';

const factorScore = fc.record({
	score: fc.option(numberIn(0, 100), { nil: null }),
	band: fc.constantFrom(...BANDS)
});

export const historyEntryArb: fc.Arbitrary<HistoryEntry> = parsedRequestArb.chain((request) =>
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
					index: fc.option(numberIn(0, 100), { nil: null }),
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

/** An activity as the import keeps it: a start with or without a time, km to the metre. */
export const activityArb = fc
	.record(
		{
			start: fc.oneof(
				fc
					.date({ min: new Date('1970-01-02'), max: new Date('2100-12-30'), noInvalidDate: true })
					.map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')),
				fc
					.date({ min: new Date('1970-01-02'), max: new Date('2100-12-30'), noInvalidDate: true })
					.map((d) => d.toISOString().slice(0, 10))
			),
			distanceKm: fc.integer({ min: 0, max: MAX_ACTIVITY_KM * 1000 }).map((m) => m / 1000),
			durationS: fc.integer({ min: 0, max: MAX_ACTIVITY_S }),
			sport: fc.constantFrom('run' as const, 'other' as const)
		},
		{ requiredKeys: ['start', 'distanceKm', 'sport'] }
	)
	.map((raw) => v.parse(ActivitySchema, raw));

export const trainingArb: fc.Arbitrary<SavedTraining> = fc.record({
	readAt: fc
		.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
		.map((d) => d.toISOString()),
	activities: fc.array(activityArb, { maxLength: Math.min(TRAINING_MAX, 30) })
});

export const recordArb: fc.Arbitrary<SavedRecord> = fc
	.record(
		{
			version: fc.constant(RECORD_VERSION),
			runner: runnerArb,
			shoes: fc.array(shoeArb(anyName), { maxLength: LIMITS.shoesMax }),
			units: unitsArb,
			weeklyKmSavedAt: fc
				.date({ noInvalidDate: true, min: new Date(0), max: new Date('2200-01-01') })
				.map((d) => d.toISOString()),
			training: trainingArb,
			history: fc.array(historyEntryArb, { maxLength: 4 })
		},
		{ requiredKeys: ['version', 'runner', 'shoes', 'units', 'history'] }
	)
	.map((raw) => v.parse(RecordSchema, raw));

export const recordV1Arb: fc.Arbitrary<RecordV1> = fc.record({
	version: fc.constant(1 as const),
	answers: runnerArb,
	shoes: fc
		.array(shoeArb(anyName), { maxLength: LIMITS.shoesMax })
		.map((shoes) => shoes.map((s) => ({ ...s, name: s.name.trim() }))),
	units: fc.constantFrom('metric' as const, 'imperial' as const)
});
