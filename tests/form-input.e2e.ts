import { expect, test, type Page } from '@playwright/test';
import { submit, openSteps } from './helpers';

/**
 * How typed figures are read, as a browser without JavaScript submits them (the server's
 * parse, src/lib/form.ts): weekly distances must run without gaps up to the last full week,
 * and a comma grouping thousands is never guessed at.
 */
test.use({ javaScriptEnabled: false });

/** A weekly box by its label ("1 week earlier"); the label also says the unit to screen readers. */
const week = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label} \\(km\\)$`));
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: /There (is|are) \d/ });
const GAP = /^Fill in this week \(0 if you did not run\), or clear the weeks before it\./;

async function shoe(page: Page) {
	await page.getByLabel('Name or model').fill('Daily trainer');
	await page.getByLabel('Heel drop, as the brand states it').fill('8,5');
}

test('a blank week between weeks given is refused on its field, every value kept', async ({
	page
}) => {
	await page.goto('/check');
	await openSteps(page);
	await shoe(page);
	await page.getByLabel('Age').fill('38');
	// Closing up the blanks would compare 40 km with 10 km, five weeks back, not with 20 km.
	await week(page, '5 weeks earlier').fill('10');
	await week(page, '2 weeks earlier').fill('20');
	await week(page, 'Last full week').fill('40');
	await submit(page);

	await expect(summary(page)).toContainText('There are 3 problems');
	for (const [label, field] of [
		['4 weeks earlier', 'runner-weeklyKm-1'],
		['3 weeks earlier', 'runner-weeklyKm-2'],
		['1 week earlier', 'runner-weeklyKm-4']
	] as const) {
		await expect(
			summary(page).getByRole('link', { name: `Weekly distance, ${label}: Fill in this week` })
		).toHaveAttribute('href', `#f-${field}`);
		await expect(week(page, label)).toHaveAttribute('aria-invalid', 'true');
		await expect(week(page, label)).toHaveAccessibleDescription(GAP);
	}
	for (const label of ['5 weeks earlier', '2 weeks earlier', 'Last full week'])
		await expect(week(page, label)).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('risk-index')).toHaveCount(0);

	// Every answer is still there, in the box it was typed in.
	const shown = await Promise.all(
		['5 weeks earlier', '4 weeks earlier', '3 weeks earlier', '2 weeks earlier']
			.concat(['1 week earlier', 'Last full week'])
			.map((label) => week(page, label).inputValue())
	);
	expect(shown).toEqual(['10', '', '', '20', '', '40']);
	await expect(page.getByLabel('Age')).toHaveValue('38');
	await expect(page.getByLabel('Name or model')).toHaveValue('Daily trainer');
	await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('8,5');

	// Clearing the weeks before the gap is the other way out: then 40 is compared with 20.
	await week(page, '5 weeks earlier').fill('');
	await week(page, '1 week earlier').fill('30');
	await submit(page);
	await expect(page.getByTestId('risk-index')).toHaveText(/^\d+$/);
	// It is the answer's first cause, in the words of its finding.
	await expect(
		page
			.getByTestId('answer')
			.getByText('Your latest week (40 km) is 100% above the week two weeks earlier (20 km)')
	).toBeVisible();
});

test('"1,200" is refused with the figures it could mean; "8,5" still reads as 8.5', async ({
	page
}) => {
	await page.goto('/check');
	await openSteps(page);
	await shoe(page);
	await page.getByLabel('Distance run in it').fill('1,200');
	await submit(page);

	const message = 'Is it 1200 or 1.2? Write it without the comma.';
	await expect(summary(page)).toContainText('There is 1 problem');
	await expect(
		summary(page).getByRole('link', { name: `Distance run in it: ${message}` })
	).toHaveAttribute('href', '#f-shoes-0-wornKm');
	const worn = page.getByLabel('Distance run in it');
	// The message, then the field's own hint.
	await expect(worn).toHaveAccessibleDescription(
		/^Is it 1200 or 1\.2\? Write it without the comma\./
	);
	await expect(worn).toHaveValue('1,200');
	await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('8,5');

	await worn.fill('1200');
	await submit(page);
	await expect(page.getByTestId('risk-index')).toHaveText(/^\d+$/);
	await expect(worn).toHaveValue('1200');
});

test.describe('with JavaScript', () => {
	test.use({ javaScriptEnabled: true });

	test('typing the oldest week first marks the weeks still to fill, and the results follow once they are', async ({
		page
	}) => {
		await page.goto('/check');
		await openSteps(page);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await shoe(page);
		await expect(page.getByTestId('risk-index')).toHaveText(/^\d+$/);
		// The rule for blanks is read with the group of boxes.
		await expect(
			page.getByRole('group', { name: /Distance per week, oldest first/ })
		).toHaveAccessibleDescription(/^Leave out the oldest weeks if you do not know them/);
		await week(page, '2 weeks earlier').fill('20');
		// The boxes after it are gaps nobody touched: marked at once, so "fix the marked answer"
		// in the stale note points at something.
		for (const label of ['1 week earlier', 'Last full week']) {
			await expect(week(page, label)).toHaveAttribute('aria-invalid', 'true');
			await expect(week(page, label)).toHaveAccessibleDescription(GAP);
		}
		await expect(page.getByText('These results are from your last valid answers')).toBeVisible();
		// Older boxes are not gaps, and no summary shows before a submit.
		await expect(week(page, '3 weeks earlier')).not.toHaveAttribute('aria-invalid', 'true');
		await expect(summary(page)).toHaveCount(0);

		await week(page, '1 week earlier').fill('30');
		await week(page, 'Last full week').fill('40');
		await expect(page.getByText('These results are from your last valid answers')).toHaveCount(0);
		await expect(week(page, 'Last full week')).not.toHaveAttribute('aria-invalid', 'true');
		// The weeks reach the findings (folded under their factor).
		await expect(page.locator('[data-finding="load.weekly"]')).toContainText('40 km');
	});
});
