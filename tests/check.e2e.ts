import { expect, test, type Page } from '@playwright/test';
import { fillRunner, openSteps, submit } from './helpers';
import { horizontalOverflow, seriousViolations } from './axe';
import { assess } from '../src/lib/risk/assess';
import { RED_FLAGS, parseRequest } from '../src/lib/risk/schema';
import { RUNNER_FIELDS, SHOE_FIELDS } from '../src/lib/form/fields';
import { QUICK_RUNNER, QUICK_SHOE } from '../src/lib/form/quick';
import { LEVEL_HEADING } from '../src/lib/risk/triage';

/**
 * The hash of the inline style SvelteKit puts on its own #svelte-announcer, which a strict
 * style-src refuses (sveltejs/kit#11993, still open); app.css styles the element instead.
 * Any other inline style has another hash and still fails the test.
 */
const ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** The same answers as the API's JSON (the contract's field names, metric). */
const request = {
	runner: {
		age: 38,
		sex: 'female',
		heelRaises: { left: 19, right: 24 },
		footStrike: 'forefoot',
		usualDropMm: 10,
		longestRunLast30DaysKm: 14,
		nextRunKm: 20,
		weeklyKm: [34],
		pain: { duringRun: 3, nextMorning: 'same' }
	},
	shoes: [{ name: 'Daily trainer', heelDropMm: 4, measuredDropMm: 5.5, wornKm: 350, monthsWorn: 2 }]
};

/** The engine's own index for `request`, computed here in Node. */
function engineIndex(): number | null {
	const parsed = parseRequest(request);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return assess(parsed.value).results[0]!.index;
}

const index = (page: Page) => page.getByTestId('risk-index');

async function expectFullResults(page: Page, js = true) {
	await expect(index(page)).toHaveText(/^\d+$/);
	const chart = page.getByRole('img', { name: /Radar chart of the five factor scores/ });
	// Without scripts a canvas shows its fallback text instead; the table carries the numbers.
	if (js) await expect(chart).toBeVisible();
	else await expect(page.getByText('The chart needs JavaScript')).toBeVisible();
	const table = page.getByRole('table', { name: /Factor scores/ });
	await expect(table.getByRole('row')).toHaveCount(6);
	await expect(table).toContainText('Calf strength and flexibility');
	await expect(page.locator('[data-finding]')).toHaveCount(14);
	await expect(page.locator('[data-finding="load.spike"]')).toContainText('Frandsen');
	expect(await page.locator('[data-tip]').count()).toBeGreaterThan(0);
	await expect(page.getByText('Not medical advice.')).toBeVisible();
}

test.describe('check with JavaScript', () => {
	test('happy path: fill, submit, see index, chart, table, findings and tips', async ({ page }) => {
		// A CSP refusal or a script error shows up here.
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(m.text());
		});
		page.on('pageerror', (e) => problems.push(e.message));
		await page.goto('/check');
		await expect(page).toHaveTitle('Check your calf and your shoe · Stridecheck');
		await fillRunner(page);
		await submit(page);
		await expectFullResults(page);
		await expect(page.locator('canvas')).toHaveAttribute('role', 'img');
		expect(problems.filter((p) => !p.includes('favicon') && !p.includes(ANNOUNCER_STYLE))).toEqual(
			[]
		);
	});

	test('results update live as answers change, and go stale on an invalid answer', async ({
		page
	}) => {
		await page.goto('/check');
		await fillRunner(page);
		await expect(index(page)).toHaveText(/^\d+$/);
		const url = page.url();
		const drop = page.locator('[data-finding="shoe.drop"]');
		await expect(drop).toContainText('Moderate');
		await page.getByLabel('Heel drop, as the brand states it').fill('12');
		await page.getByLabel('Measured heel drop, if known').fill('12');
		await expect(drop).toContainText('Low');
		await page.getByLabel('Heel drop, as the brand states it').fill('x');
		await expect(page.getByText('These results are from your last valid answers')).toBeVisible();
		await expect(page.locator('#f-shoes-0-heelDropMm-error')).toHaveText(/Enter a number/);
		await expect(drop).toContainText('Low');
		expect(page.url()).toBe(url);
	});

	test('a red flag puts the triage card before everything else', async ({ page }) => {
		await page.goto('/check');
		await page.getByLabel('A sudden pop').check();
		await page.getByLabel('Name or model').fill('Racer');
		await page.getByLabel('Heel drop, as the brand states it').fill('8');
		await submit(page);
		const card = page.getByRole('region', { name: LEVEL_HEADING.urgent });
		await expect(card).toBeVisible();
		await expect(card).toContainText('A sudden pop');
		const first = await page.locator('#results-title ~ * h2').first().textContent();
		expect(first).toContain(LEVEL_HEADING.urgent);
		// The results wait below it, folded, until the runner has been checked.
		await expect(page.getByTestId('after-care')).not.toHaveAttribute('open');
	});

	test('invalid answers get specific messages; other answers are kept', async ({ page }) => {
		await page.goto('/check');
		await openSteps(page);
		await page.getByLabel('Name or model').fill('Racer');
		await page.getByLabel('Heel drop, as the brand states it').fill('-40');
		await page.getByLabel('Age').fill('3x8');
		await page.getByLabel('Your longest run in the 30 days before it').fill('14');
		await submit(page);
		const summary = page.getByRole('alert').filter({ hasText: 'There are 2 problems' });
		await expect(summary).toBeFocused();
		await expect(
			summary.getByRole('link', { name: 'Heel drop, stated: Must be at least -5 mm' })
		).toHaveAttribute('href', '#f-shoes-0-heelDropMm');
		const drop = page.getByLabel('Heel drop, as the brand states it');
		await expect(drop).toHaveAttribute('aria-invalid', 'true');
		await expect(drop).toHaveAccessibleDescription(/Must be at least -5 mm/);
		await expect(page.getByLabel('Age')).toHaveAccessibleDescription(/Enter a number/);
		await expect(page.getByLabel('Name or model')).toHaveValue('Racer');
		await expect(page.getByLabel('Your longest run in the 30 days before it')).toHaveValue('14');
		await expect(drop).toHaveValue('-40');
	});

	test('switching to inches and miles converts the answers and leaves the index alone', async ({
		page
	}) => {
		await page.goto('/check');
		await fillRunner(page);
		// Wait for the live result of every answer, not just the first valid one.
		const before = String(engineIndex());
		await expect(index(page)).toHaveText(before);
		await page.getByLabel('Inches').check();
		await page.getByLabel('Miles').check();
		await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('0.1575');
		await expect(page.getByLabel('Your latest run')).toHaveValue('12.4274');
		await expect(index(page)).toHaveText(before);
		await submit(page);
		await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('0.1575');
		await expect(index(page)).toHaveText(before);
		// Remembered for the next visit.
		await page.goto('/check');
		await expect(page.getByLabel('Inches')).toBeChecked();
		await expect(page.getByLabel('Miles')).toBeChecked();
	});

	test('a unit switch right after typing keeps and converts what was just typed', async ({
		page
	}) => {
		await page.goto('/check');
		// The switch below is synthetic (one task), so the listeners must be attached first.
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Kilometres')).toBeChecked();
		const next = page.getByLabel('Your latest run');
		// Typing and switching in one task, so the debounced live update is still pending.
		await page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('#f-runner-nextRunKm')!;
			input.value = '21';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			document.querySelector<HTMLInputElement>('input[name="units.distance"][value="mi"]')!.click();
		});
		await expect(next).toHaveValue('13.0488');
		await page.getByLabel('Kilometres').check();
		await expect(next).toHaveValue('21');
	});

	test('the index shown equals the engine and POST /api/assess for the same answers', async ({
		page,
		request: api
	}) => {
		await page.goto('/check');
		await fillRunner(page);
		await submit(page);
		// Live results may still show an earlier answer's index until the submission returns.
		await expect(index(page)).toHaveText(String(engineIndex()));
		const shown = Number(await index(page).textContent());
		const response = await api.post('/api/assess', { data: request });
		expect(response.status()).toBe(200);
		const body = (await response.json()) as { results: { index: number }[] };
		expect(shown).toBe(body.results[0]!.index);
	});
});

test('the home page leads to /check, and ?pick starts from a catalog shoe', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Check my shoe and calves' }).click();
	await expect(page).toHaveURL(/\/check$/);
	await expect(page.getByRole('link', { name: 'Check', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.goto('/check?pick=nike-pegasus-41');
	await openSteps(page);
	await expect(page.getByLabel('Name or model')).toHaveValue('Nike Pegasus 41');
	await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('10');
	await expect(page.getByLabel('Measured heel drop, if known')).toHaveValue('11.4');
	await expect(index(page)).toHaveText(/^\d+$/);
	await expect(page.getByTestId('unknown-pick')).toHaveCount(0);
	await page.goto('/check?pick=no-such-shoe');
	await expect(page.getByTestId('unknown-pick')).toContainText(
		'No shoe in the catalog has the id “no-such-shoe”'
	);
	await expect(page.getByLabel('Name or model')).toHaveValue('');
	await expect(index(page)).toHaveCount(0);
});

test('every runner and shoe field has a labelled input', async ({ page }) => {
	await page.goto('/check');
	// How the pain started is asked once there is pain.
	await page.getByLabel('Calf pain during your runs').fill('3');
	const names = [
		...Object.keys(RUNNER_FIELDS).map((k) => `runner.${k}`),
		...Object.keys(SHOE_FIELDS).map((k) => `shoes.0.${k}`),
		'runner.weeklyKm.0',
		...RED_FLAGS.map((f) => `runner.redFlags.${f}`)
	];
	for (const name of names) {
		const inputs = page.locator(`input[name="${name}"]`);
		expect(await inputs.count(), name).toBeGreaterThan(0);
		for (const input of await inputs.all()) {
			expect(await input.evaluate((el: HTMLInputElement) => el.labels?.length ?? 0), name).toBe(1);
		}
	}
});

test('the form itself asks the quick questions and no other (the rest are follow-up steps)', async ({
	page
}) => {
	await page.goto('/check');
	/** The questions inside the <form>, in order: the follow-up steps stand outside it. */
	const asked = () =>
		page
			.locator('#check-form')
			.evaluate((form) => [
				...new Set(
					[...form.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')]
						.map((input) => input.name)
						.filter((name) => !name.startsWith('units.') && !name.startsWith('runner.redFlags.'))
				)
			]);
	const quick = [...QUICK_SHOE.map((k) => `shoes.0.${k}`), ...QUICK_RUNNER];
	// How the pain started is asked once there is pain.
	expect(await asked()).toEqual(quick.filter((name) => name !== 'runner.pain.onset'));
	await page.getByLabel('Calf pain during your runs').fill('3');
	await expect.poll(asked).toEqual(quick);
});

test('the page does not shift when the chart arrives', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	// Where the table under the chart sits before any script has run...
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const table = document.querySelector('figure table');
			(window as unknown as { before: number }).before =
				(table?.getBoundingClientRect().top ?? NaN) + window.scrollY;
		});
	});
	// A picked shoe is scored on the server, so the chart box is in the first paint.
	await page.goto('/check?pick=nike-pegasus-41');
	await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
	await page.waitForTimeout(800);
	// ...and after Chart.js has loaded and drawn: the same place.
	const { before, after } = await page.evaluate(() => ({
		before: (window as unknown as { before: number }).before,
		after: document.querySelector('figure table')!.getBoundingClientRect().top + window.scrollY
	}));
	expect(before).toBeGreaterThan(0);
	expect(after).toBe(before);
});

test('the print view hides the questions and keeps results, triage and disclaimer', async ({
	page
}) => {
	await page.goto('/check');
	await fillRunner(page);
	await page.getByLabel('Pain at rest or at night').check();
	await submit(page);
	await expect(index(page)).toHaveText(/^\d+$/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Show my results' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('region', { name: LEVEL_HEADING['see-clinician'] })).toBeVisible();
	await expect(index(page)).toBeVisible();
	await expect(page.getByText('Not medical advice.')).toBeVisible();
});

test.describe('check with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole flow works as a plain form', async ({ page }) => {
		await page.goto('/check');
		await fillRunner(page);
		await page.getByLabel('Inches').check();
		await submit(page);
		// The typed millimetres were converted on the server, not re-read as 4 inches.
		await expectFullResults(page, false);
		const inIndex = await index(page).textContent();
		await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('0.1575');
		await expect(page.getByLabel('Name or model')).toHaveValue('Daily trainer');
		await page.getByLabel('Millimetres').check();
		await submit(page);
		await expectFullResults(page, false);
		await expect(page.getByLabel('Millimetres')).toBeChecked();
		await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('4');
		await expect(index(page)).toHaveText(inIndex!);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	for (const width of [1280, 320]) {
		test(`no serious accessibility violations, ${scheme}, ${width} px, before and after results`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/check');
			expect(await seriousViolations(page)).toEqual([]);
			await fillRunner(page);
			await page.getByLabel('Pain at rest or at night').check();
			await submit(page);
			await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			// Nothing wider than the screen at 320 px.
			const overflow = await horizontalOverflow(page);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}
