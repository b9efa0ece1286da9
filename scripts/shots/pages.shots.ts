import { expect, test, type Page } from '@playwright/test';
import { assess } from '../../src/lib/risk/assess';
import { emptyRecord } from '../../src/lib/saved/record';
import { historyEntry } from '../../src/lib/saved/history';
import { STORAGE_KEY } from '../../src/lib/saved/store';
import { encodeShare } from '../../src/lib/share/share';
import type { AssessRequest } from '../../src/lib/risk/schema';
import { fillRunner } from '../../tests/helpers';
import { shotsDir } from './dir';

const dir = shotsDir();
const VIEWS = [
	['light', 1280],
	['dark', 1280],
	['light', 320],
	['dark', 320]
] as const;

/** The page as a runner sees it at this width and scheme: whole, from the top. */
async function picture(page: Page, name: string) {
	await page.evaluate(() => window.scrollTo(0, 0));
	// Let a chart's short entry animation finish before the picture is taken.
	await page.waitForTimeout(600);
	await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

const week = (nextRunKm: number, drop: number, weeklyKm: number[]): AssessRequest => ({
	runner: {
		age: 38,
		sex: 'female',
		footStrike: 'forefoot',
		usualDropMm: 10,
		heelRaises: { left: 19, right: 24 },
		longestRunLast30DaysKm: 14,
		nextRunKm,
		weeklyKm,
		pain: { duringRun: 3, nextMorning: 'same' }
	},
	shoes: [
		{ name: 'Daily trainer', heelDropMm: drop, measuredDropMm: drop + 1.5, wornKm: 350 },
		{ name: 'Racer', heelDropMm: 4, toeBoxFit: 'snug', minimalist: false }
	]
});
const weeks = [
	week(20, 4, [28, 30, 34]),
	week(16, 6, [30, 34, 33]),
	week(14, 8, [34, 33, 35]),
	week(18, 10, [33, 35, 36])
];
const record = {
	...emptyRecord(),
	runner: weeks[3]!.runner,
	shoes: weeks[3]!.shoes,
	history: weeks.map((w, i) =>
		historyEntry(new Date(Date.UTC(2026, 10, 5 + 7 * i, 8)), w, assess(w))
	)
};
const flagged: AssessRequest = {
	...weeks[3]!,
	runner: { ...weeks[3]!.runner, redFlags: ['rest-night-pain'] }
};

test('keep screenshots and report PDF', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[STORAGE_KEY, JSON.stringify(record)]
	);
	const pages: [string, string][] = [
		['history', '/history'],
		['share', `/share#${encodeShare(flagged)}`],
		['data', '/data'],
		['report', `/report#${encodeShare(flagged)}`]
	];
	for (const [scheme, width] of [
		['light', 1280],
		['dark', 1280],
		['light', 320]
	] as const) {
		await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
		await page.setViewportSize({ width, height: 900 });
		for (const [name, path] of pages) {
			await page.goto(path);
			await page.waitForTimeout(800);
			await page.screenshot({ path: `${dir}/${name}-${scheme}-${width}.png`, fullPage: true });
		}
	}
	await page.emulateMedia({ colorScheme: 'light', media: 'print' });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`/report#${encodeShare(flagged)}`);
	await page.waitForTimeout(500);
	await page.pdf({
		path: `${dir}/report.pdf`,
		format: 'A4',
		printBackground: true,
		margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' }
	});
});

test('check results with the keep actions', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[STORAGE_KEY, JSON.stringify(record)]
	);
	for (const width of [1280, 320]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/check');
		await page.getByRole('button', { name: 'Save this assessment' }).click();
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByRole('region', { name: 'Keep or share this result' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${dir}/check-keep-${width}.png` });
	}
});

test('the delete confirmation and a refused link, dark', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto('/');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[STORAGE_KEY, JSON.stringify(record)]
	);
	await page.goto('/data');
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await page.screenshot({ path: `${dir}/data-dialog-dark-320.png` });
	await page.goto(`/share#v1.${encodeShare(flagged).slice(3, 40)}`);
	await page.waitForTimeout(300);
	await page.screenshot({ path: `${dir}/share-error-dark-320.png` });
});

test('check: empty, with results, under a warning sign', async ({ page }) => {
	for (const [scheme, width] of VIEWS) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/check');
		await picture(page, `check-empty-${scheme}-${width}`);
		await fillRunner(page);
		await page.getByRole('button', { name: 'Show my results' }).click();
		await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
		await picture(page, `check-results-${scheme}-${width}`);
		await page.getByLabel('One calf is swollen').check();
		await picture(page, `check-urgent-${scheme}-${width}`);
	}
});

test('compare: four shoes', async ({ page }) => {
	const picks = ['nike-pegasus-41', 'hoka-clifton-10', 'altra-torin-7', 'asics-gel-nimbus-27'];
	for (const [scheme, width] of VIEWS) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`/compare?${picks.map((id) => `pick=${id}`).join('&')}`);
		await expect(page.getByTestId('ranking')).toBeVisible();
		await picture(page, `compare-${scheme}-${width}`);
	}
});

test('home, method, shoes and a page that does not exist', async ({ page }) => {
	for (const [scheme, width] of VIEWS) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize({ width, height: 900 });
		for (const [name, path] of [
			['home', '/'],
			['method', '/method'],
			['shoes', '/shoes'],
			['404', '/no-such-page']
		]) {
			await page.goto(path!);
			await picture(page, `${name}-${scheme}-${width}`);
		}
	}
});
