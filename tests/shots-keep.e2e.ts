import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { assess } from '../src/lib/risk/assess';
import { emptyRecord, historyEntry, STORAGE_KEY } from '../src/lib/saved/record';
import { encodeShare } from '../src/lib/share/share';
import type { AssessRequest } from '../src/lib/risk/schema';

/** Screenshots and the print PDF for review; only when SHOTS_DIR is set. */
const dir = process.env.SHOTS_DIR;
test.skip(!dir, 'set SHOTS_DIR to write screenshots');

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
	mkdirSync(dir!, { recursive: true });
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
	mkdirSync(dir!, { recursive: true });
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
	mkdirSync(dir!, { recursive: true });
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
