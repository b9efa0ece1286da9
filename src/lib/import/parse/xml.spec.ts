import { describe, expect, it } from 'vitest';
import { gpxFile, tcxFile } from '../fixtures/build';
import { parseGpx, parseTcx, xmlKind } from './xml';

const spec = { start: '2025-03-10T07:00:00Z', km: 10, seconds: 3000 };

describe('GPX 1.1', () => {
	it.each([
		['running', 'run'],
		['Trail Running', 'run'],
		['cycling', 'other'],
		['hiking', 'other']
	])('a track of type %s is a %s', (type, sport) => {
		const { activities } = parseGpx(gpxFile({ ...spec, type }));
		expect(activities).toHaveLength(1);
		expect(activities[0]).toMatchObject({ start: '2025-03-10T07:00:00Z', durationS: 3000, sport });
		// The distance is measured along the points: within a metre of the 10 km laid down.
		expect(activities[0]!.distanceKm).toBeCloseTo(10, 2);
	});

	it('a track without a type is read from its speed, and says so', () => {
		const run = parseGpx(gpxFile(spec));
		expect(run.activities[0]!.sport).toBe('run');
		expect(run.notes).toEqual(['A track does not name its sport; read as a run from its speed.']);
		expect(parseGpx(gpxFile({ ...spec, km: 40 })).activities[0]!.sport).toBe('other');
		// Strava wrote numbers in <type> in older exports: they name nothing.
		expect(parseGpx(gpxFile({ ...spec, type: '9' })).notes).toHaveLength(1);
	});

	it('times without a zone are UTC, as GPX 1.1 says', () => {
		const xml = gpxFile(spec).replaceAll(/(<time>[^<]+)Z</g, '$1<');
		expect(parseGpx(xml).activities[0]!.start).toBe('2025-03-10T07:00:00Z');
	});

	it.each([
		['cut short', (x: string) => x.slice(0, Math.floor(x.length / 2)), /damaged or cut short/],
		[
			'a route with no times',
			(x: string) => x.replaceAll(/<time>[^<]+<\/time>/g, ''),
			/no times: it looks like a planned route/
		],
		[
			'waypoints only',
			() =>
				'<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="1" lon="2"/></gpx>',
			/route or a set of waypoints/
		],
		['empty', () => '<gpx version="1.1"></gpx>', /holds no track/]
	])('refuses a GPX file %s', (_, change, message) => {
		expect(() => parseGpx(change(gpxFile(spec)))).toThrow(message);
	});
});

describe('TCX v2', () => {
	it.each([
		['Running', 'run'],
		['Biking', 'other']
	] as const)('an activity with Sport="%s" is a %s', (sport, kind) => {
		expect(parseTcx(tcxFile({ ...spec, sport })).activities).toEqual([
			{ start: '2025-03-10T07:00:00Z', distanceKm: 10, durationS: 3000, sport: kind }
		]);
	});

	it('Sport="Other" is read from its speed', () => {
		const r = parseTcx(tcxFile({ ...spec, sport: 'Other' }));
		expect(r.activities[0]!.sport).toBe('run');
		expect(r.notes[0]).toMatch(/does not name its sport/);
	});

	it('laps add up', () => {
		const xml = tcxFile(spec).replace(/(<Lap[\s\S]*<\/Lap>)/, '$1$1');
		expect(parseTcx(xml).activities[0]).toMatchObject({ distanceKm: 20, durationS: 6000 });
	});

	it.each([
		['cut short', (x: string) => x.slice(0, 400), /damaged or cut short/],
		[
			'a course',
			() =>
				'<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses/></TrainingCenterDatabase>',
			/a course/
		]
	])('refuses a TCX file %s', (_, change, message) => {
		expect(() => parseTcx(change(tcxFile(spec)))).toThrow(message);
	});
});

describe('XML bombs', () => {
	it('a document that declares nested entities is refused, not expanded', () => {
		const lol = ['<!ENTITY l0 "lol">'];
		for (let i = 1; i < 10; i++) lol.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
		const bomb = `<?xml version="1.0"?><!DOCTYPE gpx [${lol.join('')}]><gpx version="1.1"><trk><name>&l9;</name></trk></gpx>`;
		const t = performance.now();
		expect(() => parseGpx(bomb)).toThrow(/^This GPX file is damaged or cut short/);
		expect(performance.now() - t).toBeLessThan(1000);
	});
});

describe('xmlKind', () => {
	it.each([
		['<?xml version="1.0"?>\n<gpx version="1.1">', 'gpx'],
		['<TrainingCenterDatabase xmlns="…">', 'tcx'],
		['<ns:gpx>', 'gpx'],
		['<html><body>', null],
		['date,distance', null]
	])('%s → %s', (head, kind) => expect(xmlKind(head)).toBe(kind));
});
