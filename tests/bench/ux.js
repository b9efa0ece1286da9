// `node tests/bench/ux.js` (after `npm run build`): the product as a runner feels it, in figures.
// - the inputs a runner touches from an empty /check to a first result on the quick path;
// - page heights at 375 px: /check empty and with results, the quick check down to its submit
//   button, /compare with three shoes, /shoes;
// - after pressing "Show my results" (375 and 1280 px, scripts on and off): how far the page moved
//   on its own, and how far the answer still is from the top of the screen (0: in view).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromeFlags, chromePath } from '../chromium.js';
import { startServer } from './server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The quick path's answers, by field name: text boxes are filled, radios are `name=value`. */
/** @type {[string, string][]} */
export const QUICK = [
	['shoes.0.heelDropMm', '4'],
	['runner.usualDropMm', '10'],
	['runner.nextRunKm', '20'],
	['runner.longestRunLast30DaysKm', '14'],
	['runner.pain.duringRun', '3'],
	['runner.pain.nextMorning', 'same'],
	['runner.footStrike', 'forefoot']
];

/** Where the answer starts: its first heading ("Most likely behind it"); else the results' heading. */
const ANSWER = { heading: '#likely-title', fallback: '#results-title' };

/** @param {import('playwright').Page} page */
async function fillQuick(page) {
	let touched = 0;
	for (const [name, value] of QUICK) {
		const radio = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
		if (await radio.count()) await radio.check();
		else await page.locator(`[name="${name}"]`).fill(value);
		touched++;
	}
	// A page that still needs the shoe's name before it can score says so by showing no result
	// (live results come a moment after the last keystroke; without scripts, none come).
	const submit = page.getByRole('button', { name: 'Show my results' }).first();
	await page
		.getByTestId('risk-index')
		.first()
		.waitFor({ state: 'attached', timeout: 2000 })
		.catch(() => {});
	if ((await page.getByTestId('risk-index').count()) === 0) {
		const name = page.locator('[name="shoes.0.name"]');
		if ((await name.count()) && (await name.inputValue()) === '') {
			await name.fill('Daily trainer');
			touched++;
		}
	}
	return { touched, submit };
}

/** @param {import('playwright').Page} page */
const height = (page) => page.evaluate(() => document.documentElement.scrollHeight);

async function main() {
	const server = await startServer(root);
	const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
	try {
		/** @type {Record<string, string | number>[]} */
		const rows = [];
		const phone = await browser.newPage({ viewport: { width: 375, height: 667 } });
		await phone.goto(`${server.origin}/check`);
		await phone.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		rows.push({ measure: '/check empty, height at 375 px', value: await height(phone) });
		// The quick check ends at its first submit button: the page down to it, in 667 px screens.
		const quickEnd = await phone
			.getByRole('button', { name: 'Show my results' })
			.first()
			.evaluate((el) => Math.round(el.getBoundingClientRect().bottom + window.scrollY));
		rows.push({
			measure: 'quick check, top of page to its submit button at 375 px (screens of 667 px)',
			value: `${quickEnd} (${(quickEnd / 667).toFixed(2)})`
		});
		const { touched, submit } = await fillQuick(phone);
		await submit.click();
		await phone.getByTestId('risk-index').first().waitFor({ state: 'attached' });
		rows.push({ measure: 'inputs touched to a first result (quick path)', value: touched });
		rows.push({ measure: '/check with results, height at 375 px', value: await height(phone) });
		const picks = ['nike-pegasus-41', 'hoka-clifton-10', 'asics-gel-nimbus-27'];
		await phone.goto(`${server.origin}/compare?${picks.map((p) => `pick=${p}`).join('&')}`);
		await phone.getByTestId('ranking').waitFor();
		rows.push({ measure: '/compare with 3 shoes, height at 375 px', value: await height(phone) });
		await phone.goto(`${server.origin}/shoes`);
		rows.push({ measure: '/shoes, height at 375 px', value: await height(phone) });
		await phone.close();

		for (const javaScriptEnabled of [true, false])
			for (const width of [375, 1280]) {
				const context = await browser.newContext({
					javaScriptEnabled,
					viewport: { width, height: width > 400 ? 800 : 667 }
				});
				const page = await context.newPage();
				await page.goto(`${server.origin}/check`);
				if (javaScriptEnabled)
					await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				const { submit } = await fillQuick(page);
				await submit.scrollIntoViewIfNeeded();
				const before = await page.evaluate(() => window.scrollY);
				await submit.click();
				await page.getByTestId('risk-index').first().waitFor({ state: 'attached' });
				await page.waitForTimeout(300);
				const after = await page.evaluate(() => window.scrollY);
				const found = (await page.locator(ANSWER.heading).count())
					? ANSWER.heading
					: ANSWER.fallback;
				const gap = await page
					.locator(found)
					.first()
					.evaluate((el) => {
						const box = el.getBoundingClientRect();
						return box.top >= 0 && box.top < window.innerHeight ? 0 : Math.round(box.top);
					});
				rows.push({
					measure: `after submit, ${width} px, scripts ${javaScriptEnabled ? 'on' : 'off'}: page moved / answer from view`,
					value: `${Math.round(after - before)} / ${gap}`
				});
				await context.close();
			}

		console.log('\nThe product at a glance (px unless a count)');
		for (const row of rows) console.log(`${String(row.value).padStart(12)}  ${row.measure}`);
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
