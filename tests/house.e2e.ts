// The rest of the house: the navigation, the 404 page, the focus outline, a shared result's
// wording and no sideways scroll at 320 px on the pages with the widest content.
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { started } from './helpers';
import { assess } from '../src/lib/risk/assess';
import type { AssessRequest } from '../src/lib/risk/schema';
import { emptyRecord, type SavedRecord } from '../src/lib/saved/record';
import { historyEntry } from '../src/lib/saved/history';
import { STORAGE_KEY } from '../src/lib/saved/store';
import { encodeShare } from '../src/lib/share/share';

const SCHEMES = ['light', 'dark'] as const;

/** The page's width as the browser scrolls it: more than the screen is a sideways scroll. */
const scrollWidth = (page: Page) =>
	page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

const NAV = ['Check', 'Compare', 'Shoes', 'History', 'Data', 'Method'];

test.describe('navigation', () => {
	for (const [path, current] of [
		['/history', 'History'],
		['/data', 'Data'],
		['/compare', 'Compare']
	] as const) {
		test(`${path}: every main page linked, ${current} marked current, fits 320 px`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 700 });
			await page.goto(path);
			const nav = page.getByRole('navigation', { name: 'Main' });
			for (const name of NAV) {
				const link = nav.getByRole('link', { name, exact: true });
				await expect(link).toBeVisible();
				if (name === current) await expect(link).toHaveAttribute('aria-current', 'page');
				else await expect(link).not.toHaveAttribute('aria-current');
			}
			await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
			// Every link inside the screen: the list wraps instead of running off to the right.
			for (const box of await nav
				.getByRole('link')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
				expect(box).toBeLessThanOrEqual(320);
			}
			expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
		});
	}

	test('History and Data lead to their pages', async ({ page }) => {
		// The home page ships no JavaScript: plain links.
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		await nav.getByRole('link', { name: 'History', exact: true }).click();
		await expect(page).toHaveTitle('Your history · Stridecheck');
		await nav.getByRole('link', { name: 'Data', exact: true }).click();
		await expect(page).toHaveTitle('Your data · Stridecheck');
		await expect(nav.getByRole('link', { name: 'Data', exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
	});
});

test.describe('the 404 page', () => {
	test('has a title, the status, a plain sentence and links to the main pages', async ({
		page
	}) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle('Page not found (404) · Stridecheck');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByTestId('error-status')).toHaveText('Error 404');
		await expect(page.getByRole('main')).toContainText('There is no page at /no-such-page.');
		const main = page.getByRole('main');
		for (const [name, href] of [
			[/^Check your shoes/, '/check'],
			[/^Compare shoes/, '/compare'],
			[/^The shoe catalog/, '/shoes'],
			[/^Your history/, '/history'],
			[/^The home page/, '/']
		] as const) {
			await expect(main.getByRole('link', { name })).toHaveAttribute('href', href);
		}
		await main.getByRole('link', { name: /^Check your shoes/ }).click();
		await expect(page).toHaveURL(/\/check$/);
	});

	for (const scheme of SCHEMES) {
		test(`axe-clean and no sideways scroll at 320 px, ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 320, height: 700 });
			await page.goto('/a/path/that/is/long/and/not/there/at-all-anywhere-on-this-site');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			expect(await seriousViolations(page)).toEqual([]);
			expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
		});
	}
});

/** Relative luminance of an `rgb(r, g, b)` colour (WCAG 2.2). */
function luminance(rgb: string): number {
	const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
		const x = Number(c) / 255;
		return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};

test.describe('the focus outline', () => {
	for (const scheme of SCHEMES) {
		test(`differs from the error colour and stands out 3:1, ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await started(page, '/check');
			// The colours the theme gives an error, read the way the browser resolves them.
			const errors = await page.evaluate(() => {
				const probe = document.createElement('span');
				document.body.append(probe);
				const read = (v: string) => {
					probe.style.color = `var(${v})`;
					return getComputedStyle(probe).color;
				};
				const out = [read('--high'), read('--danger-border')];
				probe.remove();
				return out;
			});
			// Keyboard focus on the first link of the navigation.
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus-visible');
			await expect(focused).toHaveCount(1);
			const style = await focused.evaluate((el) => {
				const s = getComputedStyle(el);
				const bg = getComputedStyle(document.body).backgroundColor;
				const header = getComputedStyle(document.querySelector('header')!).backgroundColor;
				return {
					color: s.outlineColor,
					width: parseFloat(s.outlineWidth),
					style: s.outlineStyle,
					offset: parseFloat(s.outlineOffset),
					backgrounds: [bg, header]
				};
			});
			for (const error of errors) expect(style.color).not.toBe(error);
			expect(style.style).toBe('solid');
			expect(style.width).toBeGreaterThanOrEqual(2);
			expect(style.offset).toBeGreaterThanOrEqual(1);
			for (const bg of style.backgrounds)
				expect(contrast(style.color, bg)).toBeGreaterThanOrEqual(3);
		});
	}
});

/** Three weekly check-ins with pain going down. */
const checkIn = (drop: number, pain: number): AssessRequest => ({
	runner: {
		age: 38,
		footStrike: 'forefoot',
		usualDropMm: 10,
		weeklyKm: [30, 34],
		pain: { duringRun: pain, nextMorning: 'same' }
	},
	shoes: [{ name: 'A shoe with a rather long model name', heelDropMm: drop, wornKm: 300 }]
});
const CHECK_INS = [checkIn(4, 6), checkIn(6, 4), checkIn(8, 2)];
const DATES = ['2026-11-19T08:00:00.000Z', '2026-11-26T08:00:00.000Z', '2026-12-03T08:00:00.000Z'];

function threeSaves(): SavedRecord {
	return {
		...emptyRecord(),
		runner: CHECK_INS[2]!.runner,
		shoes: CHECK_INS[2]!.shoes,
		history: CHECK_INS.map((r, i) => historyEntry(new Date(DATES[i]!), r, assess(r)))
	};
}

async function seed(page: Page, record: SavedRecord) {
	await page.goto('/');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[STORAGE_KEY, JSON.stringify(record)]
	);
}

test.describe('a shared result', () => {
	test('says it was shared with you, never "your result"', async ({ page }) => {
		await page.goto(`/share#${encodeShare(CHECK_INS[0]!)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('A result shared with you');
		await expect(
			page.getByRole('heading', { name: `The shared result for ${CHECK_INS[0]!.shoes[0]!.name}` })
		).toBeVisible();
		await expect(page.getByTestId('assessment')).not.toContainText(/your result/i);
		await expect(page).toHaveTitle('Shared result · Stridecheck');
	});
});

test.describe('no sideways scroll at 320 px', () => {
	for (const scheme of SCHEMES) {
		test(`/compare with 3 shoes and results, /history with 3 saves, /share, ${scheme}`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 320, height: 800 });

			await started(
				page,
				'/compare?pick=nike-pegasus-41&pick=adidas-adizero-boston-12&pick=altra-torin-7'
			);
			await expect(page.getByTestId('ranking').locator('li')).toHaveCount(3);
			await page.locator('details:not([open])').evaluateAll((els) => {
				for (const el of els) el.setAttribute('open', '');
			});
			await expect(page.getByRole('img', { name: /Bar chart/ })).toBeVisible();
			expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
			// The tables stack: no table is wider than the screen either.
			for (const width of await page
				.locator('table')
				.evaluateAll((els) => els.map((el) => el.scrollWidth))) {
				expect(width).toBeLessThanOrEqual(320);
			}
			expect(await seriousViolations(page)).toEqual([]);

			await seed(page, threeSaves());
			await page.goto('/history');
			await expect(page.getByTestId('index-table').locator('tbody tr')).toHaveCount(3);
			expect(await scrollWidth(page)).toBeLessThanOrEqual(320);

			await page.goto(`/share#${encodeShare(CHECK_INS[0]!)}`);
			await expect(page.getByTestId('risk-index')).toBeVisible();
			expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
		});
	}
});
