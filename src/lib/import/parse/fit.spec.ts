import { describe, expect, it } from 'vitest';
import { Encoder, Profile, type Mesg } from '@garmin/fitsdk';
import { fitFile } from '../fixtures/build';
import { parseFit } from './fit';

const run = { start: '2025-03-10T07:00:00Z', km: 10.5, seconds: 3150 };

describe('parseFit (files made with the FIT SDK encoder)', () => {
	it.each([
		['a run (Garmin, Coros and others write sport "running")', { sport: 'running' }, 'run'],
		['a treadmill run', { sport: 'running', subSport: 'treadmill' }, 'run'],
		['a trail run', { sport: 'running', subSport: 'trail' }, 'run'],
		['a ride', { sport: 'cycling' }, 'other'],
		['a walk', { sport: 'walking' }, 'other'],
		['a swim', { sport: 'swimming' }, 'other']
	])('%s', (_, extra, sport) => {
		const { activities, notes } = parseFit(fitFile({ ...run, ...extra }));
		expect(activities).toEqual([
			{ start: '2025-03-10T07:00:00Z', distanceKm: 10.5, durationS: 3150, sport }
		]);
		expect(notes).toEqual([]);
	});

	it('a generic sport is read from its speed, and says so', () => {
		const jog = parseFit(fitFile({ ...run, sport: 'generic' }));
		expect(jog.activities[0]!.sport).toBe('run');
		expect(jog.notes).toEqual(['The file does not name its sport; read as a run from its speed.']);
		const ride = parseFit(fitFile({ ...run, km: 30, sport: 'generic' }));
		expect(ride.activities[0]!.sport).toBe('other');
	});

	it('a file with records only (no session or lap) is read from its records', () => {
		const { activities } = parseFit(fitFile({ ...run, recordsOnly: true, recordEvery: 10 }));
		expect(activities).toEqual([
			{ start: '2025-03-10T07:00:00Z', distanceKm: 10.5, durationS: 3150, sport: 'run' }
		]);
		expect(activities[0]!.sport).toBe('run');
	});

	it('a multisport file gives one activity per session', () => {
		const e = new Encoder();
		const put = (n: number, m: Record<string, unknown>) => e.onMesg(n, m as Mesg);
		const t0 = new Date('2025-06-01T06:00:00Z');
		put(Profile.MesgNum.FILE_ID!, {
			manufacturer: 'development',
			product: 1,
			timeCreated: t0,
			type: 'activity'
		});
		// a ride, then 100 s later a run
		const sessions = [
			{ start: t0, sport: 'cycling', seconds: 3600, metres: 30000 },
			{ start: new Date(t0.getTime() + 3700e3), sport: 'running', seconds: 1800, metres: 6000 }
		];
		for (const [i, s] of sessions.entries())
			put(Profile.MesgNum.SESSION!, {
				messageIndex: i,
				timestamp: new Date(s.start.getTime() + s.seconds * 1000),
				startTime: s.start,
				sport: s.sport,
				totalTimerTime: s.seconds,
				totalDistance: s.metres
			});
		expect(parseFit(e.close()).activities).toEqual([
			{ start: '2025-06-01T06:00:00Z', distanceKm: 30, durationS: 3600, sport: 'other' },
			{ start: '2025-06-01T07:01:40Z', distanceKm: 6, durationS: 1800, sport: 'run' }
		]);
	});

	it('a file cut short keeps what could be read and says it is damaged', () => {
		const bytes = fitFile({ ...run, recordEvery: 5 });
		const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
		const { activities, notes } = parseFit(cut);
		expect(activities).toHaveLength(1);
		expect(activities[0]!.start).toBe('2025-03-10T07:00:00Z');
		expect(notes).toContain('The file is damaged or cut short; what could be read of it was kept.');
	});

	it.each([
		[
			'a FIT header and nothing else',
			(b: Uint8Array) => b.subarray(0, 14),
			/damaged or cut short|holds no activity/
		],
		[
			'bytes of another kind',
			() => new TextEncoder().encode('hello, world, this is text'),
			/not a FIT file/
		],
		[
			'a settings file with no activity',
			() => {
				const e = new Encoder();
				e.onMesg(Profile.MesgNum.FILE_ID!, {
					manufacturer: 'development',
					product: 1,
					timeCreated: new Date(),
					type: 'settings'
				} as Mesg);
				return e.close();
			},
			/holds no activity/
		]
	])('refuses %s with a plain message', (_, make, message) => {
		expect(() => parseFit(make(fitFile(run)))).toThrow(message);
	});
});
