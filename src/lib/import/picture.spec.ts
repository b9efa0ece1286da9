import { describe, expect, it } from 'vitest';
import type { Units } from '$lib/units';
import type { Activity } from './activity';
import { computeLoad } from './load';
import {
	axis,
	describeRuns,
	nextRun,
	recentRuns,
	runRows,
	runsChart,
	weekRows,
	weeksChart
} from './picture';

const KM: Units = { length: 'mm', distance: 'km' };
const MI: Units = { length: 'in', distance: 'mi' };
const run = (start: string, km: number): Activity => ({ start, distanceKm: km, sport: 'run' });
const opts = { now: Date.parse('2025-04-23T12:00:00Z'), timeZone: 'UTC' };
const history = [
	run('2025-01-10T07:00:00Z', 5), // before the 12 weeks the runs chart shows
	run('2025-04-01T07:00:00Z', 10),
	run('2025-04-08T07:00:00Z', 10.5),
	run('2025-04-15T07:00:00Z', 12),
	run('2025-04-15T18:00:00Z', 3),
	run('2025-04-20T07:00:00Z', 9)
];
const load = computeLoad(history, opts);

describe('axis', () => {
	it.each([
		[0, 10, 2],
		[9, 10, 2],
		[34, 40, 10],
		[47.5, 60, 20],
		[130, 150, 50]
	])('data up to %s → max %s, step %s', (top, max, step) => {
		expect(axis(top)).toEqual({ max, step });
	});
});

describe('the weekly chart and its table hold the same numbers', () => {
	it('in km and in miles', () => {
		const km = weeksChart(load.weeks, KM);
		const rows = weekRows(load.weeks, KM);
		expect(km.datasets[0]!.data).toEqual(rows.map((r) => r.distance));
		expect(rows.at(-1)).toEqual({ label: '14 Apr – 20 Apr 2025', distance: 24, runs: 3 });
		expect(weekRows(load.weeks, MI).at(-1)!.distance).toBe(14.9);
		expect(weeksChart(load.weeks, MI).datasets[0]!.label).toBe('Weekly distance (mi)');
	});
});

describe('runs against the 30-day longest before each', () => {
	const runs = recentRuns(load);

	it('shows the last 12 weeks of runs, a second run on a day labelled as such', () => {
		expect(runRows(runs, KM).map((r) => [r.label, r.distance, r.longestBefore, r.verdict])).toEqual(
			[
				['1 Apr', 10, 0, 'First run after 30 days or more without one'],
				['8 Apr', 10.5, 10, '5% longer, within 10%'],
				['15 Apr', 12, 10.5, 'Spike: 14% longer'],
				['15 Apr (2)', 3, 12, 'Not longer'],
				['20 Apr', 9, 12, 'Not longer']
			]
		);
	});

	it('the spike series holds only the spikes, drawn as triangles', () => {
		const spec = runsChart(runs, KM);
		const spikes = spec.datasets[2]!;
		expect(spikes).toMatchObject({
			pointStyle: 'triangle',
			showLine: false,
			label: 'Spike: over 10% longer'
		});
		expect(spikes.data).toEqual([null, null, 12, null, null]);
		expect(spec.datasets[1]).toMatchObject({ stepped: true, data: [0, 10, 10.5, 12, 12] });
		expect(describeRuns(runs, KM)).toMatch(
			/One run was a spike, more than 10% longer: 15 Apr 12 km\.$/
		);
	});

	it('says so when the files do not reach 30 days back', () => {
		const short = computeLoad(
			[run('2025-04-10T07:00:00Z', 5), run('2025-04-12T07:00:00Z', 9)],
			opts
		);
		expect(runRows(recentRuns(short), KM).map((r) => r.verdict)).toEqual([
			'Not known: your files start less than 30 days before',
			'Not known: your files start less than 30 days before'
		]);
	});
});

describe('the next run', () => {
	it.each([
		[
			'no calf pain: within 10% of the longest of the last 30 days',
			false,
			{ kind: 'within', longest: 12 }
		],
		[
			'calf pain: no longer than the latest run, and no other figure',
			true,
			{ kind: 'no-longer-than-latest', km: 9 }
		]
	] as const)('%s', (_, calfHurts, expected) => {
		const n = nextRun(load, calfHurts);
		expect(n).toMatchObject(expected);
		if (n.kind === 'within') expect(n.km).toBeCloseTo(13.2, 9);
	});

	it('after 30 days without a run, says to start well below', () => {
		const later = computeLoad(history, { ...opts, now: Date.parse('2025-06-30T12:00:00Z') });
		expect(nextRun(later, false)).toEqual({ kind: 'after-break' });
		expect(nextRun(later, true)).toEqual({ kind: 'no-longer-than-latest', km: 9 });
	});

	it('is unknown when the files are too short, and with no run', () => {
		expect(nextRun(computeLoad([run('2025-04-20T07:00:00Z', 5)], opts), false)).toEqual({
			kind: 'unknown'
		});
		expect(nextRun(computeLoad([], opts), false)).toEqual({ kind: 'unknown' });
	});
});
