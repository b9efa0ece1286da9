// "Use my real training" on the pages that ask the load questions: real FIT, GPX and TCX files
// given to the built page's file input, read in the browser, and filled into the form. Nothing
// may leave the page while they are read, the filled answers must score as the same figures
// typed, and a bad file must say what is wrong and change nothing.
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import { openSteps, pageRequest, started } from './helpers';
import { fitFile } from '../src/lib/import/fixtures/build';
import { history, MARKER, upload, type Upload } from './import-files';
import { fieldId } from '../src/lib/form/field-id';
import { formatDisplay, type Units } from '../src/lib/units';

/** A Thursday: the last full week is Monday 10 – Sunday 16 March. */
const NOW = new Date('2025-03-20T12:00:00Z');
const MI: Units = { length: 'in', distance: 'mi' };

/** Every request the page makes, from the moment the test starts. */
function watch(page: Page): Request[] {
	const seen: Request[] = [];
	page.on('request', (r) => seen.push(r));
	return seen;
}

/** The page at the test's clock, its follow-up steps open (the importer is in the weeks step). */
async function openAt(page: Page, url: string) {
	await page.clock.setFixedTime(NOW);
	await started(page, url);
	await openSteps(page);
}

/** The files go in through the drop zone's own file input, as a picked file does. */
async function give(page: Page, files: Upload[]) {
	await page.locator('#import-pick').setInputFiles(files);
}

const fillButton = (page: Page) => page.getByRole('button', { name: 'Fill my answers with these' });

/** The names and values of the form's text inputs: what the runner sees typed. */
async function typed(page: Page): Promise<Record<string, string>> {
	return page.locator('form.questions').evaluate((form) =>
		Object.fromEntries(
			// Its elements, the follow-up steps' included: they sit outside it, joined by its id.
			[...(form as HTMLFormElement).elements]
				.filter(
					(el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'text'
				)
				.map((el) => [el.name, el.value])
		)
	);
}

const LOAD_FIELDS = [
	...[0, 1, 2, 3, 4, 5].map((i) => `runner.weeklyKm.${i}`),
	'runner.nextRunKm',
	'runner.longestRunLast30DaysKm',
	'runner.monthsRunningLast12',
	'runner.restDaysPerWeek',
	'runner.otherSportHoursPerWeek'
];

/** A fresh page (no saved answers) where the same figures are typed by hand. */
async function typeByHand(
	browser: Browser,
	url: string,
	values: Record<string, string>,
	before: (page: Page) => Promise<void>
) {
	const context = await browser.newContext({ timezoneId: 'UTC' });
	const page = await context.newPage();
	await openAt(page, url);
	await before(page);
	for (const name of LOAD_FIELDS)
		if (values[name]) await page.locator(`#${fieldId(name)}`).fill(values[name]);
	return { page, context };
}

/** Requests while the files were read and filled: none may leave the origin or carry data. */
function expectPrivate(requests: Request[], origin: string) {
	for (const r of requests) {
		expect(new URL(r.url()).origin, r.url()).toBe(origin);
		expect(r.method(), r.url()).toBe('GET');
	}
}

/** No request of the whole visit carried a byte of the files. */
function expectNoFileSent(requests: Request[]) {
	for (const r of requests) {
		expect(r.url()).not.toContain(MARKER);
		expect(r.postDataBuffer()?.toString('latin1') ?? '').not.toContain(MARKER);
	}
}

test.describe('import on /check', () => {
	test('fills the load answers from FIT, GPX and TCX files read in the page, scoring as typed', async ({
		page,
		browser,
		baseURL
	}) => {
		const requests = watch(page);
		await openAt(page, '/check');
		await page.getByLabel('Name or model').fill('Daily trainer');
		await page.getByLabel('Heel drop, as the brand states it').fill('4');
		const from = requests.length;
		await give(page, history());
		await fillButton(page).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Filled from your files' })
		).toBeVisible();
		const during = requests.slice(from);
		expectPrivate(during, new URL(baseURL!).origin);

		const values = await typed(page);
		// Four full weeks are covered (the files start on Tuesday 11 February), the last four inputs.
		expect(LOAD_FIELDS.map((n) => values[n])).toEqual([
			'',
			'',
			'34',
			'34',
			'34',
			'34',
			'14',
			'10',
			'',
			'3',
			'0'
		]);
		await expect(page.locator(`#${fieldId('runner.weeklyKm.5')}`)).toHaveAccessibleDescription(
			/From 4 runs in your files, 10 Mar – 16 Mar 2025/
		);
		await expect(page.locator(`#${fieldId('runner.nextRunKm')}`)).toHaveAccessibleDescription(
			/From your run of 18 Mar 2025 in your files/
		);
		await expect(
			page.locator(`#${fieldId('runner.longestRunLast30DaysKm')}`)
		).toHaveAccessibleDescription(/From 17 runs in your files, 16 Feb – 17 Mar 2025/);
		// The spike finding is on: 14 km after a 10 km longest.
		await expect(page.getByTestId('risk-index')).toBeVisible();
		const index = await page.getByTestId('risk-index').textContent();
		const request = await pageRequest(page);
		expect(request.runner).toMatchObject({
			weeklyKm: [34, 34, 34, 34],
			nextRunKm: 14,
			longestRunLast30DaysKm: 10,
			restDaysPerWeek: 3,
			otherSportHoursPerWeek: 0
		});

		const hand = await typeByHand(browser, '/check', values, async (p) => {
			await p.getByLabel('Name or model').fill('Daily trainer');
			await p.getByLabel('Heel drop, as the brand states it').fill('4');
		});
		await expect(hand.page.getByTestId('risk-index')).toHaveText(index!);
		expect(await pageRequest(hand.page)).toEqual(request);
		await hand.context.close();

		// Editing a filled answer makes it the runner's own: its note goes.
		await page.locator(`#${fieldId('runner.nextRunKm')}`).fill('12');
		await expect(page.getByText('From your run of 18 Mar 2025 in your files')).toHaveCount(0);
		expectNoFileSent(requests);

		// Kept in this browser: the answers and the activities, nothing but their dates,
		// distances, durations and sports.
		const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('stridecheck')!));
		expect(saved.version).toBe(5);
		expect(saved.training.activities).toHaveLength(21);
		expect(saved.training.activities.at(-1)).toEqual({
			start: '2025-03-18T07:00:00Z',
			distanceKm: 14,
			durationS: 4800,
			sport: 'run'
		});
		expect(JSON.stringify(saved)).not.toContain(MARKER);
	});

	test('a later visit offers the activities kept from the last import, to read with new files', async ({
		page
	}) => {
		await openAt(page, '/check');
		const files = history();
		// The long run of the last week comes later.
		await give(page, files.slice(0, -2));
		await fillButton(page).click();
		await expect(page.locator(`#${fieldId('runner.nextRunKm')}`)).toHaveValue('8');
		await openAt(page, '/check');
		await page
			.getByRole('button', { name: 'Use the 19 activities kept from your last import' })
			.click();
		await give(page, files.slice(-2));
		const list = page.getByRole('list', { name: 'Your files' });
		await expect(list).toContainText('Kept from your import of 20 Mar 2025: 19 runs.');
		await expect(list).toContainText('spike.gpx: 1 run.');
		await fillButton(page).click();
		await expect(page.locator(`#${fieldId('runner.nextRunKm')}`)).toHaveValue('14');
		await expect(page.locator(`#${fieldId('runner.weeklyKm.5')}`)).toHaveValue('34');
		const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('stridecheck')!));
		expect(saved.training.activities).toHaveLength(21);
	});

	test('bad files say what is wrong and change nothing', async ({ page }) => {
		await openAt(page, '/check');
		await page.getByLabel('Last full week').fill('20');
		await page.getByLabel('Your latest run').fill('9');
		const before = await typed(page);
		const good = fitFile({ start: '2025-03-18T07:00:00Z', km: 8, seconds: 2640 });
		const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<gpx version="1.1" creator="bomb" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>&f;</name><trkseg><trkpt lat="50" lon="4"><time>2025-03-18T07:00:00Z</time></trkpt></trkseg></trk>
</gpx>`;
		await give(page, [
			upload('empty.fit', new Uint8Array(0)),
			upload(
				'photo.png',
				new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2])
			),
			// A FIT header and the start of its data, then nothing: a download cut short.
			upload('cut.fit', good.slice(0, 40)),
			upload('bomb.gpx', billionLaughs)
		]);
		const files = page.getByRole('list', { name: 'Your files' });
		await expect(files.getByRole('listitem')).toHaveCount(4);
		await expect(files.getByRole('listitem').nth(0)).toContainText('This file is empty.');
		await expect(files.getByRole('listitem').nth(1)).toContainText(
			'This file is not a FIT, GPX, TCX, CSV or zip file, so it was not read.'
		);
		await expect(files.getByRole('listitem').nth(2)).toContainText(
			'This FIT file is damaged or cut short'
		);
		await expect(files.getByRole('listitem').nth(3)).toContainText(
			/This GPX file is damaged or cut short \(line \d+\)/
		);
		await expect(fillButton(page)).toHaveCount(0);
		expect(await typed(page)).toEqual(before);
	});

	test('a second, shorter import leaves no note on the weeks it empties', async ({ page }) => {
		await openAt(page, '/check');
		await give(page, history());
		await fillButton(page).click();
		await expect(page.locator(`#${fieldId('runner.weeklyKm.2')}`)).toHaveValue('34');
		await page.getByRole('button', { name: 'Start again' }).click();
		// The files of the last three weeks, from Tuesday 25 February: two full weeks are covered.
		await give(page, history().slice(8));
		await fillButton(page).click();
		await expect(page.locator(`#${fieldId('runner.weeklyKm.2')}`)).toHaveValue('');
		await expect(page.locator(`#${fieldId('runner.weeklyKm.4')}`)).toHaveValue('34');
		await expect(page.locator(`#${fieldId('runner.weeklyKm.2')}-note`)).toHaveCount(0);
		await expect(page.locator(`#${fieldId('runner.weeklyKm.4')}-note`)).toHaveText(
			'From 4 runs in your files, 3 Mar – 9 Mar 2025'
		);
	});

	test('the file input is reached and opened from the keyboard', async ({ page }) => {
		await openAt(page, '/check');
		await page.locator(`#${fieldId('runner.weeklyKm.5')}`).focus();
		await page.keyboard.press('Tab');
		await expect(page.locator('#import-pick')).toBeFocused();
		const chooser = page.waitForEvent('filechooser');
		await page.keyboard.press('Space');
		await (await chooser).setFiles(history());
		await fillButton(page).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator(`#${fieldId('runner.nextRunKm')}`)).toHaveValue('14');
	});
});

test('import on /compare fills the answers in miles, as typing them in miles does', async ({
	page,
	browser,
	baseURL
}) => {
	const requests = watch(page);
	const url = '/compare?pick=nike-pegasus-41&pick=altra-torin-7';
	const openAnswers = async (p: Page) => {
		await p.getByRole('group', { name: 'Distances' }).getByLabel('Miles').check();
		await p.locator('summary', { hasText: 'Your answers' }).click();
	};
	await openAt(page, url);
	await openAnswers(page);
	const from = requests.length;
	await give(page, history());
	await fillButton(page).click();
	expectPrivate(requests.slice(from), new URL(baseURL!).origin);
	const values = await typed(page);
	expect(values['runner.nextRunKm']).toBe(formatDisplay(14, 'km', MI));
	expect(values['runner.weeklyKm.5']).toBe(formatDisplay(34, 'km', MI));
	expect(values['runner.restDaysPerWeek']).toBe('3');
	const request = await pageRequest(page);
	expect(request.runner.nextRunKm).toBeCloseTo(14, 3);

	const hand = await typeByHand(browser, url, values, openAnswers);
	expect(await pageRequest(hand.page)).toEqual(request);
	await expect(hand.page.getByTestId('ranking')).toHaveText(
		(await page.getByTestId('ranking').textContent())!
	);
	await hand.context.close();
	expectNoFileSent(requests);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/check says the import needs scripts, and the questions can still be typed', async ({
		page
	}) => {
		await page.goto('/check');
		// The importer sits with the weekly distances, a step a runner opens.
		await page.locator('summary', { hasText: 'Your weekly distances' }).click();
		await expect(
			page.getByText('Reading your watch or app files needs JavaScript.', { exact: false })
		).toBeVisible();
		await expect(page.locator('#import-pick')).toBeHidden();
		await page.getByLabel('Last full week').fill('30');
		await expect(page.getByLabel('Last full week')).toHaveValue('30');
	});
});
