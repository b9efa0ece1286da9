import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import axe from 'axe-core';
// the styles the app's layout loads, so the component is seen (and axe checks it) as on a page
import '../../app.css';
import '$lib/ui/buttons.css';
import '$lib/ui/tables.css';
import ImportTraining from './ImportTraining.svelte';
import { file, fitFile, gpxFile, gz, stravaCsv, zip } from './fixtures/build';
import type { TrainingFill } from './fill';
import type { Units } from '$lib/units';

const KM: Units = { length: 'mm', distance: 'km' };
const MI: Units = { length: 'in', distance: 'mi' };
const NOW = Date.parse('2025-03-20T12:00:00Z'); // a Thursday

/** Five weeks of 8 km runs on Tue/Thu/Sat, a 10 km long run on Sundays, then a 14 km spike. */
function history(): File[] {
	const out: File[] = [];
	for (let w = 0; w < 5; w++) {
		const monday = Date.parse('2025-02-10T07:00:00Z') + w * 7 * 86_400_000;
		for (const [d, km] of [
			[1, 8],
			[3, 8],
			[5, 8],
			[6, 10]
		] as const) {
			const start = new Date(monday + d * 86_400_000).toISOString();
			out.push(
				file(`run-${w}-${d}.fit`, fitFile({ start, km, seconds: km * 330, recordEvery: 0 }))
			);
		}
	}
	out.push(
		file(
			'spike.gpx',
			gpxFile({ start: '2025-03-18T07:00:00Z', km: 14, seconds: 4800, type: 'running' })
		)
	);
	return out;
}

/** An element's text as it reads, white space collapsed. */
function text(el: Element | null): string {
	return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function setup(props: { units?: Units; calfHurts?: boolean } = {}) {
	const fills: TrainingFill[] = [];
	const screen = await render(ImportTraining, {
		units: props.units ?? KM,
		calfHurts: props.calfHurts ?? false,
		onfill: (f: TrainingFill) => fills.push(f),
		timeZone: 'Europe/Paris',
		clock: () => NOW
	});
	const give = (files: File[]) => {
		const input = screen.container.querySelector<HTMLInputElement>('#import-pick')!;
		const dt = new DataTransfer();
		for (const f of files) dt.items.add(f);
		input.files = dt.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
	};
	return { screen, fills, give };
}

describe('ImportTraining in a browser (real worker, real canvas)', () => {
	it('fills the answers in km with provenance, whatever the display unit', async () => {
		const { fills, give } = await setup({ units: MI });
		give(history());
		await expect
			.element(page.getByRole('button', { name: 'Fill my answers with these' }))
			.toBeVisible();
		await page.getByRole('button', { name: 'Fill my answers with these' }).click();
		const f = fills[0]!;
		expect(f.values.nextRunKm).toBe(14);
		expect(f.values.longestRunLast30DaysKm).toBe(10);
		// The files start on Tuesday 11 February, so that week is not covered: four full weeks.
		expect(f.values.weeklyKm).toEqual([34, 34, 34, 34]);
		expect(f.values.restDaysPerWeek).toBe(3);
		expect(f.provenance.nextRunKm).toBe('from your files (18 Mar 2025)');
		expect(f.activities).toHaveLength(21);
		// Shown in miles: 14 km is 8.7 mi; 10 km × 1.1 = 11 km is 6.8 mi (rounded down).
		await expect.element(page.getByText('8.7 mi', { exact: false }).first()).toBeVisible();
		await expect
			.element(page.getByRole('status').filter({ hasText: 'Filled from your files' }))
			.toBeVisible();
	});

	it('marks the spike by shape and words, in the chart label and the table', async () => {
		const { screen, give } = await setup();
		give(history());
		const canvas = page.getByRole('img', {
			name: /One run was a spike, more than 10% longer: 18 Mar 14 km/
		});
		await expect.element(canvas).toBeInTheDocument();
		const row = screen.container.querySelector('tr.spike')!;
		expect(row.textContent).toContain('▲\u00a0Spike: 40% longer');
		expect(screen.container.querySelectorAll('figure canvas[role="img"]')).toHaveLength(2);
		expect(screen.container.querySelectorAll('figure table')).toHaveLength(2);
	});

	it('the next-run line: within 10% of the 30-day longest, or with calf pain no longer than the latest run', async () => {
		const calm = await setup();
		calm.give(history());
		// The latest run (14 km) is now in the window: 14 × 1.1 = 15.4 km.
		await expect
			.poll(() => text(calm.screen.container.querySelector('.next')))
			.toBe(
				'Next run: up to 15.4 km keeps it within 10% of your longest run in the last 30 days (14 km).'
			);
		await calm.screen.unmount();
		const sore = await setup({ calfHurts: true });
		sore.give(history());
		await expect
			.poll(() => text(sore.screen.container.querySelector('.next')))
			.toBe('Next run: while your calf hurts, no longer than your latest run (14 km).');
	});

	it('one bad file keeps the others, each with its own message', async () => {
		const { give } = await setup();
		give([
			file('broken.fit', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])),
			...history().slice(0, 3)
		]);
		await expect
			.element(
				page.getByText(
					'Not read. This file is not a FIT, GPX, TCX, CSV or zip file, so it was not read.'
				)
			)
			.toBeVisible();
		await expect.element(page.getByText('What your files say')).toBeVisible();
	});

	it('folds a folder of files read without a problem into one line, a bad one still shown', async () => {
		const { screen, give } = await setup();
		give([
			file('broken.fit', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])),
			...history()
		]);
		const summary = page.getByText('21 files read without a problem: 21 runs');
		await expect.element(summary).toBeVisible();
		await expect.element(page.getByText(/broken\.fit\s*: Not read\./)).toBeVisible();
		const folded = screen.container.querySelector('.folded details') as HTMLDetailsElement;
		expect(folded.open).toBe(false);
		await summary.click();
		await expect.element(page.getByText(/spike\.gpx\s*: 1 run\./)).toBeVisible();
	});

	it('asks km or miles for an old Strava activities.csv, and counts its rows once answered', async () => {
		const { fills, give } = await setup();
		const rows = [
			{ id: 1, start: '2025-03-18T07:00:00Z', km: 16.09, seconds: 3600 },
			{ id: 2, start: '2025-03-11T07:00:00Z', km: 8.05, seconds: 2400 }
		];
		give([file('activities.csv', stravaCsv(rows, { unit: 'mi', old: true }))]);
		await expect
			.element(
				page.getByRole('group', {
					name: 'Are the distances in activities.csv in kilometres or miles?'
				})
			)
			.toBeVisible();
		await expect.element(page.getByText(/0 runs, waiting for your answer below/)).toBeVisible();
		await page.getByRole('radio', { name: 'Miles' }).click();
		await expect.element(page.getByText('activities.csv: 2 runs.', { exact: false })).toBeVisible();
		await page.getByRole('button', { name: 'Fill my answers with these' }).click();
		expect(fills[0]!.values.nextRunKm).toBe(16.09);
	});

	it('reads a Strava archive dropped on the zone, and says what was counted twice', async () => {
		const { screen } = await setup();
		const run = { start: '2025-03-18T07:00:00Z', km: 10, seconds: 3000 };
		const archive = zip({
			'activities.csv': stravaCsv([{ ...run, id: 1, filename: 'activities/1.fit.gz' }]),
			'activities/1.fit.gz': gz(fitFile(run))
		});
		const dt = new DataTransfer();
		dt.items.add(file('export.zip', archive));
		dt.items.add(file('watch.fit', fitFile(run)));
		const zone = screen.container.querySelector('.drop')!;
		zone.dispatchEvent(
			new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })
		);
		await expect
			.element(page.getByText(/export\.zip\s*: 0 runs \(1 already counted/))
			.toBeVisible();
		await expect.element(page.getByText(/watch\.fit\s*: 1 run\./)).toBeVisible();
	});

	it('has no serious or critical accessibility issue, and fits a 320 px screen, charts shown', async () => {
		await page.viewport(320, 700);
		const { screen, give } = await setup();
		give(history());
		await expect
			.element(page.getByRole('img', { name: /Bar chart of weekly running distance/ }))
			.toBeInTheDocument();
		await expect
			.element(page.getByRole('img', { name: /One run was a spike/ }))
			.toBeInTheDocument();
		const { violations } = await axe.run(screen.container);
		const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
			[]
		);
		expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
	});
});
