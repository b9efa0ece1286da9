import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { isoDay } from './days';
import { computeLoad, medianDown, monthsOfRunning, SPIKE_ABOVE } from './load';
import { trainingFill } from './fill';

const run = (start: string, km: number, durationS?: number): Activity => ({
	start,
	distanceKm: km,
	sport: 'run',
	...(durationS !== undefined ? { durationS } : {})
});
const other = (start: string, hours: number): Activity => ({
	start,
	distanceKm: 20,
	durationS: hours * 3600,
	sport: 'other'
});
const at = (iso: string) => Date.parse(iso);

/** A run on every listed day (ISO dates) at 07:00 UTC. */
function daily(days: string[], km: number): Activity[] {
	return days.map((d) => run(`${d}T07:00:00Z`, km));
}

/** Every day from `from` for `n` days, as ISO dates. */
function span(from: string, n: number, step = 1): string[] {
	const out: string[] = [];
	for (let i = 0; i < n; i += step)
		out.push(new Date(at(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));
	return out;
}

describe('full weeks, Monday to Sunday, in the runner time zone', () => {
	// Wednesday 19 March 2025: the last full week is Mon 10 – Sun 16 March.
	const now = at('2025-03-19T12:00:00Z');
	const base = [run('2025-02-01T08:00:00Z', 5)]; // the files start well before the weeks

	it.each([
		// Sunday 16 March 23:30 UTC: the last full week in London, but Monday (this week) in Paris.
		['Europe/London', 10, 0],
		['Europe/Paris', 0, 10],
		// The same run is Sunday afternoon in New York: last full week.
		['America/New_York', 10, 0]
	])(
		'in %s a run at Sun 23:30 UTC counts %i km in the last full week (%i km this week, not shown)',
		(zone, lastWeek) => {
			const load = computeLoad([...base, run('2025-03-16T23:30:00Z', 10)], { now, timeZone: zone });
			expect(load.weeks.at(-1)!.km).toBe(lastWeek);
			expect(isoDay(load.weeks.at(-1)!.monday)).toBe('2025-03-10');
		}
	);

	it('today being Sunday, the running week is not full yet; on Monday it is', () => {
		const acts = [...base, run('2025-03-16T09:00:00Z', 8)];
		const sunday = computeLoad(acts, { now: at('2025-03-16T20:00:00Z'), timeZone: 'UTC' });
		const monday = computeLoad(acts, { now: at('2025-03-17T06:00:00Z'), timeZone: 'UTC' });
		expect(isoDay(sunday.weeks.at(-1)!.monday)).toBe('2025-03-03');
		expect(isoDay(monday.weeks.at(-1)!.monday)).toBe('2025-03-10');
		expect(monday.weeks.at(-1)!.km).toBe(8);
	});

	it('a week holding a DST change still has seven days (Paris, 30 March 2025)', () => {
		// Mon 24 – Sun 30 March: 8 runs, one each day plus a second on Sunday evening local.
		const acts = [
			...base,
			...daily(span('2025-03-24', 7), 5),
			run('2025-03-30T20:00:00Z', 3) // 22:00 summer time, Sunday
		];
		const load = computeLoad(acts, { now: at('2025-04-02T10:00:00Z'), timeZone: 'Europe/Paris' });
		const week = load.weeks.at(-1)!;
		expect(isoDay(week.monday)).toBe('2025-03-24');
		expect(week.km).toBe(38);
		expect(week.runs).toBe(8);
		expect(week.restDays).toBe(0);
	});

	it('weeks before the first activity are not covered, so they are left out, not zero', () => {
		const acts = [run('2025-03-04T07:00:00Z', 6), run('2025-03-12T07:00:00Z', 7)];
		const load = computeLoad(acts, { now, timeZone: 'UTC' });
		// Files start on Tuesday 4 March: that week is not covered; 10–16 March is.
		expect(load.weeks.map((w) => isoDay(w.monday))).toEqual(['2025-03-10']);
	});

	it('keeps at most 12 weeks, oldest first, with empty weeks as 0', () => {
		const acts = [run('2024-06-01T07:00:00Z', 5), run('2025-03-11T07:00:00Z', 9)];
		const load = computeLoad(acts, { now, timeZone: 'UTC' });
		expect(load.weeks).toHaveLength(12);
		expect(isoDay(load.weeks[0]!.monday)).toBe('2024-12-23');
		expect(load.weeks.map((w) => w.km)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
	});

	it('other sports add hours, not distance', () => {
		const acts = [...base, run('2025-03-11T07:00:00Z', 9), other('2025-03-12T07:00:00Z', 1.5)];
		const week = computeLoad(acts, { now, timeZone: 'UTC' }).weeks.at(-1)!;
		expect(week.km).toBe(9);
		expect(week.otherHours).toBe(1.5);
		expect(week.restDays).toBe(6);
	});
});

describe('the longest run in the 30 days before each run', () => {
	const tz = 'UTC';
	const now = at('2025-05-01T12:00:00Z');
	const first = run('2025-02-01T07:00:00Z', 4); // the files reach back far enough

	it.each([
		// [runs before (iso, km)…], latest km, expected longest before, spike
		[[['2025-03-20', 10]], 11, 10, false], // exactly +10%: not a spike
		[[['2025-03-20', 10]], 11.1, 10, true],
		[
			[
				['2025-03-20', 10],
				['2025-03-25', 16]
			],
			12,
			16,
			false
		],
		// 30 days before 19 April is 20 March: counted; 19 March is not.
		[
			[
				['2025-03-19', 20],
				['2025-03-20', 10]
			],
			12,
			10,
			true
		],
		// Same day, earlier: counted; the latest itself is never counted.
		[[['2025-04-19', 9]], 9, 9, false]
	] as const)(
		'before %j, a run of %s km on 19 April has %s km before it (spike: %s)',
		(before, latest, longest, spike) => {
			const acts = [
				first,
				...before.map(([d, km]) => run(`${d}T06:00:00Z`, km)),
				run('2025-04-19T07:00:00Z', latest)
			];
			const load = computeLoad(acts, { now, timeZone: tz });
			expect(load.latest!.km).toBe(latest);
			expect(load.latest!.longestBefore).toBe(longest);
			expect(load.latest!.spike).toBe(spike);
		}
	);

	it('a first run after 30 days off has 0 before it and reads as after a break', () => {
		const load = computeLoad([first, run('2025-04-19T07:00:00Z', 5)], { now, timeZone: tz });
		expect(load.latest).toMatchObject({
			longestBefore: 0,
			ratio: null,
			spike: false,
			afterBreak: true
		});
	});

	it('is unknown when the files start less than 30 days before the run', () => {
		const load = computeLoad([run('2025-04-01T07:00:00Z', 8), run('2025-04-19T07:00:00Z', 12)], {
			now,
			timeZone: tz
		});
		expect(load.latest!.longestBefore).toBeNull();
		expect(load.latest!.spike).toBe(false);
	});

	it('uses the engine cut-point: more than 10% over', () => {
		expect(SPIKE_ABOVE).toBe(1.1);
	});

	it('the window counts local days: an evening run in New York is the next day in UTC', () => {
		// 18 March 23:00 New York = 19 March 03:00 UTC: 31 days before 18 April (NY), outside.
		const acts = [first, run('2025-03-19T03:00:00Z', 20), run('2025-04-18T15:00:00Z', 10)];
		expect(computeLoad(acts, { now, timeZone: 'America/New_York' }).latest!.longestBefore).toBe(0);
		expect(computeLoad(acts, { now, timeZone: 'UTC' }).latest!.longestBefore).toBe(20);
	});
});

describe('months of weekly running', () => {
	const runDays = (isos: string[]) =>
		new Set(isos.map((d) => Math.floor(at(`${d}T00:00:00Z`) / 86_400_000)));
	const today = Math.floor(at('2025-03-19T00:00:00Z') / 86_400_000);

	it.each([
		['a run every Tuesday for two years', span('2023-03-07', 730, 7), '2023-03-01', 12],
		[
			// Days 1–7 touch at most two Monday–Sunday weeks, and only one begins in the month.
			'runs only in the first seven days of each month',
			span('2023-03-01', 730).filter((d) => Number(d.slice(8)) <= 7),
			'2023-03-01',
			0
		],
		['weekly from October 2024 on', span('2024-10-01', 170, 7), '2023-01-01', 5]
	])('%s', (_, days, first, months) => {
		const firstDay = Math.floor(at(`${first}T00:00:00Z`) / 86_400_000);
		const m = monthsOfRunning(runDays(days), today, firstDay);
		expect(m.count).toBe(months);
		expect(isoDay(m.from)).toBe('2024-03-01');
		expect(isoDay(m.to)).toBe('2025-02-28');
		expect(m.covered).toBe(true);
	});

	it('is not covered when the files start inside the 12 months', () => {
		const firstDay = Math.floor(at('2024-06-01T00:00:00Z') / 86_400_000);
		expect(monthsOfRunning(runDays(['2024-06-03']), today, firstDay).covered).toBe(false);
	});
});

describe('rest days: the median of the last 4 full weeks, a half rounded down', () => {
	it.each([
		[[1, 2, 2, 3], 2],
		[[0, 1, 1, 0], 0],
		[[2, 2, 3, 3], 2],
		[[2, 3, 3, 3], 3],
		[[7, 7, 7, 7], 7],
		[[1, 5, 2], 2]
	])('%j → %i', (values, median) => expect(medianDown(values)).toBe(median));
});

describe('trainingFill', () => {
	const tz = 'Europe/Paris';
	// Wednesday 16 April 2025; 20 weeks of running Tue/Thu/Sat/Sun, 8 km, long run on Sunday growing.
	const now = at('2025-04-16T10:00:00Z');
	const acts: Activity[] = [];
	for (let w = 0; w < 20; w++) {
		const monday = at('2024-11-25T00:00:00Z') + w * 7 * 86_400_000;
		for (const [offset, km] of [
			[1, 8],
			[3, 8],
			[5, 6],
			[6, 10 + w * 0.5]
		] as const) {
			acts.push(
				run(
					new Date(monday + offset * 86_400_000 + 7 * 3600_000).toISOString().replace('.000Z', 'Z'),
					km,
					km * 330
				)
			);
		}
		acts.push(
			other(
				new Date(monday + 2 * 86_400_000 + 17 * 3600_000).toISOString().replace('.000Z', 'Z'),
				1
			)
		);
	}
	acts.push(run('2025-04-15T06:00:00Z', 22, 7000)); // Tuesday this week: the latest run, a spike

	it('fills every field it can, in km, with where it came from', () => {
		const fill = trainingFill(acts, { now, timeZone: tz });
		expect(fill.values.weeklyKm).toHaveLength(12);
		expect(fill.values.weeklyKm!.at(-1)).toBe(8 + 8 + 6 + 10 + 19 * 0.5);
		expect(fill.provenance.weeklyKm).toBe('from your files (20 Jan – 13 Apr 2025)');
		expect(fill.values.nextRunKm).toBe(22);
		expect(fill.provenance.nextRunKm).toBe('from your files (15 Apr 2025)');
		expect(fill.values.longestRunLast30DaysKm).toBe(10 + 19 * 0.5);
		expect(fill.provenance.longestRunLast30DaysKm).toBe('from your files (16 Mar – 14 Apr 2025)');
		expect(fill.values.restDaysPerWeek).toBe(3);
		expect(fill.values.otherSportHoursPerWeek).toBe(1);
		// The files start in November 2024: the 12 months from April 2024 are not covered.
		expect(fill.values.monthsRunningLast12).toBeUndefined();
		expect(fill.notFilled.monthsRunningLast12).toMatch(
			/^Your files start on 26 Nov 2024, so they do not cover the last 12 months \(Apr 2024 to Mar 2025\)\. In the months they cover you ran weekly in 4;/
		);
		expect(fill.range).toEqual({ from: '2024-11-26', to: '2025-04-15' });
		expect(fill.notes).toEqual([]);
	});

	it('says why when the files are too short, and notes stale and future activities', () => {
		const fill = trainingFill(
			[
				run('2025-01-07T07:00:00Z', 5),
				run('2025-01-09T07:00:00Z', 6),
				run('2025-05-01T07:00:00Z', 6)
			],
			{ now, timeZone: tz }
		);
		expect(fill.values.nextRunKm).toBe(6);
		expect(fill.notFilled.longestRunLast30DaysKm).toMatch(
			/less than 30 days before your latest run \(9 Jan 2025\)/
		);
		expect(fill.notFilled.restDaysPerWeek).toBeUndefined();
		// Files start Tuesday 7 January: weeks from Monday 13 January on, the last 12 of them.
		expect(fill.values.weeklyKm).toEqual(Array(12).fill(0));
		expect(fill.notes).toEqual([
			'One activity is dated after today and left out: check the clock of the device that recorded them.',
			'Your latest activity in these files is from 9 Jan 2025: every week after it counts as 0 km. If you ran since, add the files of those runs.'
		]);
	});

	it('with no activity, fills nothing and says so for each field', () => {
		const fill = trainingFill([], { now, timeZone: tz });
		expect(fill.values).toEqual({});
		expect(Object.keys(fill.notFilled)).toHaveLength(6);
		expect(fill.range).toBeNull();
	});
});
