import { describe, expect, it } from 'vitest';
import { Budget } from './archive';
import { file, fitFile, gpxFile, gz, stravaCsv, tcxFile, zip } from './fixtures/build';
import { readFiles } from './read';
import { resolvePending } from './pending';

const spec = { start: '2025-03-10T07:00:00Z', km: 10, seconds: 3000 };
const run10 = { start: '2025-03-10T07:00:00Z', distanceKm: 10, durationS: 3000, sport: 'run' };
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('readFiles: each file by its content, one failure never losing the others', () => {
	it.each([
		['run.fit', fitFile(spec), 'fit'],
		['run.gpx', gpxFile({ ...spec, type: 'running' }), 'gpx'],
		['run.tcx', tcxFile(spec), 'tcx'],
		['run.fit.gz', gz(fitFile(spec)), 'fit'],
		['run.gpx.gz', gz(gpxFile({ ...spec, type: 'running' })), 'gpx'],
		// Named wrongly: read by content.
		['run.fit', gpxFile({ ...spec, type: 'running' }), 'gpx'],
		['history.csv', 'date,distance_km\n2025-03-10,10\n', 'csv']
	])('%s is read as %s', async (name, data, kind) => {
		const [r] = await readFiles([file(name, data)]);
		expect(r!.error).toBeUndefined();
		expect(r!.kind).toBe(kind);
		expect(r!.items.map((i) => i.activity.distanceKm)).toEqual([10]);
	});

	it.each([
		['empty.fit', '', 'This file is empty.'],
		['photo.png', png, 'This file is not a FIT, GPX, TCX, CSV or zip file, so it was not read.'],
		[
			'notes.gpx',
			'just some words',
			'This file is named as a GPX file but is not one: it may be damaged or of another kind.'
		],
		[
			'page.html',
			'<html><body>hi</body></html>',
			'This CSV file has no date and distance columns: give a header such as "date,distance_km", or two columns, date then distance.'
		],
		['cut.tcx', tcxFile(spec).slice(0, 300), /^This TCX file is damaged or cut short/],
		[
			'cut.fit.gz',
			gz(fitFile(spec)).subarray(0, 40),
			'cut.fit.gz is a damaged or cut-short gzip file.'
		],
		[
			'twice.zip.gz',
			gz(zip({ 'a.gpx': 'x' })),
			'This is a gzipped zip archive: unzip it once, then add the zip.'
		],
		['empty.zip', zip({}), /^The archive has no FIT, GPX or TCX files and no activities.csv/],
		[
			'photos.zip',
			zip({ 'a.jpg': png }),
			'The archive has no FIT, GPX or TCX files and no activities.csv (it holds 1 file).'
		]
	])('%s gets a clear message', async (name, data, message) => {
		const [r] = await readFiles([file(name, data)]);
		expect(r!.items).toEqual([]);
		expect(r!.error).toMatch(message);
	});

	it('a bad file between good ones loses nothing', async () => {
		const results = await readFiles([
			file('a.fit', fitFile(spec)),
			file('b.fit', png),
			file('c.tcx', tcxFile({ ...spec, start: '2025-03-11T07:00:00Z' }))
		]);
		expect(results.map((r) => [r.name, r.items.length, !!r.error])).toEqual([
			['a.fit', 1, false],
			['b.fit', 0, true],
			['c.tcx', 1, false]
		]);
	});

	it('reports progress per file, ending at 1', async () => {
		const seen: string[] = [];
		await readFiles([file('a.fit', fitFile(spec)), file('b.gpx', gpxFile(spec))], (p) =>
			seen.push(`${p.index}:${p.fraction}`)
		);
		expect(seen).toEqual(['0:0', '0:1', '1:0', '1:1']);
	});
});

describe('a Strava bulk-export archive', () => {
	const rows = [
		{ ...spec, id: 1, filename: 'activities/1.fit.gz' },
		{ ...spec, id: 2, start: '2025-03-12T07:00:00Z', filename: 'activities/2.gpx.gz' },
		{
			...spec,
			id: 3,
			start: '2025-03-13T07:00:00Z',
			type: 'Ride',
			km: 40,
			filename: 'activities/3.tcx.gz'
		},
		{ ...spec, id: 4, start: '2025-03-14T07:00:00Z' } // a manual entry: no file
	];
	const files = {
		'activities/1.fit.gz': gz(fitFile(spec)),
		'activities/2.gpx.gz': gz(gpxFile({ ...spec, start: '2025-03-12T07:00:00Z', type: 'running' })),
		'activities/3.tcx.gz': gz(
			tcxFile({ ...spec, start: '2025-03-13T07:00:00Z', km: 40, sport: 'Biking' })
		),
		'media/photo.jpg': png,
		'profile.csv': 'x'
	};

	it('reads activities.csv (metres column) and no activity file it lists', async () => {
		const [r] = await readFiles([
			file('export_123.zip', zip({ 'activities.csv': stravaCsv(rows, { unit: 'mi' }), ...files }))
		]);
		expect(r!.kind).toBe('strava-archive');
		expect(r!.error).toBeUndefined();
		expect(
			r!.items.map((i) => [
				i.activity.start.slice(0, 10),
				i.activity.distanceKm,
				i.activity.sport,
				i.rank
			])
		).toEqual([
			['2025-03-10', 10, 'run', 1],
			['2025-03-12', 10, 'run', 1],
			['2025-03-13', 40, 'other', 1],
			['2025-03-14', 10, 'run', 1]
		]);
	});

	it('an old export (one Distance column, a miles account) infers miles from its files', async () => {
		const [r] = await readFiles([
			file(
				'export.zip',
				zip({ 'activities.csv': stravaCsv(rows, { unit: 'mi', old: true }), ...files })
			)
		]);
		expect(r!.question).toBeUndefined();
		expect(r!.notes).toContain(
			"Strava's activities.csv gives distances in miles, as the activity files beside it show."
		);
		expect(
			r!.items.find((i) => i.activity.start.startsWith('2025-03-14'))!.activity.distanceKm
		).toBe(9.994);
	});

	it('an old export whose files disagree with it reads listed activities from their files, asking only for the rest', async () => {
		// The ride's file says 12 km where the CSV says 40: no unit explains that, so nothing is inferred.
		const ride = gz(tcxFile({ ...spec, start: '2025-03-13T07:00:00Z', km: 12, sport: 'Biking' }));
		const bare = {
			'activities.csv': stravaCsv(rows, { unit: 'km', old: true }),
			'activities/3.tcx.gz': ride
		};
		const [r] = await readFiles([file('export.zip', zip(bare))]);
		expect(r!.items.map((i) => [i.activity.distanceKm, i.rank])).toEqual([[12, 3]]);
		expect(r!.question).toEqual({ unit: true, order: false });
		expect(resolvePending(r!.pending!, { unit: 'km' }).items).toHaveLength(3);
	});

	it('activities.csv alone from an old export asks km or miles, then reads it', async () => {
		const [r] = await readFiles([
			file('activities.csv', stravaCsv(rows, { unit: 'mi', old: true }))
		]);
		expect(r!.kind).toBe('strava-csv');
		expect(r!.items).toEqual([]);
		expect(r!.question).toEqual({ unit: true, order: false });
		const mi = resolvePending(r!.pending!, { unit: 'mi' });
		expect(mi.items.map((i) => i.activity.distanceKm)).toEqual([9.994, 9.994, 39.992, 9.994]);
	});

	it('files inside that cannot be read are named, the rest kept', async () => {
		const broken = {
			'activities/9.fit.gz': gz(png),
			'activities/1.fit.gz': files['activities/1.fit.gz']
		};
		const [r] = await readFiles([file('garmin.zip', zip(broken))]);
		expect(r!.kind).toBe('zip');
		expect(r!.items).toHaveLength(1);
		expect(r!.notes).toEqual([
			'1 file inside could not be read: 9.fit.gz (it is not a FIT, GPX or TCX file).'
		]);
	});

	it('one budget across files: an archive over the total cap stops, the files before it stay read', async () => {
		const budget = new Budget({ entries: 100, fileBytes: 2_000_000, totalBytes: 1_000_000 });
		const results = await readFiles(
			[
				file('a.fit', fitFile(spec)),
				file('big.zip', zip({ 'x.gpx': new Uint8Array(1_500_000).fill(32) }))
			],
			undefined,
			undefined,
			budget
		);
		expect(results[0]!.items.map((i) => i.activity)).toEqual([run10]);
		expect(results[1]!.error).toMatch(/in all, so reading stopped/);
	});
});
