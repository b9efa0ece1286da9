import { expect, test, type Page } from '@playwright/test';
import { openSteps } from './helpers';

// $lib/early-input: pages start after their first paint, so a runner can type before the app
// runs. Holding back SvelteKit's start module makes that moment as long as the test needs:
// whatever was typed, ticked or chosen must still be there, and acted on, once the app starts.

/** Holds the app's start module until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/start.*', async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

test('/shoes: filters and a pick chosen before the app starts are kept and applied', async ({
	page
}) => {
	const start = await holdTheApp(page);
	await page.goto('/shoes');
	await openSteps(page);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
	await page.getByRole('spinbutton', { name: 'To', exact: true }).fill('4');
	await page.getByLabel('Toe box from (mm)').fill('98');
	const first = page.locator('input[name="pick"]').first();
	const picked = await first.getAttribute('value');
	await first.check();
	start();
	await page.locator('html[data-hydrated]').waitFor();
	await expect(page.getByRole('spinbutton', { name: 'To', exact: true })).toHaveValue('4');
	await expect(page.getByLabel('Toe box from (mm)')).toHaveValue('98');
	// the server filtered on them: the list and the address agree with the fields
	await expect(page).toHaveURL(/maxDrop=4/);
	await expect(page).toHaveURL(/minToeBox=98/);
	await expect(page.getByRole('status')).toHaveText(/^Shoes 1–\d+ of \d+ still sold$/);
	await expect(page.getByRole('status')).not.toHaveText(/of 274 /);
	await expect(page.getByRole('button', { name: /Compare selected \(1\)/ })).toBeVisible();
	expect(new URL(page.url()).searchParams.getAll('pick')).toEqual([picked]);
});

test('/compare: a shoe typed before the app starts is kept and scored', async ({ page }) => {
	const start = await holdTheApp(page);
	await page.goto('/compare?pick=nike-pegasus-41');
	await page.getByRole('button', { name: 'Add a shoe to type in' }).waitFor();
	const shoe1 = page.getByRole('group', { name: 'Shoe 1', exact: true });
	await shoe1.getByLabel('Heel drop, as the brand states it').fill('0');
	start();
	await page.locator('html[data-hydrated]').waitFor();
	await expect(shoe1.getByLabel('Heel drop, as the brand states it')).toHaveValue('0');
});
