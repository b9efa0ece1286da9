import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { ActivitySchema, type Activity } from './activity';
import { computeLoad } from './load';
import { mergeResults } from './merge';
import type { FileResult } from './read';

const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];
const FROM = Date.parse('2024-01-01T00:00:00Z');
const TO = Date.parse('2025-06-30T00:00:00Z');

const activity: fc.Arbitrary<Activity> = fc
	.record({
		s: fc.integer({ min: FROM / 1000, max: TO / 1000 }),
		m: fc.integer({ min: 0, max: 45_000 }),
		d: fc.option(fc.integer({ min: 60, max: 20_000 }), { nil: undefined }),
		run: fc.boolean(),
		dayOnly: fc.boolean()
	})
	.map(({ s, m, d, run, dayOnly }) => {
		const iso = new Date(s * 1000).toISOString();
		return {
			start: dayOnly ? iso.slice(0, 10) : iso.replace('.000Z', 'Z'),
			distanceKm: m / 1000,
			...(d !== undefined ? { durationS: d } : {}),
			sport: run ? 'run' : 'other'
		};
	});

/**
 * Activities crowded into a few days, starts a minute or two apart and distances a few percent
 * apart, so that near-copies (the case dedupe decides) are common.
 */
const crowded: fc.Arbitrary<Activity> = fc
	.record({
		day: fc.integer({ min: 0, max: 6 }),
		slot: fc.constantFrom(6, 7, 18),
		jitter: fc.integer({ min: 0, max: 200 }),
		km: fc.constantFrom(5, 5.2, 5.3, 10, 10.4, 10.6),
		d: fc.option(fc.constantFrom(1500, 1600, 3000), { nil: undefined }),
		run: fc.boolean(),
		dayOnly: fc.integer({ min: 0, max: 5 }).map((n) => n === 0)
	})
	.map(({ day, slot, jitter, km, d, run, dayOnly }) => {
		const iso = new Date(TO + day * 86_400_000 + slot * 3_600_000 + jitter * 1000).toISOString();
		return {
			start: dayOnly ? iso.slice(0, 10) : iso.replace('.000Z', 'Z'),
			distanceKm: km,
			...(d !== undefined ? { durationS: d } : {}),
			sport: run ? 'run' : 'other'
		};
	});

const fileResult: fc.Arbitrary<FileResult> = fc
	.record({
		acts: fc.array(fc.oneof(activity, crowded), { maxLength: 25 }),
		rank: fc.integer({ min: 0, max: 4 })
	})
	.map(({ acts, rank }) => ({
		name: `f${rank}`,
		kind: 'fit',
		notes: [],
		items: acts.map((a) => ({ activity: a, rank }))
	}));

const files = fc.array(fileResult, { minLength: 1, maxLength: 5 });

describe('merging files: invariants', () => {
	it('the order of files never changes the result', () => {
		const shuffledFiles = files.chain((rs) =>
			fc.tuple(
				fc.constant(rs),
				fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })
			)
		);
		fc.assert(
			fc.property(shuffledFiles, fc.constantFrom(...ZONES), ([results, shuffled], zone) => {
				expect(mergeResults(shuffled, {}, zone).activities).toEqual(
					mergeResults(results, {}, zone).activities
				);
			}),
			{ numRuns: 150 }
		);
	});

	it('adding a file again changes nothing', () => {
		fc.assert(
			fc.property(files, fc.nat(), fc.constantFrom(...ZONES), (results, pick, zone) => {
				const again = [...results, results[pick % results.length]!];
				const merged = mergeResults(again, {}, zone);
				expect(merged.activities).toEqual(mergeResults(results, {}, zone).activities);
				expect(merged.tallies.at(-1)!.runs + merged.tallies.at(-1)!.other).toBe(0);
			}),
			{ numRuns: 150 }
		);
	});

	it('every activity kept is valid in the stored shape, and none is counted twice', () => {
		fc.assert(
			fc.property(files, fc.constantFrom(...ZONES), (results, zone) => {
				const merged = mergeResults(results, {}, zone);
				for (const a of merged.activities) expect(v.is(ActivitySchema, a)).toBe(true);
				const counted = merged.tallies.reduce((n, t) => n + t.runs + t.other + t.duplicates, 0);
				expect(counted).toBe(results.reduce((n, r) => n + r.items.length, 0));
				expect(merged.tallies.reduce((n, t) => n + t.runs + t.other, 0)).toBe(
					merged.activities.length
				);
			}),
			{ numRuns: 100 }
		);
	});

	it('weekly sums equal the total of the runs in those weeks', () => {
		fc.assert(
			fc.property(
				fc.array(activity, { maxLength: 80 }),
				fc.constantFrom(...ZONES),
				fc.integer({ min: TO - 60 * 86_400_000, max: TO + 90 * 86_400_000 }),
				(acts, zone, now) => {
					const load = computeLoad(acts, { now, timeZone: zone });
					if (load.weeks.length === 0) return;
					const from = load.weeks[0]!.monday;
					const to = load.weeks.at(-1)!.monday + 6;
					const inWeeks = load.runs.filter((r) => r.day >= from && r.day <= to);
					const total = inWeeks.reduce((s, r) => s + r.km, 0);
					expect(load.weeks.reduce((s, w) => s + w.km, 0)).toBeCloseTo(total, 9);
					for (const w of load.weeks) expect(w.restDays).toBeGreaterThanOrEqual(0);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('the 30-day longest before a run is never the run itself and never from after it', () => {
		fc.assert(
			fc.property(fc.array(activity, { maxLength: 60 }), (acts) => {
				const load = computeLoad(acts, { now: TO, timeZone: 'UTC' });
				for (const [i, r] of load.runs.entries()) {
					if (r.longestBefore === null) continue;
					const before = load.runs.slice(0, i).filter((p) => p.day >= r.day - 30);
					expect(r.longestBefore).toBe(Math.max(0, ...before.map((p) => p.km)));
				}
			}),
			{ numRuns: 150 }
		);
	});
});

describe('merging: answers and duplicates', () => {
	const run = (start: string, km: number): Activity => ({ start, distanceKm: km, sport: 'run' });

	it('counts a run found in two files once, in the file that held the better copy', () => {
		const fit: FileResult = {
			name: 'a.fit',
			kind: 'fit',
			notes: [],
			items: [{ activity: run('2025-03-10T07:00:03Z', 10.04), rank: 4 }]
		};
		const csv: FileResult = {
			name: 'activities.csv',
			kind: 'strava-csv',
			notes: [],
			items: [{ activity: run('2025-03-10T07:00:00Z', 10), rank: 1 }]
		};
		const merged = mergeResults([csv, fit], {}, 'UTC');
		expect(merged.activities).toEqual([run('2025-03-10T07:00:03Z', 10.04)]);
		expect(merged.tallies.map((t) => [t.runs, t.duplicates])).toEqual([
			[0, 1],
			[1, 0]
		]);
	});

	it('rows waiting for an answer count only once it is given', () => {
		const waiting: FileResult = {
			name: 'log.csv',
			kind: 'csv',
			notes: [],
			items: [],
			pending: {
				kind: 'csv',
				unit: null,
				rows: [{ start: '2025-03-10', distance: 5, sport: 'run' }]
			},
			question: { unit: true, order: false }
		};
		expect(mergeResults([waiting], {}, 'UTC').tallies[0]!.waiting).toBe(true);
		expect(mergeResults([waiting], { 0: { unit: 'mi' } }, 'UTC').activities).toEqual([
			{ start: '2025-03-10', distanceKm: 8.047, sport: 'run' }
		]);
	});
});
