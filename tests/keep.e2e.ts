import { expect, test, type Browser, type Page } from '@playwright/test';
import { horizontalOverflow, seriousViolations } from './axe';
import { readFile } from 'node:fs/promises';
import { assess } from '../src/lib/risk/assess';
import { emptyRecord, RECORD_VERSION, type SavedRecord } from '../src/lib/saved/record';
import { historyEntry } from '../src/lib/saved/history';
import { STORAGE_KEY, UNREADABLE_KEY } from '../src/lib/saved/store';
import { decodeShare, encodeShare } from '../src/lib/share/share';
import type { AssessRequest } from '../src/lib/risk/schema';
import { openSteps } from './helpers';

/** Week 1: a forefoot lander in a 4 mm shoe before a long-run spike. */
const week1: AssessRequest = {
	runner: {
		age: 38,
		footStrike: 'forefoot',
		usualDropMm: 10,
		longestRunLast30DaysKm: 10,
		nextRunKm: 16,
		weeklyKm: [30, 34]
	},
	shoes: [{ name: 'Racer', heelDropMm: 4, wornKm: 300 }]
};
/** Week 2: the run planned within the longest, in a 10 mm shoe. */
const week2: AssessRequest = {
	runner: { ...week1.runner, nextRunKm: 10 },
	shoes: [{ name: 'Racer', heelDropMm: 10, wornKm: 300 }]
};

function seeded(): SavedRecord {
	return {
		...emptyRecord(),
		runner: week2.runner,
		shoes: week2.shoes,
		history: [
			historyEntry(new Date('2026-11-19T08:00:00Z'), week1, assess(week1)),
			historyEntry(new Date('2026-11-26T08:00:00Z'), week2, assess(week2))
		]
	};
}

async function seed(page: Page, value: string, key = STORAGE_KEY) {
	await page.goto('/');
	await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

/** The engine's index for a request, to compare with what the page shows. */
const indexOf = (request: AssessRequest) => String(assess(request).results[0]!.index);

async function fillCheck(page: Page) {
	await page.goto('/check');
	// Typed after hydration, so that a reload right after typing tests the save on pagehide
	// (typing before the scripts arrive is covered by the save on mount).
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await openSteps(page);
	await page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches').check();
	await page.getByLabel('Name or model').fill('Daily trainer');
	await page.getByLabel('Heel drop, as the brand states it').fill('0.3');
	await page.getByLabel('Age').fill('38');
	await page
		.getByRole('group', { name: 'Which part of your foot' })
		.getByLabel('Ball of the foot')
		.check();
	await page.getByLabel('Last full week').fill('34');
	await page.getByLabel('Your longest run in the 30 days before it').fill('14');
	await page.getByLabel('Your latest run').fill('20');
}

test('answers, shoe and units come back after a reload', async ({ page }) => {
	await fillCheck(page);
	// Saving waits for typing to stop; the record appears once it has.
	// No waiting for the save: leaving the page right after typing still keeps everything.
	await page.reload();
	await expect(page.getByLabel('Name or model')).toHaveValue('Daily trainer');
	await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('0.3');
	await expect(page.getByLabel('Age')).toHaveValue('38');
	await expect(page.getByLabel('Last full week')).toHaveValue('34');
	await expect(page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches')).toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Which part of your foot' }).getByLabel('Ball of the foot')
	).toBeChecked();
	const record = JSON.parse((await stored(page))!) as SavedRecord;
	// The restored results are the engine's for exactly what was saved.
	await expect(page.getByTestId('risk-index')).toHaveText(
		indexOf({ runner: record.runner, shoes: record.shoes })
	);
	expect(record.version).toBe(RECORD_VERSION);
	expect(record.units).toEqual({ length: 'in', distance: 'km' });
	expect(record.shoes[0]).toEqual({ name: 'Daily trainer', heelDropMm: 7.62 });
});

test('two saved assessments show in the history chart, table and what changed', async ({
	page
}) => {
	await fillCheck(page);
	await page.getByRole('button', { name: 'Save this assessment' }).click();
	await expect(page.getByText(/Saved with today's date \(1 of/)).toBeVisible();
	await page.getByLabel('Your latest run').fill('12');
	await expect(page.getByText(/Saved with today's date/)).toHaveCount(0);
	await page.getByRole('button', { name: 'Save this assessment' }).click();
	await expect(page.getByText(/Saved with today's date \(2 of/)).toBeVisible();
	await page.getByRole('link', { name: 'Your history' }).click();
	await expect(page).toHaveTitle('Your history · Stridecheck');
	const figure = page.getByRole('figure', { name: /calf-risk index and the five factors/ });
	await expect(figure.locator('canvas')).toBeVisible();
	// Chart.js sets the canvas's pixel size once it has drawn.
	await expect
		.poll(() => figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width))
		.toBeGreaterThan(0);
	await expect(figure.getByRole('table').locator('tbody tr')).toHaveCount(2);
	await expect(figure.getByRole('table').locator('tbody tr').first()).toContainText(
		'Daily trainer'
	);
	const changed = page.getByRole('region', { name: 'What changed' });
	await expect(changed).toContainText('Calf-risk index');
	await expect(changed.locator('[data-finding="load.spike"]')).toBeVisible();
});

test('what changed names the finding that moved and why, from saved weeks', async ({ page }) => {
	await seed(page, JSON.stringify(seeded()));
	await page.goto('/history');
	const rows = page.getByTestId('index-table').locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText(indexOf(week1));
	await expect(rows.nth(1)).toContainText(indexOf(week2));
	const drop = page.locator('[data-finding="shoe.drop"]');
	await expect(drop).toContainText('Heel drop');
	const why = assess(week2).results[0]!.findings.find((f) => f.id === 'shoe.drop')!.why;
	await expect(drop).toContainText(why);
});

test('export, delete all, then import gives back the same results', async ({ page }) => {
	await seed(page, JSON.stringify(seeded()));
	await page.goto('/check');
	await expect(page.getByTestId('risk-index')).toHaveText(indexOf(week2));
	await page.goto('/data');
	await expect(page.getByTestId('data-summary')).toContainText('2 saved assessments');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export as a file' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^stridecheck-\d{4}-\d\d-\d\d\.json$/);
	const file = await download.path();
	const exported = JSON.parse(await readFile(file, 'utf8'));
	expect(exported.format).toBe('stridecheck');
	expect(exported.history).toHaveLength(2);

	// Escape cancels: nothing is deleted.
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(await stored(page)).not.toBeNull();

	// Keyboard only: Tab to the confirm button and press Enter.
	await page.getByRole('button', { name: 'Delete all my data' }).focus();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(
		page.getByText('Everything Stridecheck kept in this browser was deleted.')
	).toBeVisible();
	expect(await stored(page)).toBeNull();
	await expect(page.getByTestId('data-summary')).toContainText('0 answers, 0 shoes, 0 saved');
	await page.goto('/check');
	await expect(page.getByLabel('Name or model')).toHaveValue('');

	await page.goto('/data');
	await page.getByLabel('Stridecheck export file (.json)').setInputFiles(file);
	await expect(page.getByTestId('import-message')).toContainText('Imported');
	await expect(page.getByTestId('data-summary')).toContainText('2 saved assessments');
	await page.goto('/check');
	await expect(page.getByLabel('Name or model')).toHaveValue('Racer');
	await expect(page.getByTestId('risk-index')).toHaveText(indexOf(week2));
	await page.goto('/history');
	await expect(page.getByTestId('index-table').locator('tbody tr')).toHaveCount(2);
});

test('a broken import file is refused with its reason and changes nothing', async ({ page }) => {
	const record = JSON.stringify(seeded());
	await seed(page, record);
	await page.goto('/data');
	const input = page.getByLabel('Stridecheck export file (.json)');
	const cases: [string, string, RegExp][] = [
		['broken.json', '{"format": "stridecheck", "version": 2,', /not valid JSON/],
		['other.json', '{"hello": 1}', /not a Stridecheck export/],
		['newer.json', JSON.stringify({ format: 'stridecheck', version: 99 }), /newer Stridecheck/],
		[
			'bad.json',
			JSON.stringify({
				format: 'stridecheck',
				...seeded(),
				units: { length: 'cubits', distance: 'km' }
			}),
			/invalid entry at units\.length/
		]
	];
	for (const [name, text, message] of cases) {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
		await expect(page.getByTestId('import-message')).toContainText(message);
		await expect(page.getByTestId('import-message')).toContainText('Nothing was changed');
		expect(await stored(page)).toBe(record);
	}
});

test('a corrupt saved record is reported, kept for download, and the page starts clean', async ({
	page
}) => {
	const broken = '{"version": 2, "runner": {"age": "old"}, "shoes": [], ';
	await seed(page, broken);
	await page.goto('/check');
	await openSteps(page);
	const notice = page.getByTestId('saved-notice');
	await expect(notice).toContainText('could not be read');
	await expect(page.getByLabel('Age')).toHaveValue('');
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Download the unreadable copy' }).click();
	const download = await downloading;
	expect(await readFile(await download.path(), 'utf8')).toBe(broken);
	expect(await page.evaluate((k) => localStorage.getItem(k), UNREADABLE_KEY)).toBe(broken);
});

test('full storage is a notice, not a failure', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await fillCheck(page);
	await expect(page.getByTestId('saved-notice')).toContainText('storage is full');
	await expect(page.getByTestId('risk-index')).toBeVisible();
});

async function openShare(browser: Browser, url: string) {
	// A fresh context: no saved data, nothing shared with the sender's browser.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	return { context, page };
}

test('a share link opened in a fresh browser shows the same index', async ({ page, browser }) => {
	await fillCheck(page);
	await page.getByRole('button', { name: 'Share' }).click();
	const url = await page.getByLabel(/Share link/).inputValue();
	expect(url).toMatch(/\/share#v2\./);
	const shared = decodeShare(new URL(url).hash);
	if (!shared.ok) throw new Error(shared.message);
	// The original page settles on the engine's index for what the link carries.
	const index = indexOf(shared.value.request);
	await expect(page.getByTestId('risk-index')).toHaveText(index);
	const { context, page: other } = await openShare(browser, url);
	await expect(other.getByTestId('risk-index')).toHaveText(index);
	// Someone else's result: never addressed to the recipient as "your result".
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('A result shared with you');
	await expect(
		other.getByRole('heading', { name: 'The shared result for Daily trainer' })
	).toBeVisible();
	await expect(other.getByText(/Your result/)).toHaveCount(0);
	await expect(other.getByText('Not medical advice.')).toBeVisible();
	expect(await stored(other)).toBeNull();
	// Nothing to replace in a fresh browser: it loads straight into /check.
	await other.getByRole('button', { name: 'Load as my own' }).click();
	await expect(other).toHaveURL(/\/check$/);
	await expect(other.getByLabel('Name or model')).toHaveValue('Daily trainer');
	await expect(other.getByRole('group', { name: 'Lengths' }).getByLabel('Inches')).toBeChecked();
	await expect(other.getByTestId('risk-index')).toHaveText(index);
	await context.close();
});

test('loading a shared result over my own answers asks first', async ({ page }) => {
	const mine = JSON.stringify(seeded());
	await seed(page, mine);
	await page.goto(`/share#${encodeShare(week1)}`);
	await page.getByRole('button', { name: 'Load as my own' }).click();
	const dialog = page.getByRole('dialog', { name: 'Replace your answers?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	expect(await stored(page)).toBe(mine);
	await page.getByRole('button', { name: 'Load as my own' }).click();
	await dialog.getByRole('button', { name: 'Yes, replace my answers' }).click();
	await expect(page).toHaveURL(/\/check$/);
	await expect(page.getByLabel('Heel drop, as the brand states it')).toHaveValue('4');
	const record = JSON.parse((await stored(page))!) as SavedRecord;
	expect(record.shoes).toEqual(week1.shoes);
	expect(record.history).toHaveLength(2);
});

test('tampered, truncated, oversized and future links show a message and change nothing', async ({
	page
}) => {
	const mine = JSON.stringify(seeded());
	await seed(page, mine);
	const good = encodeShare(week1);
	const links: [string, RegExp][] = [
		[good.slice(0, Math.floor(good.length / 2)), /damaged or incomplete/],
		[good.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) + '!!', /damaged or incomplete/],
		[`v1.${'A'.repeat(7000)}`, /too long/],
		[`v9.${good.slice(3)}`, /newer Stridecheck/],
		['hello', /not a Stridecheck share link/]
	];
	for (const [fragment, message] of links) {
		await page.goto(`/share#${fragment}`);
		await expect(page.getByTestId('share-error')).toContainText(message);
		await expect(page.getByRole('button', { name: 'Load as my own' })).toHaveCount(0);
		expect(await stored(page)).toBe(mine);
	}
	// Pasting a good link into the same tab (only the hash changes) shows it.
	await page.evaluate((f) => (location.hash = f), good);
	await expect(page.getByTestId('risk-index')).toHaveText(indexOf(week1));
});

test('the report carries date, rules version, triage, index, factors, findings, tips and shoes', async ({
	page
}) => {
	const request: AssessRequest = {
		...week1,
		runner: { ...week1.runner, redFlags: ['rest-night-pain'] },
		shoes: [...week1.shoes, { name: 'Trainer', heelDropMm: 10, toeBoxFit: 'roomy' }]
	};
	const a = assess(request);
	await page.goto(`/report#${encodeShare(request)}`);
	await expect(page).toHaveTitle('Report for a physio or coach · Stridecheck');
	await expect(page.getByText(`Rules version ${a.model}`)).toBeVisible();
	await expect(page.getByText(/Printed \d{1,2} \w{3} \d{4}/)).toBeVisible();
	await expect(page.locator('.triage')).toBeVisible();
	await expect(page.getByText('Not medical advice.').first()).toBeVisible();
	const best = a.results[a.ranking[0]!]!;
	await expect(page.getByTestId('risk-index')).toHaveText(String(best.index));
	await expect(page.getByRole('heading', { name: 'The shoes compared, best first' })).toBeVisible();
	for (const f of best.findings)
		await expect(page.locator(`[data-finding="${f.id}"]`)).toBeVisible();
	for (const t of best.tips) await expect(page.locator(`[data-tip="${t.id}"]`)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
	// Opened from a share link's view, back leads to that shared result.
	await expect(page.getByRole('link', { name: 'Back to the shared result' })).toHaveAttribute(
		'href',
		`/share#${encodeShare(request)}`
	);
});

test('a mistyped answer holds back no other: the rest, a warning sign too, survive a reload', async ({
	page
}) => {
	await page.goto('/check');
	await openSteps(page);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Age').fill('38');
	await page.getByLabel('Cadence').fill('17O');
	await page.getByLabel('Last full week').fill('40');
	await page.getByLabel('Your latest run').fill('16');
	await page.getByLabel('A sudden pop').check();
	await expect
		.poll(async () => JSON.parse((await stored(page)) ?? '{}').runner?.redFlags)
		.toEqual(['sudden-pop']);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Age')).toHaveValue('38');
	await expect(page.getByLabel('Last full week')).toHaveValue('40');
	await expect(page.getByLabel('Your latest run')).toHaveValue('16');
	await expect(page.getByLabel('A sudden pop')).toBeChecked();
	// The mistyped answer was never valid, so there was nothing of it to keep.
	await expect(page.getByLabel('Cadence')).toHaveValue('');
});

test('the report opened from /check leads back to the check, answers kept', async ({ page }) => {
	await page.goto('/check');
	await fillCheck(page);
	// The index these answers score: read only once the page shows it, not while it catches up.
	const index = String(
		assess({
			runner: {
				age: 38,
				footStrike: 'forefoot',
				weeklyKm: [34],
				longestRunLast30DaysKm: 14,
				nextRunKm: 20
			},
			shoes: [{ name: 'Daily trainer', heelDropMm: 0.3 * 25.4 }]
		}).results[0]!.index
	);
	await expect(page.getByTestId('risk-index')).toHaveText(index);
	await page.getByRole('link', { name: 'Print / PDF report' }).click();
	await expect(page.getByTestId('risk-index')).toHaveText(index!);
	await page.getByRole('link', { name: 'Back to your check' }).click();
	await expect(page).toHaveURL(/\/check$/);
	await expect(page.getByTestId('risk-index')).toHaveText(index!);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	const pages: [string, string][] = [
		['/history', 'Your history lives in this browser, and reading it needs JavaScript'],
		['/share#' + encodeShare(week1), 'Reading a share link needs JavaScript'],
		['/data', 'needs JavaScript'],
		['/report#' + encodeShare(week1), 'needs JavaScript']
	];
	for (const [path, text] of pages) {
		test(`${path.slice(0, 8)} explains it needs JavaScript`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByText(text)).toBeVisible();
		});
	}
});

const PAGES = [
	'/history',
	`/share#${encodeShare(week2)}`,
	'/data',
	`/report#${encodeShare(week2)}`
];
for (const scheme of ['light', 'dark'] as const) {
	for (const width of [1280, 320]) {
		test(`no serious accessibility violations, ${scheme}, ${width} px`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width, height: 900 });
			await seed(page, JSON.stringify(seeded()));
			for (const path of PAGES) {
				await page.goto(path);
				await expect(page.locator('main h1')).toBeVisible();
				await page.waitForTimeout(400);
				expect(await seriousViolations(page), path).toEqual([]);
				// Nothing wider than the screen.
				const overflow = await horizontalOverflow(page);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
		});
	}
}
