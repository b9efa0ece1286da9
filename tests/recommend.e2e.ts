// "Shoes for your calf" on /shoes (the catalog ranked with the answers saved in this browser)
// and the version alert by a picked catalog shoe on /compare and /check.
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { emptyRecord, type SavedRecord } from '../src/lib/saved/record';
import { STORAGE_KEY } from '../src/lib/saved/store';
import type { Runner } from '../src/lib/risk/schema';

const forefoot: Runner = { footStrike: 'forefoot', monthsRunningLast12: 12, usualDropMm: 10 };

async function seed(page: Page, runner: Runner) {
	const record: SavedRecord = { ...emptyRecord(), runner };
	await page.goto('/');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[STORAGE_KEY, JSON.stringify(record)]
	);
}

const section = (page: Page) => page.getByRole('region', { name: 'Shoes for your calf' });
const listed = (page: Page) => section(page).getByTestId('for-you-list').locator('> li');

type Ranking = {
	tiedAtTop: number;
	total: number;
	shoes: { id: string; name: string; why: string[] }[];
};

test.describe('shoes for your calf', () => {
	test('with saved answers: the best ten, why each placed, the tie in words, one-click compare', async ({
		page,
		request
	}) => {
		await seed(page, forefoot);
		await page.goto('/shoes');
		await expect(listed(page)).toHaveCount(10);

		const api = await request.post('/api/recommend', {
			data: { runner: forefoot, filters: { sort: 'drop', dir: 'desc' } }
		});
		const expected = (await api.json()) as Ranking;
		expect(await listed(page).locator('h3').allInnerTexts()).toEqual(
			expected.shoes.map((s) => s.name)
		);
		for (const [i, shoe] of expected.shoes.entries()) {
			await expect(listed(page).nth(i).locator('.why').first()).toHaveText(shoe.why[0]!);
		}
		expect(expected.tiedAtTop).toBeGreaterThan(1);
		await expect(section(page).getByTestId('for-you-tie')).toHaveText(
			`${expected.tiedAtTop} shoes tie at the top: for your calf they are equal; within the tie they are ordered by drop, highest first (your choice, not the model's).`
		);
		expect(await seriousViolations(page)).toEqual([]);

		// the runner's own order within the tie
		await section(page).getByLabel('Within a tie, order by').selectOption('weight');
		await expect(section(page).getByTestId('for-you-tie')).toContainText(
			'ordered by weight, lightest first'
		);
		const byWeight = (await (
			await request.post('/api/recommend', {
				data: { runner: forefoot, filters: { sort: 'weight', dir: 'asc' } }
			})
		).json()) as Ranking;
		await expect(listed(page).locator('h3')).toHaveText(byWeight.shoes.map((s) => s.name));

		const first = byWeight.shoes[0]!;
		await listed(page)
			.first()
			.getByRole('link', { name: `Compare ${first.name}` })
			.click();
		await expect(page).toHaveURL(new RegExp(`/compare\\?pick=${first.id}$`));
		await expect(page.locator('[name="shoes.0.name"]')).toHaveValue(first.name);
	});

	test('the page’s filters apply to the ranking', async ({ page, request }) => {
		await seed(page, forefoot);
		await page.goto('/shoes?maxDrop=6&support=neutral');
		await expect(listed(page)).toHaveCount(10);
		const expected = (await (
			await request.post('/api/recommend', {
				data: {
					runner: forefoot,
					filters: { maxDrop: 6, support: 'neutral', sort: 'drop', dir: 'desc' }
				}
			})
		).json()) as Ranking;
		await expect(listed(page).locator('h3')).toHaveText(expected.shoes.map((s) => s.name));
		await expect(section(page).getByRole('status')).toContainText(`of ${expected.total}`);
	});

	test('without saved answers: which answers would make it personal', async ({ page }) => {
		await page.goto('/shoes');
		const note = section(page).getByTestId('for-you-note');
		await expect(note).toContainText('how you land (foot strike)');
		await expect(note.getByRole('link', { name: 'Answer the check' })).toHaveAttribute(
			'href',
			'/check'
		);
		await expect(listed(page)).toHaveCount(0);
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('under an emergency sign: care first, no shoes', async ({ page }) => {
		await seed(page, { ...forefoot, redFlags: ['cold-pale-foot'] });
		await page.goto('/shoes');
		await expect(section(page).getByTestId('for-you-care')).toContainText('no shoe is suggested');
		await expect(listed(page)).toHaveCount(0);
	});

	test('without scripts: a note that it needs them', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/shoes');
		await expect(section(page)).toContainText('it needs scripts to run');
		await context.close();
	});
});

test.describe('a picked shoe’s newer version', () => {
	const line = (page: Page) => page.getByTestId('version-alert');

	test('on /compare: both lab drops and what the change means, gone once renamed', async ({
		page
	}) => {
		await page.goto('/compare?pick=asics-gel-nimbus-27&pick=asics-gel-nimbus-28');
		await expect(line(page)).toHaveCount(1);
		await expect(line(page)).toContainText('ASICS Gel Nimbus 28');
		await expect(line(page)).toContainText('5.2 mm');
		await expect(line(page)).toContainText('8.3 mm');
		await expect(line(page)).toContainText('move to it gradually');
		expect(await seriousViolations(page)).toEqual([]);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.locator('[name="shoes.0.name"]').fill('My old Nimbus');
		await expect(line(page)).toHaveCount(0);
	});

	test('on /check: by the shoe’s name', async ({ page }) => {
		await page.goto('/check?pick=asics-gel-nimbus-27');
		await expect(line(page)).toContainText("3.1 mm lower than this one's 8.3 mm");
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('on /compare after "Add" from the catalog, without scripts too', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/compare');
		await page.getByLabel('Find a shoe in the catalog').fill('nimbus 27');
		await page.getByRole('button', { name: 'Find' }).click();
		await page.getByLabel('Add a shoe from the catalog').selectOption('asics-gel-nimbus-27');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(line(page)).toContainText('ASICS Gel Nimbus 28');
		await context.close();
	});
});
