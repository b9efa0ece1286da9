import { describe, expect, it } from 'vitest';
import { STRAVA_HEADER, stravaCsv, stravaDate } from '../fixtures/build';
import { parsePlainCsv, parseStravaCsv } from './csv';
import { datedRows, plainActivities, stravaActivity } from './rows';
import { dayOrder, readDuration, readNumber, readPlainDate, readStravaDate } from './numbers';

const row = { id: 1, start: '2025-03-10T07:00:00Z', km: 10, seconds: 3000 };

describe("Strava's activities.csv", () => {
	it.each(['km', 'mi'] as const)(
		'an export for a %s account is read from the metres column',
		(unit) => {
			const csv = parseStravaCsv(
				stravaCsv([row, { ...row, id: 2, type: 'Ride', km: 40 }], { unit })
			);
			expect(csv.metres).toBe(true);
			expect(csv.rows.map((r) => stravaActivity(r, null))).toEqual([
				{ start: '2025-03-10T07:00:00Z', distanceKm: 10, durationS: 2940, sport: 'run' },
				{ start: '2025-03-10T07:00:00Z', distanceKm: 40, durationS: 2940, sport: 'other' }
			]);
		}
	);

	it('a row missing its metres is read in the account unit the other rows show', () => {
		const text = stravaCsv([row, { ...row, id: 2, start: '2025-03-11T07:00:00Z' }], { unit: 'mi' });
		const lines = text.trim().split('\n');
		lines[2] = lines[2]!.replace(/,10000\.0,/, ',,');
		const csv = parseStravaCsv(lines.join('\n'));
		expect(csv.accountUnit).toBe('mi');
		expect(csv.rows[1]!.metres).toBeUndefined();
		expect(stravaActivity(csv.rows[1]!, csv.accountUnit)!.distanceKm).toBe(9.994);
	});

	it('an older export with one Distance column needs its unit', () => {
		const csv = parseStravaCsv(stravaCsv([row], { unit: 'mi', old: true }));
		expect(csv.metres).toBe(false);
		expect(stravaActivity(csv.rows[0]!, null)).toBeNull();
		// Strava writes 2 decimals: 6.21 mi is 9.994 km.
		expect(stravaActivity(csv.rows[0]!, 'mi')!.distanceKm).toBe(9.994);
		expect(stravaActivity(csv.rows[0]!, 'km')!.distanceKm).toBe(6.21);
	});

	it.each([
		['Run', 'run'],
		['Trail Run', 'run'],
		['Virtual Run', 'run'],
		['Walk', 'other'],
		['Hike', 'other'],
		['Weight Training', 'other']
	])('Activity Type %s is %s', (type, sport) => {
		expect(parseStravaCsv(stravaCsv([{ ...row, type }])).rows[0]!.sport).toBe(sport);
	});

	it('skips rows it cannot read, and says how many', () => {
		const text = stravaCsv([row]) + '2,"not a date",x,Run,,1,2,,,,,,,,,1,1,1\n';
		const csv = parseStravaCsv(text);
		expect(csv.rows).toHaveLength(1);
		expect(csv.notes).toEqual(['1 row with a date that could not be read left out.']);
	});

	it('refuses a CSV without Strava columns', () => {
		expect(() => parseStravaCsv('date,distance\n2025-03-10,5\n')).toThrow(
			/columns of a Strava export/
		);
	});

	it.each([
		[stravaDate('2024-05-06T04:02:34Z'), '2024-05-06T04:02:34Z'],
		[stravaDate('2024-05-06T16:02:34Z', '\u202f'), '2024-05-06T16:02:34Z'],
		['Dec 31, 2024, 12:00:00 AM', '2024-12-31T00:00:00Z'],
		['Dec 31, 2024, 12:00:00 PM', '2024-12-31T12:00:00Z'],
		['6 May 2024, 16:02:34', '2024-05-06T16:02:34Z'],
		['2024-05-06 04:02:34', '2024-05-06T04:02:34Z'],
		['Feb 30, 2024, 1:00:00 AM', null],
		['yesterday', null]
	])('Activity Date "%s" is %s (UTC)', (text, iso) => {
		const ms = readStravaDate(text);
		expect(ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z')).toBe(iso);
	});

	it('keeps the header Strava writes', () => {
		expect(STRAVA_HEADER.split(',').filter((h) => h === 'Distance')).toHaveLength(2);
	});
});

describe('a plain CSV of dates and distances', () => {
	it.each([
		['date,distance_km\n2025-03-10,10.5\n', 'km', [['2025-03-10', 10.5]]],
		['Date,Distance (mi)\n2025-03-10,5\n', 'mi', [['2025-03-10', 8.047]]],
		['day;km\n2025-03-10;10,5\n', 'km', [['2025-03-10', 10.5]]],
		[
			'date,distance_m\n2025-03-10T07:30:00+01:00,10500\n',
			'm',
			[['2025-03-10T07:30:00+01:00', 10.5]]
		],
		[
			'date,km\n14/03/2025,8\n03/04/2025,9\n',
			'km',
			[
				['2025-03-14', 8],
				['2025-04-03', 9]
			]
		],
		['date,km\n03/14/2025,8\n', 'km', [['2025-03-14', 8]]],
		['2025-03-10 07:30,5\n', null, null]
	] as const)('%j reads with unit %s', (text, unit, expected) => {
		const csv = parsePlainCsv(text);
		expect(csv.unit).toBe(unit);
		if (expected === null) return;
		expect(plainActivities(csv.rows, csv.unit!).map((a) => [a.start, a.distanceKm])).toEqual(
			expected
		);
	});

	it('asks the day order when every date reads both ways, then reads them', () => {
		const csv = parsePlainCsv('date,km\n03/04/2025,9\n05/06/2025,7\n');
		expect(csv.order).toBe('ask');
		expect(datedRows(csv.pending!, 'dmy').rows.map((r) => r.start)).toEqual([
			'2025-04-03',
			'2025-06-05'
		]);
		expect(datedRows(csv.pending!, 'mdy').rows.map((r) => r.start)).toEqual([
			'2025-03-04',
			'2025-05-06'
		]);
	});

	it('reads a sport and a duration column when there is one', () => {
		const csv = parsePlainCsv(
			'date,distance km,time,type\n2025-03-10,10,0:50:00,Run\n2025-03-11,30,1:30:00,Bike\n'
		);
		expect(plainActivities(csv.rows, 'km')).toEqual([
			{ start: '2025-03-10', distanceKm: 10, durationS: 3000, sport: 'run' },
			{ start: '2025-03-11', distanceKm: 30, durationS: 5400, sport: 'other' }
		]);
	});

	it.each([
		['', /empty/],
		['name,colour\nx,y\n', /no date and distance columns/],
		['date,km\n14/03/2025,8\n03/14/2025,9\n', /mix day-first and month-first/],
		['date,km\nsoon,8\n', /No row of this CSV file/]
	])('refuses %j', (text, message) => {
		expect(() => parsePlainCsv(text)).toThrow(message);
	});

	it('leaves out a distance that could mean two things, and says why', () => {
		const csv = parsePlainCsv('date,km\n2025-03-10,"1,200"\n2025-03-11,8\n');
		expect(csv.rows).toHaveLength(1);
		expect(csv.notes[0]).toMatch(
			/^1 row with a distance that could not be read left out .*1,200 could mean 1.2 or 1200/
		);
	});
});

describe('numbers and dates', () => {
	it.each([
		['12.5', 12.5],
		['12,5', 12.5],
		[' 8 ', 8],
		['1,200', null],
		['1,234.5', 1234.5],
		['-3', null],
		['12 km', null],
		['', null]
	])('readNumber(%j) = %s', (s, n) => expect(readNumber(s)).toBe(n));

	it.each([
		['1:02:03', 3723],
		['45:10', 2710],
		['3000', 3000],
		['1:75:00', null]
	])('readDuration(%j) = %s', (s, n) => expect(readDuration(s)).toBe(n));

	it.each([
		['2025-03-14', null, '2025-03-14'],
		['2025-03-14T07:30:00Z', null, '2025-03-14T07:30:00Z'],
		['2025-03-14T07:30+0100', null, '2025-03-14T07:30:00+01:00'],
		['2025-03-14 07:30', null, '2025-03-14'],
		['14.03.2025', 'dmy', '2025-03-14'],
		['14.03.2025', 'mdy', null],
		['2025-02-29', null, null]
	] as const)('readPlainDate(%j, %s) = %s', (s, order, out) =>
		expect(readPlainDate(s, order)).toBe(out)
	);

	it.each([
		[['14/03/2025', '01/04/2025'], 'dmy'],
		[['03/14/2025'], 'mdy'],
		[['01/02/2025'], 'ambiguous'],
		[['14/03/2025', '03/14/2025'], 'conflict']
	])('dayOrder(%j) = %s', (values, order) => expect(dayOrder(values)).toBe(order));
});
