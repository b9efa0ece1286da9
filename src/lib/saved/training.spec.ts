import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../import/activity';
import { emptyRecord, RecordSchema, TRAINING_MAX } from './record';
import { trainingArb } from './record.arbitraries';
import { keptTraining, TRAINING_DAYS, withTraining } from './training';

const DAY = 86_400_000;
const readAt = new Date('2025-11-30T20:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * A runner's 5-year history as a Strava archive gives it: 2,000 activities, most of them runs
 * with a distance to the metre and a duration, some rides, a few with a day only.
 */
function fiveYears(count = 2000): Activity[] {
	const span = 5 * 365 * DAY;
	return Array.from({ length: count }, (_, i): Activity => {
		const t = readAt.getTime() - span + Math.floor((i * span) / count) + 6 * 3600_000;
		const km = 5 + ((i * 7919) % 25_000) / 1000;
		if (i % 97 === 0) return { start: iso(t).slice(0, 10), distanceKm: km, sport: 'run' };
		if (i % 5 === 0)
			return { start: iso(t), distanceKm: km * 3, durationS: 3600 + i, sport: 'other' };
		return { start: iso(t), distanceKm: km, durationS: Math.round(km * 330), sport: 'run' };
	});
}

const bytes = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).length;

describe('keptTraining', () => {
	it(`keeps the last ${TRAINING_DAYS} days, oldest first, and nothing else of the activities`, () => {
		const acts: Activity[] = [
			{ start: iso(readAt.getTime() - 2 * DAY), distanceKm: 10, sport: 'run' },
			{ start: iso(readAt.getTime() - (TRAINING_DAYS + 3) * DAY), distanceKm: 9, sport: 'run' },
			{ start: iso(readAt.getTime() - 300 * DAY), distanceKm: 8, durationS: 60, sport: 'other' },
			{ start: '2024-10-27', distanceKm: 7, sport: 'run' },
			{ start: '2024-10-20', distanceKm: 6, sport: 'run' }
		];
		expect(keptTraining(acts, readAt)).toEqual({
			readAt: '2025-11-30T20:00:00.000Z',
			activities: [acts[3], acts[2], acts[0]]
		});
	});

	it(`keeps at most ${TRAINING_MAX}, the latest`, () => {
		const daily = Array.from({ length: TRAINING_MAX + 50 }, (_, i): Activity => ({
			start: iso(readAt.getTime() - i * 12 * 3600_000),
			distanceKm: i,
			sport: 'run'
		}));
		const kept = keptTraining(daily, readAt).activities;
		expect(kept).toHaveLength(TRAINING_MAX);
		expect(kept.at(-1)!.distanceKm).toBe(0);
		expect(kept[0]!.distanceKm).toBe(TRAINING_MAX - 1);
	});

	it('is always a valid part of a record, whatever the activities (property)', () => {
		fc.assert(
			fc.property(trainingArb, (training) => {
				const record = withTraining(emptyRecord(), training.activities, readAt);
				expect(v.is(RecordSchema, record)).toBe(true);
				expect(record.training!.activities.length).toBeLessThanOrEqual(TRAINING_MAX);
			}),
			{ numRuns: 50 }
		);
	});

	it('keeps a 5-year, 2,000-activity history in under 40 kB (171 kB whole), and a full record in under 80 kB', () => {
		const all = fiveYears();
		const kept = keptTraining(all, readAt);
		// 400 of 1,825 days: 440 or so activities.
		expect(kept.activities.length).toBeGreaterThan(420);
		expect(kept.activities.length).toBeLessThan(460);
		const record = withTraining(emptyRecord(), all, readAt);
		expect(v.is(RecordSchema, record)).toBe(true);
		const size = bytes(record) - bytes(emptyRecord());
		expect(size).toBeLessThan(40_000);
		// The whole list, were it kept: what the bound saves.
		expect(bytes(all)).toBeGreaterThan(140_000);
		// The most a record can hold: TRAINING_MAX activities with every field at its longest.
		const longest: Activity = {
			start: '2025-11-30T20:00:00.000+02:00',
			distanceKm: 999.999,
			durationS: 1209599,
			sport: 'other'
		};
		expect(
			bytes({
				training: { readAt: readAt.toISOString(), activities: Array(TRAINING_MAX).fill(longest) }
			})
		).toBeLessThan(80_000);
	});
});
