import { expect, test, type Page } from '@playwright/test';
import { horizontalOverflow, seriousViolations } from './axe';
import { assess } from '../src/lib/risk/assess';
import { emptyRecord, type SavedRecord } from '../src/lib/saved/record';
import { historyEntry } from '../src/lib/saved/history';
import { STORAGE_KEY } from '../src/lib/saved/store';
import type { AssessRequest } from '../src/lib/risk/schema';
import { openSteps } from './helpers';

/** Three weekly check-ins of one runner, each with other weekly distances. */
const week = (weeklyKm: number[], drop: number): AssessRequest => ({
	runner: { age: 38, footStrike: 'forefoot', usualDropMm: 10, weeklyKm },
	shoes: [{ name: 'Racer', heelDropMm: drop, wornKm: 300 }]
});
const weeks = [week([30, 34], 4), week([34, 33], 6), week([33, 36], 8)];
const DATES = ['2026-11-19T08:00:00.000Z', '2026-11-26T08:00:00.000Z', '2026-12-03T08:00:00.000Z'];
const LABELS = ['19 Nov 2026', '26 Nov 2026', '3 Dec 2026'];

function seeded(over: Partial<SavedRecord> = {}): SavedRecord {
	return {
		...emptyRecord(),
		runner: weeks[2]!.runner,
		shoes: weeks[2]!.shoes,
		history: weeks.map((w, i) => historyEntry(new Date(DATES[i]!), w, assess(w))),
		...over
	};
}

async function seed(page: Page, record: SavedRecord) {
	await page.goto('/');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[STORAGE_KEY, JSON.stringify(record)]
	);
}

const stored = async (page: Page) =>
	JSON.parse(
		(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? 'null'
	) as SavedRecord | null;

const deleteButton = (page: Page, label: string) =>
	page.getByRole('button', { name: `Delete the assessment of ${label}`, exact: true });

test.describe('deleting one saved assessment', () => {
	test('Escape and Cancel keep it; confirming by keyboard deletes only it', async ({ page }) => {
		await seed(page, seeded());
		await page.goto('/history');
		const rows = page.getByTestId('index-table').locator('tbody tr');
		await expect(rows).toHaveCount(3);
		for (const label of LABELS) await expect(deleteButton(page, label)).toBeVisible();

		const dialog = page.getByRole('dialog', { name: `Delete the assessment of ${LABELS[1]}?` });
		await deleteButton(page, LABELS[1]!).click();
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText('Racer');
		await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
		expect(await seriousViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(deleteButton(page, LABELS[1]!)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeHidden();
		expect((await stored(page))?.history.map((e) => e.date)).toEqual(DATES);
		await expect(rows).toHaveCount(3);

		// Keyboard only: open, Shift+Tab from Cancel to the confirm button, Enter.
		await deleteButton(page, LABELS[1]!).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Shift+Tab');
		await expect(dialog.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toHaveText(
			`The assessment of ${LABELS[1]} was deleted.`
		);
		await expect(rows).toHaveCount(2);
		await expect(rows.nth(0)).toContainText(LABELS[0]!);
		await expect(rows.nth(1)).toContainText(LABELS[2]!);
		await expect(deleteButton(page, LABELS[1]!)).toHaveCount(0);
		// Focus stays in the list, on the entry that took the deleted one's place.
		await expect(deleteButton(page, LABELS[2]!)).toBeFocused();
		const left = await stored(page);
		expect(left?.history.map((e) => e.date)).toEqual([DATES[0], DATES[2]]);
		// The answers are not touched, and "What changed" now compares the two that are left.
		expect(left?.runner).toEqual(seeded().runner);
		await expect(page.getByRole('region', { name: 'What changed' })).toContainText(
			`From ${LABELS[0]} to ${LABELS[2]}`
		);
	});

	test('deleting the last one leaves the empty history, focused', async ({ page }) => {
		await seed(page, seeded({ history: seeded().history.slice(0, 1) }));
		await page.goto('/history');
		await deleteButton(page, LABELS[0]!).click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		const empty = page.getByText('No saved assessments yet.');
		await expect(empty).toBeFocused();
		expect((await stored(page))?.history).toEqual([]);
		await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toBeVisible();
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`axe-clean and no sideways scroll at 320 px, ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 320, height: 800 });
			await seed(page, seeded());
			await page.goto('/history');
			await openSteps(page);
			await expect(deleteButton(page, LABELS[0]!)).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			// Every delete button is a large enough target (WCAG 2.5.8 asks 24 px; the app uses 44).
			for (const box of await page
				.locator('[data-delete-entry]')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
				expect(box).toBeGreaterThanOrEqual(44);
			}
		});
	}
});

test.describe('weekly distances saved more than a week ago', () => {
	const SAVED = '2026-03-01T10:00:00.000Z';
	const notice = (page: Page) => page.getByTestId('stale-weeks');
	const weeksGroup = (page: Page) =>
		page.getByRole('group', { name: /Distance per week, oldest first/ });

	async function open(page: Page, now: string, record: SavedRecord) {
		await page.clock.setFixedTime(new Date(now));
		await seed(page, record);
		await page.goto('/check');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Last full week')).toHaveValue('36');
	}

	test('asks for an update with the date they were saved; new weeks clear it', async ({ page }) => {
		await open(page, '2026-03-20T09:00:00.000Z', seeded({ weeklyKmSavedAt: SAVED }));
		await expect(notice(page)).toContainText('You saved them on 1 Mar 2026, 18 days ago');
		await expect(notice(page).locator('time')).toHaveAttribute('datetime', SAVED);
		// The note is the weekly group's description, so a screen reader hears it with the fields.
		await expect(weeksGroup(page)).toHaveAccessibleDescription(/You saved them on 1 Mar 2026/);
		expect(await seriousViolations(page)).toEqual([]);

		await page.getByLabel('Last full week').fill('40');
		await expect(notice(page)).toHaveCount(0);
		await expect
			.poll(async () => (await stored(page))?.weeklyKmSavedAt)
			.toBe('2026-03-20T09:00:00.000Z');
		expect((await stored(page))?.runner.weeklyKm).toEqual([33, 40]);
	});

	test('"They are still right" keeps them, dated today, and carries on at the weeks', async ({
		page
	}) => {
		await open(page, '2026-03-20T09:00:00.000Z', seeded({ weeklyKmSavedAt: SAVED }));
		await notice(page).getByRole('button', { name: 'They are still right' }).focus();
		await page.keyboard.press('Enter');
		await expect(notice(page)).toHaveCount(0);
		await expect(page.getByLabel('Last full week')).toBeFocused();
		const record = await stored(page);
		expect(record?.weeklyKmSavedAt).toBe('2026-03-20T09:00:00.000Z');
		expect(record?.runner.weeklyKm).toEqual([33, 36]);
	});

	test('no notice a week after the save, nor for a record that does not say when', async ({
		page
	}) => {
		// Exactly 7 days: the boundary itself is not yet "older than 7 days".
		await open(page, '2026-03-08T10:00:00.000Z', seeded({ weeklyKmSavedAt: SAVED }));
		await expect(notice(page)).toHaveCount(0);
		// No stamp and no saved assessment holding these weeks: unknown, so nothing is claimed.
		await open(page, '2026-03-20T09:00:00.000Z', seeded({ history: [] }));
		await expect(notice(page)).toHaveCount(0);
	});

	test('a record from before the stamp is dated by the saved assessment holding those weeks', async ({
		page
	}) => {
		// The last saved assessment (3 Dec 2026) holds exactly the saved weeks.
		await open(page, '2027-01-10T09:00:00.000Z', seeded());
		await expect(notice(page)).toContainText('You saved them on 3 Dec 2026, 38 days ago');
	});

	test('/compare says so too when it fills them in, and points to /check to keep new ones', async ({
		page
	}) => {
		await page.clock.setFixedTime(new Date('2026-03-20T09:00:00.000Z'));
		await seed(page, seeded({ weeklyKmSavedAt: SAVED }));
		await page.goto('/compare?pick=nike-pegasus-41&pick=nike-vomero-18');
		await openSteps(page);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// Visible on the closed "Your answers" section, then in full beside the weeks inside it.
		const summary = page.locator('summary', { hasText: 'Your answers' });
		await expect(summary).toHaveText(
			'Your answers (filled in from this device; weekly distances 18 days old)'
		);
		await summary.click();
		await expect(notice(page)).toContainText('You saved them on 1 Mar 2026, 18 days ago');
		await expect(weeksGroup(page)).toHaveAccessibleDescription(/You saved them on 1 Mar 2026/);
		await expect(notice(page).getByRole('link', { name: 'check page' })).toHaveAttribute(
			'href',
			'/check#f-runner-weeklyKm-0'
		);
		expect(await seriousViolations(page)).toEqual([]);

		// Typing new weeks here clears it, and nothing is saved from this page.
		await page.getByLabel('Last full week').fill('40');
		await expect(notice(page)).toHaveCount(0);
		await expect(summary).toHaveText('Your answers (filled in from this device)');
		expect((await stored(page))?.runner.weeklyKm).toEqual([33, 36]);
		expect((await stored(page))?.weeklyKmSavedAt).toBe(SAVED);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`the notice at 320 px, ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 320, height: 800 });
			await open(page, '2026-03-20T09:00:00.000Z', seeded({ weeklyKmSavedAt: SAVED }));
			await expect(notice(page)).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		});
	}
});

test('"Save this assessment" right after typing saves what was typed', async ({ page }) => {
	// Timers stand still: the typing debounce never fires, so only leaving the field reads it.
	await page.clock.install({ time: new Date('2026-03-20T09:00:00Z') });
	await page.goto('/check');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Name or model').fill('Daily trainer');
	await page.getByLabel('Heel drop, as the brand states it').fill('8');
	await page.getByLabel('Your latest run').fill('12');
	await page.getByRole('button', { name: 'Save this assessment' }).click();
	await page.getByLabel('Your latest run').fill('21');
	await page.getByRole('button', { name: 'Save this assessment' }).click();
	const history = (await stored(page))?.history ?? [];
	expect(history.map((e) => e.request.runner.nextRunKm)).toEqual([12, 21]);
	expect(history.at(-1)?.request.shoes).toEqual([{ name: 'Daily trainer', heelDropMm: 8 }]);
});

test.describe("in the runner's own time zone", () => {
	test.use({ timezoneId: 'America/New_York' });

	test('a save at 21:00 in New York is dated that evening, not the next day', async ({ page }) => {
		const evening = '2026-11-27T02:00:00.000Z';
		await seed(
			page,
			seeded({ history: [historyEntry(new Date(evening), weeks[0]!, assess(weeks[0]!))] })
		);
		await page.goto('/history');
		await expect(deleteButton(page, '26 Nov 2026')).toBeVisible();
		await expect(page.getByTestId('index-table').locator('tbody tr')).toContainText('26 Nov 2026');
	});
});

test.describe('pain and index over time, and what changed against any earlier save', () => {
	const painful = (w: AssessRequest, duringRun: number): AssessRequest => ({
		...w,
		runner: { ...w.runner, pain: { duringRun, nextMorning: 'same' } }
	});
	const withPain = [painful(weeks[0]!, 6), weeks[1]!, painful(weeks[2]!, 2)];
	const record = () =>
		seeded({
			history: withPain.map((w, i) => historyEntry(new Date(DATES[i]!), w, assess(w)))
		});

	test('pain is charted with a table; an unanswered save says so', async ({ page }) => {
		await seed(page, record());
		await page.goto('/history');
		await expect(page.getByRole('img', { name: /calf pain during runs/ })).toHaveAttribute(
			'aria-label',
			/answered in 2 of 3 saves\. It went from 6 on 19 Nov 2026 to 2 on 3 Dec 2026\./
		);
		await expect(
			page.getByRole('img', { name: /calf-risk index and the five factor/ })
		).toBeVisible();
		const rows = page.getByTestId('pain-table').locator('tbody tr');
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(0)).toContainText('6');
		await expect(rows.nth(1)).toContainText('not answered');
		await expect(rows.nth(2)).toContainText('2');
	});

	test('the previous save by default; any earlier one from the select', async ({ page }) => {
		await seed(page, record());
		await page.goto('/history');
		const region = page.getByRole('region', { name: 'What changed' });
		const select = region.getByLabel('Compare the latest save with');
		await expect(select.locator('option')).toHaveText([
			LABELS[0]!,
			`${LABELS[1]} (the one before)`
		]);
		await expect(region.getByTestId('changed-span')).toContainText(
			`From ${LABELS[1]} to ${LABELS[2]}`
		);
		await expect(region).toContainText('Pain during runs (0 to 10): not answered → 2');
		await select.selectOption({ label: LABELS[0]! });
		await expect(region.getByTestId('changed-span')).toContainText(
			`From ${LABELS[0]} to ${LABELS[2]}`
		);
		await expect(region).toContainText('Pain during runs (0 to 10): 6 → 2 (down 4)');
		// The engine's findings for that pair: the drop moved from 4 to 8 mm over two weeks.
		await expect(region.locator('[data-finding="shoe.drop"]')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
});
