import { expect, test, type Page } from '@playwright/test';
import { pageRequest, openSteps } from './helpers';
import { emptyRecord } from '../src/lib/saved/record';
import { STORAGE_KEY } from '../src/lib/saved/store';
import { assess } from '../src/lib/risk/assess';
import { explainRanking } from '../src/lib/risk/compare';

/**
 * The engine's sentences follow the runner's units: a runner who chose inches and miles reads
 * every "why" and every ranking sentence in inches and miles, never in km or mm.
 */

const IMPERIAL = { length: 'in', distance: 'mi' } as const;
const METRIC_WORD = /\d (km|mm|cm)\b| (km|mm|cm)\b/;

const field = (page: Page, name: string) => page.locator(`#f-${name.replaceAll('.', '-')}`);

/** What the shown findings' "why" sentences say, by finding id. */
async function whys(page: Page): Promise<Record<string, string>> {
	const rows = await page
		.locator('[data-testid="assessment"] [data-finding]')
		.evaluateAll((items) =>
			items.map((li) => [
				li.getAttribute('data-finding') ?? '',
				li.querySelector('.why')?.textContent ?? ''
			])
		);
	return Object.fromEntries(rows);
}

test('/check in inches and miles: the findings say mi and in, never km or mm', async ({ page }) => {
	await page.goto('/check');
	await openSteps(page);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Inches').check();
	await page.getByLabel('Miles').check();
	await field(page, 'shoes.0.name').fill('Road flat');
	await field(page, 'shoes.0.heelDropMm').fill('0.2');
	await field(page, 'shoes.0.toeBoxWidthMm').fill('3.8');
	await field(page, 'shoes.0.wornKm').fill('400');
	await field(page, 'runner.forefootWidthMm').fill('4');
	await field(page, 'runner.usualDropMm').fill('0.4');
	await field(page, 'runner.longestRunLast30DaysKm').fill('10');
	await field(page, 'runner.nextRunKm').fill('11.5');
	await field(page, 'runner.kneeToWallCm.left').fill('3');
	await field(page, 'runner.kneeToWallCm.right').fill('4');
	await page.getByRole('button', { name: 'Show my results' }).click();

	// The sentences the engine writes for what the form holds, in the runner's units.
	const request = await pageRequest(page);
	const expected = assess(request, IMPERIAL).results[0]!.findings;
	const metric = assess(request).results[0]!.findings;
	const byId = (list: typeof expected, id: string) => list.find((f) => f.id === id)!.why;
	// The page reads the form as it is typed: wait for the read of the last answer typed (the
	// right leg's knee-to-wall), since an earlier read already had the shoe's distance.
	await expect(page.locator('[data-finding="calf.flexibility"] .why')).toHaveText(
		byId(expected, 'calf.flexibility')
	);
	await expect(page.locator('[data-finding="shoe.wear"] .why')).toHaveText(
		byId(expected, 'shoe.wear')
	);

	const shown = await whys(page);
	expect(shown['load.spike']).toBe(
		'Your run of 11.5 mi is 15% longer than your longest run in the 30 days before it (10 mi).'
	);
	expect(shown['shoe.wear']).toBe(
		'This shoe has done 400 mi (311–497 mi) and you run in one pair.'
	);
	expect(shown['shoe.toebox']).toMatch(
		/^The toe box \(3\.8 in\) is 0\.2 in narrower than your forefoot \(4 in\)\./
	);
	expect(shown['calf.flexibility']).toBe(
		'Knee-to-wall left 3 in, right 4 in; the worse leg reaches 3 in.'
	);
	expect(shown['shoe.drop']).toContain("This shoe's drop is 0.2 in.");
	for (const [id, why] of Object.entries(shown)) {
		expect(why, id).not.toMatch(METRIC_WORD);
		expect(why, id).toBe(byId(expected, id));
	}
	// The same answers in metric would have said km: the page is not just lucky.
	expect(byId(metric, 'load.spike')).toMatch(/\d km\)/);
	// Tips with a figure follow the units too (their evidence cites studies as published).
	const tips = await page
		.locator('[data-testid="assessment"] [data-tip] > p:not(.title):not(.evidence):not(.because)')
		.allTextContents();
	expect(tips.length).toBeGreaterThan(0);
	for (const tip of tips) expect(tip).not.toMatch(METRIC_WORD);
	expect(tips.join(' ')).toContain('a drop of 0.31 in or more');
});

test('/compare with saved inches and miles: the ranking sentences say in and mi', async ({
	page
}) => {
	await page.goto('/compare');
	await openSteps(page);
	await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
		STORAGE_KEY,
		JSON.stringify({
			...emptyRecord(),
			runner: { monthsRunningLast12: 12, forefootWidthMm: 101.6 },
			units: IMPERIAL
		})
	] as const);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches')).toBeChecked();
	const slot = (k: number) => page.getByTestId('shoe-slot').nth(k);
	await slot(0).getByLabel('Name or model').fill('Flat');
	await slot(0).getByLabel('Heel drop, as the brand states it').fill('0.2');
	await slot(0).getByLabel('Distance run in it').fill('600');
	await slot(1).getByLabel('Name or model').fill('High');
	await slot(1).getByLabel('Heel drop, as the brand states it').fill('0.5');
	await slot(1).getByLabel('Distance run in it').fill('100');

	const sentences = page.getByTestId('explanation');
	await expect(sentences).toHaveCount(2);
	await expect(sentences.nth(1)).toHaveText(
		'Its 0.5 in drop suits you better than the 0.2 in of Flat; it has done 100 mi, against 600 mi for Flat.'
	);
	const request = await pageRequest(page);
	const engine = explainRanking(request, assess(request, IMPERIAL), IMPERIAL);
	expect(await sentences.allTextContents()).toEqual(engine);
	// In metric the engine says mm and km for the same shoes: the page chose the runner's units.
	expect(explainRanking(request, assess(request)).join(' ')).toMatch(/\d mm drop/);
	// Every finding shown per shoe is in the runner's units too.
	const perShoe = await page.locator('[data-finding] .why').allTextContents();
	expect(perShoe.length).toBeGreaterThan(0);
	for (const why of perShoe) expect(why).not.toMatch(METRIC_WORD);
});
