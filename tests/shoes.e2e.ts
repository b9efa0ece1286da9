import { horizontalOverflow, seriousViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Screenshots for review go to SHOTS_DIR, only when it is set; the checks run either way. */
const SHOTS = process.env.SHOTS_DIR;
const cards = (page: Page) => page.locator('ul.grid > li > article');

/** The measured drop each shown card states, or the stated one when it says "not measured". */
async function shownDrops(page: Page): Promise<number[]> {
	const texts = await cards(page).locator('dt:text-is("Drop") + dd').allInnerTexts();
	return texts.map((t) => {
		const measured = /Measured (-?[\d.]+) mm/.exec(t);
		const stated = /Stated (-?[\d.]+) mm/.exec(t);
		const n = measured?.[1] ?? stated?.[1];
		if (n === undefined) throw new Error(`no drop in "${t}"`);
		return Number(n);
	});
}

async function expectNoSeriousViolations(page: Page) {
	expect(await seriousViolations(page)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`catalog, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('lists all 60 shoes with a RunRepeat credit built from each slug', async ({ page }) => {
			await page.goto('/shoes');
			await expect(page).toHaveTitle(/Shoe catalog/);
			await expect(cards(page)).toHaveCount(60);
			await expect(page.getByRole('status')).toHaveText('60 of 60 shoes');
			// every credit link points at runrepeat.com/<the id the pick box sends>, or at the
			// RunRepeat page the row's lab figures came from
			for (const card of await cards(page).all()) {
				const id = await card.locator('input[name="pick"]').getAttribute('value');
				const credit = card.getByRole('link', { name: 'RunRepeat', exact: true });
				// a shown lab figure needs a "(lab figures)" source; a stated one a page outside the lab
				const text = await card.locator('dl').innerText();
				const roles = await card.locator('details li span').allTextContents();
				if (/Measured -?\d|Lab -?\d|Widest \d/.test(text)) expect(roles).toContain('(lab figures)');
				if (/Stated (heel |forefoot )?-?\d/.test(text)) {
					expect(roles).toContain('(stated figures, notes)');
				}
				if ((await credit.count()) === 0) {
					expect(roles).not.toContain('(lab figures)');
					continue;
				}
				await expect(credit).toHaveAttribute('href', `https://runrepeat.com/${id}`);
				await expect(
					card.locator(`details a[href="https://runrepeat.com/${id}"], details a[href*="shoe-lab"]`)
				).not.toHaveCount(0);
			}
		});

		test('a drop of 4 mm or less shows only such shoes', async ({ page }) => {
			await page.goto('/shoes');
			await page.getByRole('spinbutton', { name: 'To', exact: true }).fill('4');
			if (!javaScriptEnabled) await page.getByRole('button', { name: 'Show shoes' }).click();
			await expect(page.getByRole('status')).toHaveText('11 of 60 shoes');
			const drops = await shownDrops(page);
			expect(drops).toHaveLength(11);
			for (const d of drops) expect(d).toBeLessThanOrEqual(4);
			if (!javaScriptEnabled) expect(new URL(page.url()).searchParams.get('dropMax')).toBe('4');
		});

		test('search by brand', async ({ page }) => {
			await page.goto('/shoes');
			await page.getByLabel('Brand or model').fill('mizuno');
			if (!javaScriptEnabled) await page.getByLabel('Brand or model').press('Enter');
			await expect(page.getByRole('status')).toHaveText('3 of 60 shoes');
			for (const h of await cards(page).getByRole('heading').allInnerTexts()) {
				expect(h).toMatch(/^Mizuno /);
			}
		});

		test('an empty result says so', async ({ page }) => {
			await page.goto('/shoes?q=nothing-like-this');
			await expect(page.getByRole('status')).toHaveText('0 of 60 shoes');
			await expect(page.getByRole('heading', { name: 'No shoe matches' })).toBeVisible();
		});

		test('picked shoes go to /compare as ?pick=', async ({ page }) => {
			await page.goto('/shoes?category=racing');
			const button = page.getByRole('button', { name: /Compare selected/ });
			// with the script running, nothing picked disables the button
			if (javaScriptEnabled) await expect(button).toBeDisabled();
			else await expect(button).toBeEnabled();
			await page.getByRole('checkbox', { name: 'Compare Nike Alphafly 3' }).check();
			await page.getByRole('checkbox', { name: 'Compare HOKA Rocket X 2' }).check();
			if (javaScriptEnabled) await expect(button).toHaveText('Compare selected (2)');
			await button.click();
			await page.waitForURL(/\/compare\?/);
			expect(new URL(page.url()).searchParams.getAll('pick')).toEqual([
				'hoka-rocket-x-2',
				'nike-alphafly-3'
			]);
		});
	});
}

test.describe('with JavaScript', () => {
	test('the list updates as you type, no reload, and the address follows', async ({ page }) => {
		await page.goto('/shoes');
		// Live filtering starts with the scripts; before them the form's submit does the work.
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await page.getByLabel('Brand or model').pressSequentially('kayano');
		await expect(page.getByRole('status')).toHaveText('2 of 60 shoes');
		await page.getByLabel('Toe-box width').selectOption('old-method');
		await expect(page.getByRole('status')).toHaveText('0 of 60 shoes');
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		expect(new URL(page.url()).searchParams.get('q')).toBe('kayano');
	});

	test('the compare button counts picks, keeps hidden ones, and refuses more than 6', async ({
		page
	}) => {
		await page.goto('/shoes');
		const button = page.getByRole('button', { name: /Compare selected/ });
		await expect(button).toBeDisabled();
		const boxes = page.locator('input[name="pick"][type="checkbox"]');
		for (let i = 0; i < 7; i++) await boxes.nth(i).check();
		await expect(button).toHaveText('Compare selected (7)');
		await expect(button).toBeDisabled();
		await expect(page.getByText('untick 1')).toBeVisible();
		await boxes.nth(0).uncheck();
		await expect(button).toBeEnabled();
		// a filter that hides picked shoes keeps them picked
		await page.getByLabel('Brand or model').fill('zzz');
		await expect(button).toHaveText('Compare selected (6)');
	});

	test('old-method toe boxes are marked as not comparable', async ({ page }) => {
		await page.goto('/shoes?toeBox=old-method');
		await expect(cards(page)).toHaveCount(6);
		for (const card of await cards(page).all()) {
			await expect(card).toContainText('Old method, reads 3–5 mm wider — not comparable');
		}
	});

	test('the drop gap is spelled out in text', async ({ page }) => {
		await page.goto('/shoes?q=clifton');
		await expect(cards(page).first()).toContainText('Gap 4.4 mm: measured higher than stated');
	});
});

/** A review picture of the page as it is now; nothing is written unless SHOTS_DIR is set. */
async function shot(page: Page, name: string) {
	if (!SHOTS) return;
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: `${SHOTS}/shoes-${name}.png`, fullPage: false });
}

test.describe('accessibility and screenshots', () => {
	test('light', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/shoes');
		await expectNoSeriousViolations(page);
		await shot(page, 'light');
		await page.getByRole('heading', { name: 'HOKA Clifton 10' }).scrollIntoViewIfNeeded();
		await shot(page, 'light-cards');
	});

	test('dark', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/shoes?q=hoka&sort=drop');
		await expectNoSeriousViolations(page);
		await shot(page, 'dark');
		await page.getByRole('heading', { name: 'HOKA Mach 6' }).scrollIntoViewIfNeeded();
		await shot(page, 'dark-cards');
	});

	test('320 px wide', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 900 });
		await page.goto('/shoes?q=clifton');
		await expectNoSeriousViolations(page);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await shot(page, '320');
		await page.getByRole('heading', { name: 'HOKA Clifton 10' }).scrollIntoViewIfNeeded();
		await shot(page, '320-card');
		await page.goto('/shoes?toeBox=old-method');
		await shot(page, '320-old-method');
	});
});
