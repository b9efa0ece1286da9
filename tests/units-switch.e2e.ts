import { expect, test, type Page } from '@playwright/test';
import { pageRequest, openSteps } from './helpers';
import { horizontalOverflow, seriousViolations } from './axe';
import { assess } from '../src/lib/risk/assess';
import { STORAGE_KEY } from '../src/lib/saved/store';
import { type SavedRecord } from '../src/lib/saved/record';
import type { AssessRequest } from '../src/lib/risk/schema';
import { formatDisplay, formatTo, type Units } from '../src/lib/units';

/**
 * The units switch of /compare (and /check without scripts): figures are converted, never
 * re-read, so the ranking and every index stay as they were, with scripts and without.
 */

const METRIC: Units = { length: 'mm', distance: 'km' };
const IMPERIAL: Units = { length: 'in', distance: 'mi' };
/** Two typed shoes that score apart: drop, toe box and wear all count for this runner. */
const A = { name: 'Daily trainer', drop: '10', toeBox: '103.5', worn: '300' };
const B = { name: 'Racer', drop: '4', toeBox: '96', worn: '900' };

const slot = (page: Page, n: number) => page.getByRole('group', { name: `Shoe ${n}`, exact: true });
const field = (page: Page, n: number, label: string) => slot(page, n).getByLabel(label);
const DROP = 'Heel drop, as the brand states it';
const TOE = 'Toe box width';
const WORN = 'Distance run in it';

async function typeShoes(page: Page) {
	for (const [n, s] of [
		[1, A],
		[2, B]
	] as const) {
		await field(page, n, 'Name or model').fill(s.name);
		await field(page, n, DROP).fill(s.drop);
		await field(page, n, TOE).fill(s.toeBox);
		await field(page, n, WORN).fill(s.worn);
	}
}

/** Ranking and indices as the page shows them: `name=index` in ranked order. */
const shown = (page: Page) =>
	page
		.getByTestId('ranking')
		.locator('li')
		.evaluateAll((items) =>
			items.map((li) => `${li.getAttribute('data-shoe')}=${li.getAttribute('data-index')}`)
		);

function engine(request: AssessRequest): string[] {
	const a = assess(request);
	return a.ranking.map((i) => `${a.results[i]!.shoe}=${a.results[i]!.index ?? ''}`);
}

async function expectFigures(page: Page, units: Units) {
	const len = (mm: string) => formatDisplay(Number(mm), 'mm', units);
	const dist = (km: string) => formatDisplay(Number(km), 'km', units);
	await expect(field(page, 1, DROP)).toHaveValue(len(A.drop));
	await expect(field(page, 1, TOE)).toHaveValue(len(A.toeBox));
	await expect(field(page, 2, DROP)).toHaveValue(len(B.drop));
	await expect(field(page, 1, WORN)).toHaveValue(dist(A.worn));
	await expect(field(page, 2, WORN)).toHaveValue(dist(B.worn));
	const lengths = page.getByRole('group', { name: 'Lengths' });
	const distances = page.getByRole('group', { name: 'Distances' });
	await expect(lengths.getByLabel(units.length === 'in' ? 'Inches' : 'Millimetres')).toBeChecked();
	await expect(
		distances.getByLabel(units.distance === 'mi' ? 'Miles' : 'Kilometres')
	).toBeChecked();
	// The specs table speaks the same units (inches to 2 decimals there: a table to read, not a
	// field to type back into).
	const cell = (mm: string) => formatTo(Number(mm), 'mm', units, 2);
	const drops = page.getByTestId('specs').locator('tr', { hasText: 'Heel drop, stated' });
	await expect(drops).toContainText(`${cell(A.drop)} ${units.length}`);
	await expect(drops).toContainText(`${cell(B.drop)} ${units.length}`);
}

test('the conversions the tests expect are real ones', () => {
	// 10 mm is 0.3937 in as the app writes it, 300 km 186.4114 mi: a test against these can fail.
	expect(formatDisplay(10, 'mm', IMPERIAL)).toBe('0.3937');
	expect(formatDisplay(300, 'km', IMPERIAL)).toBe('186.4114');
});

test.describe('JavaScript on', () => {
	test('switching units converts the figures in place, keeps every index and is remembered', async ({
		page
	}) => {
		await page.goto('/compare');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await typeShoes(page);
		await expect.poll(() => shown(page)).toHaveLength(2);
		const metric = await pageRequest(page);
		await expect.poll(() => shown(page)).toEqual(engine(metric));
		const before = await shown(page);
		await expectFigures(page, METRIC);

		await page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches').check();
		await page.getByRole('group', { name: 'Distances' }).getByLabel('Miles').check();
		await expectFigures(page, IMPERIAL);
		await expect(slot(page, 1).getByText('mi', { exact: true })).toBeVisible();
		expect(await pageRequest(page)).toEqual(metric);
		expect(await shown(page)).toEqual(before);
		// Kept like /check keeps it: the next visit of either page starts in inches and miles.
		await expect
			.poll(async () =>
				page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').units, STORAGE_KEY)
			)
			.toEqual(IMPERIAL);

		// Keyboard only: arrow keys move a radio group's choice, back to millimetres.
		await page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches').focus();
		await page.keyboard.press('ArrowLeft');
		await expectFigures(page, { length: 'mm', distance: 'mi' });
		expect(await pageRequest(page)).toEqual(metric);
		expect(await shown(page)).toEqual(before);

		await page.goto('/check');
		await expect(page.getByRole('group', { name: 'Distances' }).getByLabel('Miles')).toBeChecked();
		await expect(
			page.getByRole('group', { name: 'Lengths' }).getByLabel('Millimetres')
		).toBeChecked();
		const record = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
		expect((JSON.parse(record!) as SavedRecord).units).toEqual({ length: 'mm', distance: 'mi' });
	});

	test('no button is needed with scripts: the no-script one is not shown', async ({ page }) => {
		await page.goto('/compare');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByRole('button', { name: 'Show in these units' })).toHaveCount(0);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`in inches and miles: axe-clean and no sideways scroll at 320 px, ${scheme}`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 320, height: 800 });
			await page.goto('/compare');
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			await typeShoes(page);
			await page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches').check();
			await page.getByRole('group', { name: 'Distances' }).getByLabel('Miles').check();
			await expectFigures(page, IMPERIAL);
			expect(await seriousViolations(page)).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		});
	}
});

test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('"Show in these units" and "Compare" convert on the server, every index unchanged', async ({
		page
	}) => {
		await page.goto('/compare');
		await typeShoes(page);
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expect(page.getByTestId('ranking').locator('li')).toHaveCount(2);
		const metric = await pageRequest(page);
		const before = await shown(page);
		expect(before).toEqual(engine(metric));
		await expectFigures(page, METRIC);

		await page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches').check();
		await page.getByRole('group', { name: 'Distances' }).getByLabel('Miles').check();
		await page.getByRole('button', { name: 'Show in these units' }).click();
		await expectFigures(page, IMPERIAL);
		expect(await pageRequest(page)).toEqual(metric);
		expect(await shown(page)).toEqual(before);

		// Switching and pressing "Compare" at once converts too: 0.3937 in is not read as 0.3937 mm.
		await page.getByRole('group', { name: 'Lengths' }).getByLabel('Millimetres').check();
		await page.getByRole('group', { name: 'Distances' }).getByLabel('Kilometres').check();
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expectFigures(page, METRIC);
		expect(await pageRequest(page)).toEqual(metric);
		expect(await shown(page)).toEqual(before);
	});

	test('/check: switching units and pressing "Show my results" converts what was typed', async ({
		page
	}) => {
		await page.goto('/check');
		await openSteps(page);
		await page.getByLabel('Name or model').fill(A.name);
		await page.getByLabel(DROP).fill(A.drop);
		await page.getByLabel('Distance run in it').fill(A.worn);
		await page.getByRole('button', { name: 'Show my results' }).click();
		const index = await page.getByTestId('risk-index').textContent();
		expect(index).toMatch(/^\d+$/);

		await page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches').check();
		await page.getByRole('group', { name: 'Distances' }).getByLabel('Miles').check();
		await page.getByRole('button', { name: 'Show my results' }).click();
		await expect(page.getByLabel(DROP)).toHaveValue(formatDisplay(10, 'mm', IMPERIAL));
		await expect(page.getByLabel('Distance run in it')).toHaveValue(
			formatDisplay(300, 'km', IMPERIAL)
		);
		await expect(page.getByTestId('risk-index')).toHaveText(index!);
	});
});
