// "Any red flag always yields its triage card, whatever else is
// entered." A ticked warning sign must show its card before the shoe is filled in and while
// another answer is invalid, with scripts on (live) and off (after a refused submit).
import { expect, test, type Page } from '@playwright/test';
import { started, openSteps } from './helpers';
import { seriousViolations } from './axe';
import { addFromCatalog } from './pages.js';
import { LEVEL_HEADING } from '../src/lib/risk/triage';

const emergency = (page: Page) => page.getByRole('region', { name: LEVEL_HEADING.emergency });
const CHEST = 'Sudden breathlessness, chest pain or coughing blood';

test.describe('with JavaScript', () => {
	test('/check: the card shows before there is a shoe, and above results gone stale', async ({
		page
	}) => {
		// A phone: the results, and so the card, sit above the questions.
		await page.setViewportSize({ width: 320, height: 700 });
		await started(page, '/check');
		await openSteps(page);
		await page.getByLabel(CHEST).check();
		await expect(emergency(page)).toBeVisible();
		await expect(emergency(page)).toContainText(CHEST);
		// No scores yet, so the card does not point at them.
		await expect(emergency(page)).not.toContainText('scores below');
		await expect(page.getByRole('status').filter({ hasText: LEVEL_HEADING.emergency })).toHaveText(
			`${LEVEL_HEADING.emergency}. `
		);
		expect(await seriousViolations(page)).toEqual([]);
		// Where the flag was ticked, a link leads to the card (on a phone it is far above).
		await page.getByTestId('care-link').getByRole('link').click();
		await expect(page).toHaveURL(/#triage-title$/);
		await expect(emergency(page).getByRole('heading')).toBeInViewport();

		// Results, then an invalid answer: the results go stale, the card stays and stays first.
		await page.getByLabel(CHEST).uncheck();
		await page.getByLabel('Name or model').fill('Mine');
		await page.getByLabel('Heel drop, as the brand states it').fill('4');
		await expect(page.getByTestId('risk-index')).toHaveText(/^\d+$/);
		await expect(emergency(page)).toHaveCount(0);
		await page.getByLabel('Cadence').fill('17O');
		await expect(page.getByText('These results are from your last valid answers')).toBeVisible();
		await page.getByLabel(CHEST).check();
		await expect(emergency(page)).toBeVisible();
		const first = await page.locator('#results-title ~ * h2').first().textContent();
		expect(first).toContain(LEVEL_HEADING.emergency);
	});

	test('/compare: the card shows with one shoe, and with an invalid answer', async ({ page }) => {
		await started(page, '/compare?pick=nike-pegasus-41');
		await openSteps(page);
		await expect(page.getByTestId('need-more')).toContainText('Add a second shoe');
		await page.locator('summary', { hasText: 'Your answers' }).click();
		await page.getByLabel(CHEST).check();
		await expect(emergency(page)).toBeVisible();

		await addFromCatalog(page, 'torin 7', 'altra-torin-7');
		await expect(page.getByTestId('ranking').locator('li')).toHaveCount(2);
		await page.getByLabel('Cadence').fill('17O');
		await expect(emergency(page)).toBeVisible();
		// Under an emergency the comparison waits, folded, below the card.
		await page.getByTestId('after-care').locator('> summary').click();
		await expect(page.getByText('These results are from your last valid answers')).toBeVisible();
		const [card, ranking] = await Promise.all([
			emergency(page).boundingBox(),
			page.getByTestId('ranking').boundingBox()
		]);
		expect(card!.y).toBeLessThan(ranking!.y);
	});
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('/check: a refused submit still shows the card, with the problems', async ({ page }) => {
		await page.goto('/check');
		await openSteps(page);
		await page.getByLabel(CHEST).check();
		await page.getByLabel('Cadence').fill('17O');
		await page.getByRole('button', { name: 'Show my results' }).click();
		await expect(page.getByRole('alert').filter({ hasText: /problem/ })).toBeVisible();
		await expect(emergency(page)).toBeVisible();
		await expect(emergency(page)).toContainText(CHEST);
		// The card comes before the questions in the page, so it is read first (and on a phone,
		// where the results sit above the form, seen first).
		const cardFirst = await page.evaluate(() => {
			const card = document.querySelector('.triage');
			const summary = document.querySelector('[role="alert"]');
			return !!card && !!summary && !!(card.compareDocumentPosition(summary) & 4);
		});
		expect(cardFirst).toBe(true);
		await expect(page.getByLabel(CHEST)).toBeChecked();
		await expect(page.getByLabel('Cadence')).toHaveValue('17O');
	});

	test('/compare: a refused submit still shows the card', async ({ page }) => {
		await page.goto('/compare?pick=nike-pegasus-41');
		await page.locator('summary', { hasText: 'Your answers' }).click();
		await page.getByLabel(CHEST).check();
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expect(emergency(page)).toBeVisible();
		await expect(page.getByLabel(CHEST)).toBeChecked();
	});
});
