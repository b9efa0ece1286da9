// The site's pages, one entry each, for the budget, accessibility and CSP walks and the page
// bench. Adding a page to every walk is one line here.
//
// - `reveal` brings the page to the state a reader ends in (details open, results shown); the
//   accessibility walk checks that state, the budget test loads charts through it.
// - `interact` does everything else a reader can do on the page (filter, submit, follow the
//   page's own form); the CSP walk runs it and counts violations.
// - `chart`: whether the revealed state shows a Chart.js chart. Before `reveal`, no page may
//   have loaded Chart.js.

/** @typedef {import('@playwright/test').Page} Page */
/**
 * @typedef {object} SitePage
 * @property {string} name a short label for tables and test titles
 * @property {string} path what to load, with any query string
 * @property {RegExp} title the page's <title>
 * @property {(page: Page) => Promise<void>} [reveal]
 * @property {(page: Page) => Promise<void>} [interact]
 * @property {boolean} [chart]
 */

/**
 * Opens every <details> on the page. Setting `open` fires the same `toggle` event a click on
 * the summary does, without 60 clicks on the catalog.
 */
export async function openAllDetails(/** @type {Page} */ page) {
	// Opening one can reveal nested ones, so loop until none is closed (bounded).
	for (let round = 0; round < 5; round++) {
		const closed = page.locator('details:not([open])');
		if ((await closed.count()) === 0) return;
		await closed.evaluateAll((els) => {
			for (const el of els) el.setAttribute('open', '');
		});
	}
}

/** @type {SitePage[]} */
export const sitePages = [
	{
		name: 'home',
		path: '/',
		title: /Stridecheck/,
		reveal: openAllDetails
	},
	{
		name: 'shoes',
		path: '/shoes',
		title: /Shoe catalog/,
		reveal: openAllDetails,
		async interact(page) {
			await page.getByLabel('Brand or model').fill('nike');
			await page.getByLabel('Toe-box width').selectOption({ index: 1 });
			await page.getByLabel('Brand or model').fill('');
			await page.getByLabel('Toe-box width').selectOption({ index: 0 });
			// The no-JavaScript path of the same form: a GET back to /shoes with the query.
			await page.getByRole('button', { name: 'Show shoes' }).click();
			await page.waitForURL(/\/shoes\?/);
		}
	}
];
