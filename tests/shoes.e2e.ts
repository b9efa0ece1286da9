import { horizontalOverflow, seriousViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Screenshots for review go to SHOTS_DIR, only when it is set; the checks run either way. */
const SHOTS = process.env.SHOTS_DIR;
const rows = (page: Page) => page.locator('ul.rows > li > article');
const status = (page: Page) => page.getByRole('status');
const PAGE_SIZE = 24;

/** Each shown row's figure of that label ("Drop" → 8.3), in page order. */
async function shownFigure(page: Page, label: string): Promise<(number | null)[]> {
	return rows(page).evaluateAll(
		(articles, label) =>
			articles.map((a) => {
				const dt = [...a.querySelectorAll('dt')].find((d) => d.textContent === label);
				const m = /^(-?[\d.]+)/.exec(dt?.nextElementSibling?.textContent ?? '');
				return m ? Number(m[1]) : null;
			}),
		label
	);
}
const ids = (page: Page) =>
	rows(page)
		.locator('input[name="pick"]')
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

/** Submits what the form holds: with scripts the page updates by itself, without them a press. */
async function apply(page: Page, javaScript: boolean) {
	if (!javaScript) await page.getByRole('button', { name: 'Show shoes' }).click();
}

async function open(page: Page, url: string, javaScript: boolean) {
	await page.goto(url);
	if (javaScript) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

for (const javaScript of [true, false]) {
	test.describe(`catalog, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: javaScript });

		test('shows one page of the shoes still sold, each crediting its RunRepeat page', async ({
			page
		}) => {
			await open(page, '/shoes', javaScript);
			await expect(page).toHaveTitle(/Shoe catalog/);
			await expect(rows(page)).toHaveCount(PAGE_SIZE);
			await expect(status(page)).toHaveText(`Shoes 1–${PAGE_SIZE} of 274 still sold`);
			for (const row of await rows(page).all()) {
				const id = await row.locator('input[name="pick"]').getAttribute('value');
				const credit = row.getByRole('link', { name: /^RunRepeat/ });
				await expect(credit).toHaveAttribute('href', `https://runrepeat.com/${id}`);
				await expect(row.locator(`details a[href="https://runrepeat.com/${id}"]`)).toHaveText(
					`runrepeat.com/${id}`
				);
				await expect(row.getByRole('link', { name: /^Check this shoe/ })).toHaveAttribute(
					'href',
					new RegExp(`/check\\?pick=${id}$`)
				);
			}
			// nothing is printed for a figure nobody stated
			await expect(page.getByText(/not stated|not measured|Not known/)).toHaveCount(0);
		});

		test('search forgives a typo', async ({ page }) => {
			await open(page, '/shoes', javaScript);
			await page.getByLabel('Brand or model').fill('kayanno');
			if (!javaScript) await page.getByLabel('Brand or model').press('Enter');
			await expect(status(page)).toHaveText(/^Shoes 1–\d of \d still sold$/);
			const names = await rows(page).getByRole('heading').allInnerTexts();
			expect(names.length).toBeGreaterThan(0);
			for (const n of names) expect(n).toMatch(/^ASICS Gel Kayano \d+$/);
		});

		test('filters by measured drop and support, and the address keeps them', async ({ page }) => {
			await open(page, '/shoes', javaScript);
			await page.getByRole('spinbutton', { name: 'To', exact: true }).first().fill('4');
			await page.getByLabel('Support').selectOption('neutral');
			await apply(page, javaScript);
			await expect(page).toHaveURL(/maxDrop=4/);
			await expect(page).toHaveURL(/support=neutral/);
			const drops = await shownFigure(page, 'Drop');
			expect(drops.length).toBeGreaterThan(5);
			for (const d of drops) expect(d).toBeLessThanOrEqual(4);
			for (const row of await rows(page).all()) await expect(row).toContainText('Neutral');
		});

		test('more filters: stack, weight, plate and wide widths', async ({ page }) => {
			await open(page, '/shoes?current=false', javaScript);
			await page.getByText('More filters').click();
			await page.getByLabel('Plate').selectOption('carbon');
			await page.getByLabel('Weight at most (g)').fill('220');
			await apply(page, javaScript);
			await expect(page).toHaveURL(/maxWeight=220/);
			const weights = await shownFigure(page, 'Weight');
			expect(weights.length).toBeGreaterThan(3);
			for (const w of weights) expect(w).toBeLessThanOrEqual(220);
			for (const row of await rows(page).all()) await expect(row).toContainText('carbon plate');
			// the filters behind "More filters" stay open while one is set
			await expect(page.getByLabel('Plate')).toBeVisible();
		});

		test('sorts by drop both ways', async ({ page }) => {
			await open(page, '/shoes', javaScript);
			await page.getByLabel('Sort by').selectOption('drop');
			await apply(page, javaScript);
			await expect(page).toHaveURL(/sort=drop/);
			const sorted = (list: (number | null)[], dir: 1 | -1) =>
				list.every((d, i) => i === 0 || (d! - list[i - 1]!) * dir >= 0);
			await expect.poll(async () => sorted(await shownFigure(page, 'Drop'), 1)).toBe(true);
			await page.getByLabel('Order').selectOption('desc');
			await apply(page, javaScript);
			await expect(page).toHaveURL(/dir=desc/);
			await expect.poll(async () => (await shownFigure(page, 'Drop'))[0]).toBeGreaterThan(10);
			expect(sorted(await shownFigure(page, 'Drop'), -1)).toBe(true);
		});

		test('pages through the shoes without repeats, keeping the filters', async ({ page }) => {
			await open(page, '/shoes?sort=weight', javaScript);
			const first = await ids(page);
			await page.getByRole('button', { name: 'Next page' }).click();
			await expect(status(page)).toHaveText(`Shoes 25–48 of 274 still sold`);
			await expect(page).toHaveURL(/page=2/);
			await expect(page).toHaveURL(/sort=weight/);
			const second = await ids(page);
			expect(second).toHaveLength(PAGE_SIZE);
			expect(second.filter((id) => first.includes(id))).toEqual([]);
			await expect(page.getByText('Page 2 of 12')).toBeVisible();
			await page.getByRole('button', { name: 'Previous page' }).click();
			await expect(status(page)).toHaveText(`Shoes 1–24 of 274 still sold`);
			expect(await ids(page)).toEqual(first);
		});

		test('an empty result says so', async ({ page }) => {
			await open(page, '/shoes?q=nothing-like-this', javaScript);
			await expect(status(page)).toHaveText('No shoe matches');
			await expect(page.getByRole('heading', { name: 'No shoe matches' })).toBeVisible();
		});

		test('picks on two pages go to /compare as ?pick=', async ({ page }) => {
			await open(page, '/shoes?q=alphafly&current=false', javaScript);
			const button = page.getByRole('button', { name: /Compare selected/ });
			// with the script running, nothing picked disables the button
			if (javaScript) await expect(button).toBeDisabled();
			else await expect(button).toBeEnabled();
			await page.getByRole('checkbox', { name: 'Compare Nike Alphafly 3' }).check();
			// a new search keeps the pick (hidden, as it is not shown)
			await page.getByLabel('Brand or model').fill('rocket x 2');
			if (!javaScript) await page.getByLabel('Brand or model').press('Enter');
			await page.getByRole('checkbox', { name: 'Compare HOKA Rocket X 2' }).check();
			if (javaScript) await expect(button).toHaveText('Compare selected (2)');
			await button.click();
			await page.waitForURL(/\/compare\?/);
			expect(new URL(page.url()).searchParams.getAll('pick').sort()).toEqual([
				'hoka-rocket-x-2',
				'nike-alphafly-3'
			]);
			await expect(page.getByLabel('Name or model').first()).toHaveValue(/Nike Alphafly 3|HOKA/);
		});

		test('a refused value is named and left out; the rest of the query applies', async ({
			page
		}) => {
			// every time the page asks the server for the list again, after its first load
			const asked: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('/__data.json')) asked.push(new URL(r.url()).search);
			});
			await open(page, '/shoes?maxDrop=lots&support=stability', javaScript);
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('Drop to: must be a number (mm)');
			await expect(page.getByLabel('Support')).toHaveValue('stability');
			for (const row of await rows(page).all()) await expect(row).toContainText('Stability');
			// the note stays until the runner changes the query: the page itself asks nothing again
			await expect(page).toHaveURL(/maxDrop=lots/);
			expect(asked).toEqual([]);
			await page.getByLabel('Support').selectOption('neutral');
			await apply(page, javaScript);
			await expect(page).toHaveURL(/support=neutral/);
			await expect(alert).toHaveCount(0);
			for (const row of await rows(page).all()) await expect(row).toContainText('Neutral');
			if (javaScript) expect(asked).toEqual([expect.stringContaining('support=neutral')]);
		});
	});
}

test.describe('rows', () => {
	test('measured and stated drop side by side, credited', async ({ page }) => {
		await page.goto('/shoes?q=pegasus%2041&current=false');
		const row = rows(page).filter({ hasText: 'Nike Pegasus 41' }).first();
		await expect(row.locator('dl')).toContainText('Drop 11.4 mm (stated 10 mm)');
		await row.locator('summary').click();
		await expect(row).toContainText('Notes on the sources:');
		await expect(row.getByRole('link', { name: /doctorsofrunning/ })).toBeVisible();
	});

	test('a newer version 2 mm or more away in drop: one line, both drops and what it means in Details', async ({
		page
	}) => {
		await page.goto('/shoes?q=nimbus&current=false&sort=release');
		const named = (name: string) =>
			rows(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
		const row = named('ASICS Gel Nimbus 27');
		await expect(row.locator('.alert')).toHaveText('Newer version: drop 3.1 mm lower');
		await row.locator('summary').click();
		await expect(row.locator('details')).toContainText(
			"Its newer version, ASICS Gel Nimbus 28, measures 5.2 mm of drop in RunRepeat's lab, 3.1 mm lower than this one's 8.3 mm. A lower-drop switch: if you buy it, move to it gradually, with calf raises."
		);
		await expect(named('ASICS Gel Nimbus 28')).toHaveCount(1);
		await expect(named('ASICS Gel Nimbus 28').locator('.alert')).toHaveCount(0);
	});

	test('toe boxes measured only the old way are marked and left out of the width filter', async ({
		page
	}) => {
		await page.goto('/shoes?q=wave%20rider%2027&current=false');
		await expect(rows(page).first()).toContainText('Toe box 99.2 mm (old method)');
		await page.goto('/shoes?q=wave%20rider%2027&current=false&minToeBox=90');
		await expect(status(page)).toHaveText('No shoe matches');
	});
});

test.describe('with JavaScript', () => {
	test('the list updates as you type, no reload, focus kept, address follows', async ({ page }) => {
		await page.goto('/shoes');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		const box = page.getByLabel('Brand or model');
		await box.pressSequentially('pegasis', { delay: 40 });
		await expect(status(page)).toHaveText(/^Shoes 1–\d+ of \d+ still sold$/);
		await expect(rows(page).first()).toContainText('Nike Pegasus');
		await expect(box).toBeFocused();
		await expect(box).toHaveValue('pegasis');
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		await expect(page).toHaveURL(/q=pegasis/);
	});

	test('typing on while an answer arrives loses no letter', async ({ page }) => {
		await page.goto('/shoes');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const box = page.getByLabel('Brand or model');
		// pauses around the 300 ms wait, so some answers land mid-word
		for (const ch of 'endorphin speed') await box.press(ch, { delay: 150 + Math.random() * 250 });
		await expect(page).toHaveURL(/q=endorphin\+speed/);
		await expect(box).toHaveValue('endorphin speed');
	});

	test('the compare button counts picks and refuses more than 6', async ({ page }) => {
		await page.goto('/shoes');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const button = page.getByRole('button', { name: /Compare selected/ });
		await expect(button).toBeDisabled();
		const boxes = page.locator('input[name="pick"][type="checkbox"]');
		for (let i = 0; i < 7; i++) await boxes.nth(i).check();
		await expect(button).toHaveText('Compare selected (7)');
		await expect(button).toBeDisabled();
		await expect(page.getByText('untick 1')).toBeVisible();
		await boxes.nth(0).uncheck();
		await expect(button).toBeEnabled();
		// a search that hides picked shoes keeps them picked
		await page.getByLabel('Brand or model').fill('zzz');
		await expect(status(page)).toHaveText('No shoe matches');
		await expect(button).toHaveText('Compare selected (6)');
	});
});

test.describe('size and layout', () => {
	test('the default page stays small: under 90 kB of HTML, 14 kB gzip', async ({ request }) => {
		const html = await (await request.get('/shoes')).body();
		const gzip = gzipSync(html).length;
		console.log(`/shoes HTML: ${html.length} B raw, ${gzip} B gzip`);
		expect(html.length).toBeLessThan(90_000);
		expect(gzip).toBeLessThan(14_000);
	});

	test('no page ships the catalog: /shoes holds only its page of shoes', async ({ page }) => {
		const bodies: Promise<string>[] = [];
		page.on('response', (r) => {
			if (/\.js(\?|$)/.test(r.url())) bodies.push(r.text().catch(() => ''));
		});
		await page.goto('/shoes');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const all = (await Promise.all(bodies)).join('\n') + (await page.content());
		// on page 1 by name: adidas; a Xero shoe is on the last page
		expect(all).toContain('adidas-adistar-4');
		expect(all).not.toContain('xero-shoes-hfs-ii');
	});

	test('every row of the catalog is at most 180 px tall at 375 px, version alerts too', async ({
		page
	}) => {
		test.slow(); // every page of the catalog, discontinued models too
		await page.setViewportSize({ width: 375, height: 800 });
		const seen = { rows: 0, alerts: 0 };
		for (let n = 1; ; n++) {
			await page.goto(`/shoes?current=false&page=${n}`);
			const heights = await rows(page).evaluateAll((els) =>
				els.map((e) => ({
					name: e.querySelector('h2')?.textContent,
					h: e.getBoundingClientRect().height,
					alert: e.querySelector('.alert') !== null
				}))
			);
			for (const { name, h } of heights) expect(h, name ?? '').toBeLessThanOrEqual(180);
			seen.rows += heights.length;
			seen.alerts += heights.filter((r) => r.alert).length;
			if ((await page.getByRole('button', { name: 'Next page' }).count()) === 0) break;
		}
		// the walk saw the whole catalog, version alerts among it
		expect(seen.rows).toBeGreaterThan(400);
		expect(seen.alerts).toBeGreaterThan(20);
	});

	test('the compare bar takes one line at 375 px', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('/shoes');
		const bar = await page.locator('.compare-bar').boundingBox();
		expect(bar!.height).toBeLessThanOrEqual(60);
	});
});

/** A review picture of the page as it is now; nothing is written unless SHOTS_DIR is set. */
async function shot(page: Page, name: string) {
	if (!SHOTS) return;
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: `${SHOTS}/shoes-${name}.png`, fullPage: false });
}

test.describe('accessibility and screenshots', () => {
	for (const scheme of ['light', 'dark'] as const) {
		for (const width of [320, 375, 1280]) {
			test(`${scheme}, ${width} px: no serious violations, no sideways scroll`, async ({
				page
			}) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.setViewportSize({ width, height: 900 });
				await page.goto('/shoes?q=nimbus&current=false');
				await page.getByText('More filters').click();
				await rows(page).first().locator('summary').click();
				expect(await seriousViolations(page)).toEqual([]);
				expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
				await shot(page, `${scheme}-${width}`);
				await rows(page).first().scrollIntoViewIfNeeded();
				await shot(page, `${scheme}-${width}-rows`);
			});
		}
	}
});
