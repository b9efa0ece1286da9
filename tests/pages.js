// The site's pages, one entry each, for the budget, accessibility and CSP walks and the page
// bench. Adding a page to every walk is one line here.
//
// - `reveal` brings the page to the state a reader ends in (details open, results shown); the
//   accessibility walk checks that state, the budget test loads charts through it.
// - `interact` does everything else a reader can do on the page (filter, submit, follow the
//   page's own form); the CSP walk runs it and counts violations.
// - `chart`: whether the revealed state shows a Chart.js chart. Before `reveal`, no page may
//   have loaded Chart.js, unless `chartOnLoad` says its URL asks for a chart at once.

/** @typedef {import('@playwright/test').Page} Page */
/**
 * @typedef {object} SitePage
 * @property {string} name a short label for tables and test titles
 * @property {string} path what to load, with any query string
 * @property {RegExp} title the page's <title>
 * @property {(page: Page) => Promise<void>} [reveal]
 * @property {(page: Page) => Promise<void>} [interact]
 * @property {boolean} [chart] the revealed state shows a chart
 * @property {boolean} [chartOnLoad] the page shows a chart as it loads (its query asks for one)
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

/**
 * User story 1's runner as /check's fields (the contract's dot paths): a forefoot lander in a 4 mm
 * shoe, a weak left calf, a long run longer than usual (pain answers come as a pair). Radio answers are `name=value`.
 */
export const STORY_1 = {
	fields: {
		'shoes.0.name': 'Daily trainer',
		'shoes.0.heelDropMm': '4',
		'runner.age': '38',
		'runner.heelRaises.left': '19',
		'runner.heelRaises.right': '24',
		'runner.usualDropMm': '10',
		'runner.longestRunLast30DaysKm': '14',
		'runner.nextRunKm': '20',
		'runner.weeklyKm.5': '34',
		'runner.pain.duringRun': '3'
	},
	choices: {
		'runner.sex': 'female',
		'runner.footStrike': 'forefoot',
		'runner.pain.nextMorning': 'same'
	}
};

/** Fills /check with STORY_1 and shows the results the way a runner does: the submit button. */
export async function showCheckResults(/** @type {Page} */ page) {
	for (const [name, value] of Object.entries(STORY_1.fields)) {
		await page.locator(`[name="${name}"]`).fill(value);
	}
	for (const [name, value] of Object.entries(STORY_1.choices)) {
		await page.locator(`[name="${name}"][value="${value}"]`).check();
	}
	await page.getByRole('button', { name: 'Show my results' }).click();
	await page.getByTestId('risk-index').filter({ hasText: /^\d+$/ }).waitFor();
	await page.locator('canvas').first().waitFor();
	await openAllDetails(page);
}

/**
 * Adds a catalog shoe on /compare the way a runner does: find it by name on the server, pick it
 * from what was found, press "Add". Works with JavaScript on and off.
 * @param {Page} page
 * @param {string} query what to type in the find box
 * @param {string | { index: number }} pick the shoe's id, or its place in the list found
 */
export async function addFromCatalog(page, query, pick) {
	// A pick fills the first blank form, or a new one: done once one more form has a name.
	const named = () =>
		page
			.locator('[data-testid="shoe-slot"] input[name$=".name"]')
			.evaluateAll(
				(els) => els.filter((el) => /** @type {HTMLInputElement} */ (el).value.trim() !== '').length
			);
	const before = await named();
	await page.getByLabel('Find a shoe in the catalog').fill(query);
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	// (a list from an earlier query may still be on screen: selectOption waits for the option)
	await page.getByLabel('Add a shoe from the catalog').selectOption(pick);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	// done once the shoe is in the form, so a next call finds with its own query
	for (let waited = 0; (await named()) <= before; waited += 50) {
		if (waited > 10_000) throw new Error(`"${query}" was not added to the form`);
		await page.waitForTimeout(50);
	}
}

/** Two typed-in shoes on /compare, compared with the button a runner presses. */
export async function showComparison(/** @type {Page} */ page) {
	const shoes = [
		['Old trainer', '10'],
		['New racer', '4']
	];
	for (const [i, [name, drop]] of shoes.entries()) {
		await page.locator(`[name="shoes.${i}.name"]`).fill(name ?? '');
		await page.locator(`[name="shoes.${i}.heelDropMm"]`).fill(drop ?? '');
	}
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await page.locator('canvas').first().waitFor();
	await openAllDetails(page);
}

/** @type {SitePage[]} */
export const sitePages = [
	{
		name: 'home',
		path: '/',
		title: /Stridecheck/,
		reveal: openAllDetails
	},
	{ name: 'check', path: '/check', title: /Check your shoe/, reveal: openAllDetails },
	{
		name: 'check results',
		path: '/check',
		title: /Check your shoe/,
		reveal: showCheckResults,
		chart: true,
		async interact(page) {
			await showCheckResults(page);
			// Switching units converts every answer and redraws the results.
			await page.getByLabel('Inches').check();
			await page.locator('[name="shoes.0.heelDropMm"]').fill('0.4');
			await page.getByRole('button', { name: 'Show my results' }).click();
			await page.getByTestId('risk-index').filter({ hasText: /^\d+$/ }).waitFor();
		}
	},
	{
		name: 'compare',
		path: '/compare',
		title: /Compare shoes/,
		reveal: showComparison,
		chart: true
	},
	{
		name: 'compare picks',
		path: '/compare?pick=nike-pegasus-41&pick=nike-vomero-18',
		title: /Compare shoes/,
		chartOnLoad: true,
		reveal: openAllDetails,
		async interact(page) {
			await page.locator('[name="shoes.0.heelDropMm"]').fill('6');
			await addFromCatalog(page, 'clifton', { index: 1 });
			await page.getByRole('button', { name: /^Remove shoe 3/ }).click();
			await page.getByRole('button', { name: 'Compare', exact: true }).click();
			await page.locator('canvas').first().waitFor();
		}
	},
	{ name: 'history', path: '/history', title: /Your history/, reveal: openAllDetails },
	{ name: 'data', path: '/data', title: /Your data/, reveal: openAllDetails },
	{ name: 'share', path: '/share', title: /Shared result/, reveal: openAllDetails },
	{ name: 'report', path: '/report', title: /Report for a physio/, reveal: openAllDetails },
	{ name: 'method', path: '/method', title: /Method/, reveal: openAllDetails },
	// The error page every unknown address gets (status 404).
	{ name: 'not found', path: '/no-such-page', title: /Page not found/ },
	{
		name: 'shoes',
		path: '/shoes',
		title: /Shoe catalog/,
		reveal: openAllDetails,
		async interact(page) {
			await page.getByLabel('Brand or model').fill('nike');
			await page.getByLabel('Support').selectOption('stability');
			await page.getByLabel('Brand or model').fill('');
			await page.getByLabel('Support').selectOption('');
			await page.getByLabel('Sort by').selectOption('drop');
			// The no-JavaScript path of the same form: a GET back to /shoes with the query.
			await page.getByRole('button', { name: 'Show shoes' }).click();
			await page.waitForURL(/\/shoes\?/);
			await page.getByRole('button', { name: /^Next/ }).click();
			await page.waitForURL(/page=2/);
		}
	}
];
