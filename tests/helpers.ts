// What many end-to-end tests do: open a page and wait for its app, read the request its form
// holds as the browser would submit it, and submit /check.
import type { Page } from '@playwright/test';
import { parseForm } from '../src/lib/form/parse';
import type { AssessRequest } from '../src/lib/risk/schema';

/** Open a page and wait until its app has started (fields typed after this are read live). */
export async function started(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The request the page's questions make, through the same parser as the server. */
export async function pageRequest(page: Page): Promise<AssessRequest> {
	const fields = await page
		.locator('form.questions')
		.evaluate((form) =>
			[...new FormData(form as HTMLFormElement)].filter(
				(e): e is [string, string] => typeof e[1] === 'string'
			)
		);
	const parsed = parseForm(new URLSearchParams(fields));
	if (!parsed.result.ok) throw new Error(JSON.stringify(parsed.result.errors));
	return parsed.result.value;
}

/** Press /check's submit button. */
export async function submit(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Show my results' }).first().click();
}

/**
 * Open every follow-up step of the quick check (each is a closed disclosure until the runner
 * opens it), so a test can answer any question.
 */
export async function openSteps(page: Page): Promise<void> {
	await page
		.locator('details.step')
		.evaluateAll((steps) => steps.forEach((s) => ((s as HTMLDetailsElement).open = true)));
}

/** A runner who answers most questions: forefoot landing in a 4 mm shoe, a run spike. */
export async function fillRunner(page: Page) {
	await openSteps(page);
	await page.getByLabel('Name or model').fill('Daily trainer');
	await page.getByLabel('Heel drop, as the brand states it').fill('4');
	await page.getByLabel('Measured heel drop, if known').fill('5.5');
	await page.getByLabel('Distance run in it').fill('350');
	await page.getByLabel('Months you have run in it').fill('2');
	await page.getByLabel('Age').fill('38');
	await page.getByRole('group', { name: 'Sex' }).getByLabel('Female').check();
	await page
		.getByRole('group', { name: 'Single-leg heel raises' })
		.getByLabel('Left leg')
		.fill('19');
	await page
		.getByRole('group', { name: 'Single-leg heel raises' })
		.getByLabel('Right leg')
		.fill('24');
	await page
		.getByRole('group', { name: 'Which part of your foot' })
		.getByLabel('Ball of the foot')
		.check();
	await page.getByLabel('Heel drop you are used to').fill('10');
	await page.getByLabel('Your longest run in the 30 days before it').fill('14');
	await page.getByLabel('Your latest run').fill('20');
	await page.getByLabel('Last full week').fill('34');
	await page.getByLabel('Calf pain during your runs').fill('3');
	await page.getByRole('group', { name: 'The next morning' }).getByLabel('As usual').check();
}
