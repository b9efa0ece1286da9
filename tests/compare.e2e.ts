import { expect, test, type Page } from '@playwright/test';
import { pageRequest } from './helpers';
import { horizontalOverflow, seriousViolations } from './axe';
import { addFromCatalog } from './pages.js';
import { assess } from '../src/lib/risk/assess';
import type { AssessRequest, Shoe } from '../src/lib/risk/schema';
import { readFileSync } from 'node:fs';
import { emptyRecord } from '../src/lib/saved/record';
import { STORAGE_KEY } from '../src/lib/saved/store';
import { formatDisplay, formatTo } from '../src/lib/units';

/** SvelteKit's own announcer style, refused by the CSP and restyled by app.css (kit#11993). */
const ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

const PICKS = ['nike-pegasus-41', 'adidas-adizero-boston-12', 'altra-torin-7'];
const TYPED: Shoe = { name: 'Worn trainer', heelDropMm: 8, wornKm: 900 };

/** A forefoot runner used to 10 mm, with pronated feet: drop, toe box, support and wear all count. */
const RUNNER = {
	footStrike: 'forefoot',
	usualDropMm: 10,
	forefootWidthMm: 97,
	footPosture: 'pronated'
} as const;

/**
 * Playwright cannot import the catalog module (its JSON import), so the catalog is read as
 * data; the request is what the page's form holds, checked against the catalog's own figures.
 */
const CATALOG = (
	JSON.parse(
		readFileSync(new URL('../src/lib/server/catalog/shoes.json', import.meta.url), 'utf8')
	) as { shoes: { id: string; name: string; lab: { dropMm?: number } | null }[] }
).shoes;

/** The request holds the picked catalog shoes (lab drop as measured) and the typed one, with the runner's answers. */
function expectSameShoes(req: AssessRequest, order: 'picks-first' | 'typed-first') {
	const picked = PICKS.map((id) => CATALOG.find((s) => s.id === id)!);
	const expected = picked.map((s) => ({
		name: s.name,
		measuredDropMm: s.lab?.dropMm
	}));
	const catalogShoes = req.shoes.filter((s) => s.name !== TYPED.name);
	expect(catalogShoes.map((s) => ({ name: s.name, measuredDropMm: s.measuredDropMm }))).toEqual(
		order === 'picks-first' ? expected : expected.reverse()
	);
	expect(req.shoes.find((s) => s.name === TYPED.name)).toEqual(TYPED);
	expect(req.shoes.findIndex((s) => s.name === TYPED.name)).toBe(order === 'picks-first' ? 3 : 0);
	expect(req.runner).toMatchObject(RUNNER);
}

/** The engine's ranking as shoe names. */
function engineRanking(req: AssessRequest): string[] {
	const a = assess(req);
	return a.ranking.map((i) => a.results[i]!.shoe);
}

const slot = (page: Page, n: number) => page.getByRole('group', { name: `Shoe ${n}`, exact: true });

async function typeShoe(page: Page, n: number) {
	const s = slot(page, n);
	await s.getByLabel('Name or model').fill(TYPED.name);
	await s.getByLabel('Heel drop, as the brand states it').fill(String(TYPED.heelDropMm));
	await s.getByLabel('Distance run in it').fill(String(TYPED.wornKm));
}

async function answer(page: Page) {
	await page.locator('summary', { hasText: 'Your answers' }).click();
	await page
		.getByRole('group', { name: 'Which part of your foot' })
		.getByLabel('Ball of the foot')
		.check();
	await page.getByLabel('Heel drop you are used to').fill('10');
	await page.getByLabel('Your forefoot width, standing').fill('97');
	await page
		.getByRole('group', { name: 'Foot posture standing' })
		.getByLabel('Pronated (flat-looking)')
		.check();
}

/**
 * Loads a page and, with JavaScript on, waits for the app to start. Acting before then is
 * the no-JavaScript path (native form posts, each a navigation), which its own tests cover;
 * mixing the two at machine speed made the order test lose a typed field now and then.
 */
async function open(page: Page, url: string, javaScript = true) {
	await page.goto(url);
	if (javaScript) await page.locator('html[data-hydrated]').waitFor();
}

/** Three catalog shoes by ?pick, one typed in, the runner's answers, then "Compare". */
async function compareFour(page: Page, javaScript = true) {
	await open(page, `/compare?${PICKS.map((id) => `pick=${id}`).join('&')}`, javaScript);
	await page.getByRole('button', { name: 'Add a shoe to type in' }).click();
	await typeShoe(page, 4);
	await answer(page);
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page.getByTestId('ranking').locator('li')).toHaveCount(4);
	await settled(page);
}

/** Live results settle a moment after the last field is filled: wait until they have. */
async function settled(page: Page) {
	await expect
		.poll(async () => {
			const ranking = await shownRanking(page);
			return JSON.stringify(ranking) === JSON.stringify(engineRanking(await pageRequest(page)));
		})
		.toBe(true);
}

async function shownRanking(page: Page): Promise<string[]> {
	return page
		.getByTestId('ranking')
		.locator('li')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-shoe') ?? ''));
}

async function shownScores(page: Page): Promise<Record<string, string>> {
	return page
		.getByTestId('ranking')
		.locator('li')
		.evaluateAll((items) =>
			Object.fromEntries(
				items.map((li) => [li.getAttribute('data-shoe') ?? '', li.getAttribute('data-index') ?? ''])
			)
		);
}

test('the ranking on the page equals the engine and POST /api/assess for the same shoes', async ({
	page,
	request: api
}) => {
	// A CSP refusal, a script error or a Chart.js warning (e.g. a plugin not registered) shows here.
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await compareFour(page);
	// Chart.js sizes the canvas once it has built the chart: only then are its warnings out.
	await expect(page.getByRole('img', { name: /Bar chart/ })).toHaveAttribute('style', /height/);
	await settled(page);
	const shown = await shownRanking(page);
	const req = await pageRequest(page);
	expectSameShoes(req, 'picks-first');
	expect(shown).toEqual(engineRanking(req));
	// The winner is explained with the runner's numbers (the engine's explainRanking sentences).
	await expect(page.getByTestId('explanation').first()).toContainText(`${shown[0]} ranks first`);
	expect(problems.filter((p) => !p.includes('favicon') && !p.includes(ANNOUNCER_STYLE))).toEqual(
		[]
	);
	const response = await api.post('/api/assess', { data: req });
	expect(response.status()).toBe(200);
	const body = (await response.json()) as { ranking: number[]; results: { shoe: string }[] };
	expect(shown).toEqual(body.ranking.map((i) => body.results[i]!.shoe));
});

test('the same shoes in another order change no score and no winner', async ({ page }) => {
	await compareFour(page);
	const first = await shownScores(page);
	const winner = (await shownRanking(page))[0];

	// Start empty: the typed shoe first, then the catalog shoes found by name, reversed.
	await open(page, '/compare');
	await typeShoe(page, 1);
	await page.getByRole('button', { name: /^Remove shoe 2/ }).click();
	await expect(slot(page, 2)).toHaveCount(0);
	for (const id of [...PICKS].reverse()) {
		await addFromCatalog(page, CATALOG.find((s) => s.id === id)!.name, id);
	}
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(4);
	await answer(page);
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page.getByTestId('ranking').locator('li')).toHaveCount(4);
	// Live scores may still reflect a half-entered shoe until the last answer is read.
	await expect.poll(() => shownScores(page)).toEqual(first);
	expect((await shownRanking(page))[0]).toBe(winner);
	const req = await pageRequest(page);
	expectSameShoes(req, 'typed-first');
	expect(await shownRanking(page)).toEqual(engineRanking(req));
});

test('what-if: changing one spec moves the ranking at once, without submitting', async ({
	page
}) => {
	await compareFour(page);
	const before = await shownRanking(page);
	const winner = before[0]!;
	const req = await pageRequest(page);
	// Give the winner a zero drop, the worst for a forefoot runner used to 10 mm.
	const group = page.locator('[data-testid="shoe-slot"]').filter({
		has: page.locator(`input[value="${winner}"]`)
	});
	await group.getByLabel('Heel drop, as the brand states it').fill('0');
	await group.getByLabel('Measured heel drop, if known').fill('0');
	await expect.poll(async () => (await shownRanking(page))[0]).not.toBe(winner);
	expect(page.url()).not.toContain('?/');
	// The live ranking is the engine's for the edited request.
	const k = req.shoes.findIndex((s) => s.name === winner);
	req.shoes[k] = { ...req.shoes[k]!, heelDropMm: 0, measuredDropMm: 0 };
	await expect.poll(() => shownRanking(page)).toEqual(engineRanking(req));
});

test('a pick that names no catalog shoe is said to be left out', async ({ page }) => {
	await page.goto('/compare?pick=nike-pegasus-41&pick=nike-pegasus-99');
	await expect(page.getByTestId('unknown-picks')).toContainText(
		'No shoe in the catalog has the id “nike-pegasus-99”, so it was left out.'
	);
	await expect(page.getByTestId('unknown-picks').getByRole('link')).toHaveAttribute(
		'href',
		'/shoes'
	);
	await expect(page.getByLabel('Name or model').first()).toHaveValue('Nike Pegasus 41');
	await page.goto('/compare?pick=nike-pegasus-41');
	await expect(page.getByTestId('unknown-picks')).toHaveCount(0);
});

test('one picked shoe asks for another; the triage card comes first on a red flag', async ({
	page
}) => {
	await open(page, '/compare?pick=nike-pegasus-41');
	await expect(page.getByTestId('need-more')).toContainText('Add a second shoe');
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(2);
	await addFromCatalog(page, 'torin 7', 'altra-torin-7');
	await expect(page.getByTestId('ranking').locator('li')).toHaveCount(2);
	await page.locator('summary', { hasText: 'Your answers' }).click();
	await page.getByLabel('A sudden pop').check();
	const triage = page.locator('.triage');
	await expect(triage).toBeVisible();
	const [t, r] = await Promise.all([
		triage.boundingBox(),
		page.getByTestId('ranking').boundingBox()
	]);
	expect(t!.y).toBeLessThan(r!.y);
});

test('saved answers fill in "Your answers" (read only) and change the ranking', async ({
	page
}) => {
	await page.goto(`/compare?${PICKS.map((id) => `pick=${id}`).join('&')}`);
	const before = await shownScores(page);
	const record = { ...emptyRecord(), runner: { ...RUNNER } };
	await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
		STORAGE_KEY,
		JSON.stringify(record)
	] as const);
	await page.reload();
	await expect(page.locator('summary', { hasText: 'Your answers' })).toContainText(
		'filled in from this device'
	);
	await expect(page.getByLabel('Heel drop you are used to')).toHaveValue('10');
	await expect.poll(() => shownScores(page)).not.toEqual(before);
	const req = await pageRequest(page);
	expect(req.runner).toMatchObject(RUNNER);
	expect(await shownRanking(page)).toEqual(engineRanking(req));
	// Read only: the page wrote nothing back.
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(
		JSON.stringify(record)
	);
});

test('more than six picks keep the first six and say so; no "add" past six', async ({ page }) => {
	const ids = CATALOG.slice(0, 7).map((s) => s.id);
	await open(page, `/compare?${ids.map((id) => `pick=${id}`).join('&')}`);
	await expect(page.getByText('You picked 7 shoes')).toBeVisible();
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(6);
	await expect(page.getByRole('button', { name: 'Add a shoe to type in' })).toHaveCount(0);
	const names = CATALOG.slice(0, 6).map((s) => s.name);
	expect((await pageRequest(page)).shoes.map((s) => s.name)).toEqual(names);
	await expect(page.getByTestId('ranking').locator('li')).toHaveCount(6);
});

test('the catalog stays on the server: the page and its scripts hold no shoe it was not given', async ({
	page
}) => {
	const bodies: Promise<string>[] = [];
	page.on('response', (r) => {
		if (/\.js(\?|$)/.test(r.url()) || r.url().includes('__data.json'))
			bodies.push(r.text().catch(() => ''));
	});
	await open(page, '/compare?pick=nike-pegasus-41');
	const html = await page.content();
	const scripts = (await Promise.all(bodies)).join('\n');
	expect(bodies.length).toBeGreaterThan(2);
	// a shoe nobody picked, its id and its name, nowhere in what the browser received
	for (const text of [html, scripts]) {
		expect(text).not.toContain('adidas-adistar-3');
		expect(text).not.toContain('Gel Nimbus 27');
	}
	// found on the server when asked for, and only then
	await addFromCatalog(page, 'nimbus 27', 'asics-gel-nimbus-27');
	// into the blank second shoe, not after it, focused to go on typing
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(2);
	await expect(slot(page, 2).getByLabel('Name or model')).toHaveValue('ASICS Gel Nimbus 27');
	await expect(slot(page, 2).getByLabel('Name or model')).toBeFocused();
});

test('"Find" says when no catalog shoe matches, and Enter in its box finds', async ({ page }) => {
	await open(page, '/compare');
	await page.getByLabel('Find a shoe in the catalog').fill('zzzqqq');
	await page.getByLabel('Find a shoe in the catalog').press('Enter');
	await expect(page.getByText('No catalog shoe matches “zzzqqq”.')).toBeVisible();
	await expect(page.getByTestId('ranking')).toHaveCount(0);
	await page.getByLabel('Find a shoe in the catalog').fill('pegasis 41');
	await page.getByLabel('Find a shoe in the catalog').press('Enter');
	await expect(page.getByLabel('Add a shoe from the catalog')).toHaveValue('nike-pegasus-41');
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('a catalog shoe is found and added by the form alone, typed answers kept', async ({
		page
	}) => {
		await open(page, '/compare', false);
		await slot(page, 1).getByLabel('Name or model').fill(TYPED.name);
		await addFromCatalog(page, 'kayanno 31', 'asics-gel-kayano-31');
		await expect(slot(page, 1).getByLabel('Name or model')).toHaveValue(TYPED.name);
		// into the blank second form, not after it
		await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(2);
		await expect(slot(page, 2).getByLabel('Name or model')).toHaveValue('ASICS Gel Kayano 31');
		// the list found stays, to add another of them
		await expect(page.getByLabel('Add a shoe from the catalog')).toBeVisible();
	});

	test('add, type, compare and fix errors all work as a plain form', async ({ page }) => {
		await compareFour(page, false);
		const req = await pageRequest(page);
		expectSameShoes(req, 'picks-first');
		expect(await shownRanking(page)).toEqual(engineRanking(req));
		await expect(page.getByRole('table').first()).toBeVisible();

		// An invalid drop: the comparison is refused with the message by the field, values kept.
		await slot(page, 4).getByLabel('Heel drop, as the brand states it').fill('abc');
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('There is 1 problem');
		await expect(page.getByRole('alert')).toContainText('Shoe 4: ');
		const drop = slot(page, 4).getByLabel('Heel drop, as the brand states it');
		await expect(drop).toHaveAttribute('aria-invalid', 'true');
		await expect(drop).toHaveValue('abc');
		await expect(slot(page, 4).getByLabel('Name or model')).toHaveValue(TYPED.name);

		// Removing a shoe works too, and the other three are still compared.
		await page.getByRole('button', { name: /^Remove shoe 4/ }).click();
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expect(page.getByTestId('ranking').locator('li')).toHaveCount(3);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	for (const width of [1280, 320]) {
		test(`no serious accessibility violations, ${scheme}, ${width} px`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width, height: 900 });
			await compareFour(page);
			await expect(page.getByRole('img', { name: /Bar chart/ })).toBeVisible();
			await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			const overflow = await horizontalOverflow(page);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}

test('saved inches and miles: catalog drops shown in inches, the same ranking and indices as mm/km', async ({
	page
}) => {
	const url = `/compare?${PICKS.map((id) => `pick=${id}`).join('&')}`;
	const drop = () => slot(page, 1).getByLabel('Heel drop, as the brand states it');
	const usual = () => page.getByLabel('Heel drop you are used to');
	/** The first shoe's stated drop in the specs table (a cell may add "✓ better for your calf"). */
	const specDrop = () =>
		page
			.getByTestId('specs')
			.locator('tr', { hasText: 'Heel drop, stated' })
			.locator('td')
			.first()
			.textContent();
	const specUnits = () =>
		page
			.getByTestId('specs')
			.locator('td')
			.evaluateAll((cells) => cells.map((c) => c.textContent ?? '').join(' '));

	// The same runner twice, once per units: only what the page shows may differ.
	const save = (units: { length: 'mm' | 'in'; distance: 'km' | 'mi' }) =>
		page.evaluate(([key, text]) => localStorage.setItem(key, text), [
			STORAGE_KEY,
			JSON.stringify({ ...emptyRecord(), runner: { ...RUNNER }, units })
		] as const);

	await page.goto(url);
	await save({ length: 'mm', distance: 'km' });
	await page.reload();
	await expect(usual()).toHaveValue('10');
	const metricDrop = Number(await drop().inputValue());
	expect(metricDrop).toBeGreaterThan(0);
	const metricScores = await shownScores(page);
	const metricRanking = await shownRanking(page);
	const metricRequest = await pageRequest(page);
	expect(await specDrop()).toMatch(new RegExp(`^${metricDrop} mm`));

	await save({ length: 'in', distance: 'mi' });
	await page.reload();
	const inches = formatDisplay(metricDrop, 'mm', { length: 'in', distance: 'mi' });
	expect(inches).not.toBe(String(metricDrop));
	await expect(drop()).toHaveValue(inches);
	await expect(usual()).toHaveValue(formatDisplay(10, 'mm', { length: 'in', distance: 'mi' }));
	await expect(slot(page, 1).getByText('mi', { exact: true })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Lengths' }).getByLabel('Inches')).toBeChecked();
	await expect(page.getByRole('group', { name: 'Distances' }).getByLabel('Miles')).toBeChecked();
	// The specs table reads as a runner reads it (2 decimals), not with the input's 4.
	const specInches = formatTo(metricDrop, 'mm', { length: 'in', distance: 'mi' }, 2);
	expect(specInches.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
	expect(await specDrop()).toMatch(new RegExp(`^${specInches.replace('.', '\\.')} in`));
	expect(await specUnits()).not.toMatch(/\d mm\b/);

	// Every figure reads back to the same metric request, so nothing the engine sees moved.
	expect(await pageRequest(page)).toEqual(metricRequest);
	expect(await shownScores(page)).toEqual(metricScores);
	expect(await shownRanking(page)).toEqual(metricRanking);
	expect(Object.values(metricScores).every((i) => /^\d+$/.test(i))).toBe(true);
});

/** Types shoes into the blank forms of an empty /compare (adding forms past the two). */
async function typeShoes(page: Page, shoes: { name: string; drop: number }[]) {
	await open(page, '/compare');
	for (const [k, shoe] of shoes.entries()) {
		if (k >= 2) await page.getByRole('button', { name: 'Add a shoe to type in' }).click();
		await slot(page, k + 1)
			.getByLabel('Name or model')
			.fill(shoe.name);
		await slot(page, k + 1)
			.getByLabel('Heel drop, as the brand states it')
			.fill(String(shoe.drop));
	}
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page.getByTestId('ranking').locator('li')).toHaveCount(shoes.length);
}

test.describe('which one: never "best" on a tie', () => {
	test('three identical shoes: equal, choose by fit and comfort, no "best" anywhere', async ({
		page
	}) => {
		await typeShoes(page, [
			{ name: 'Shoe A', drop: 8 },
			{ name: 'Shoe B', drop: 8 },
			{ name: 'Shoe C', drop: 8 }
		]);
		const comparison = page.getByTestId('comparison');
		await expect(page.getByTestId('explanation').first()).toHaveText(
			'For your calf these are equal: choose by fit and comfort.'
		);
		await expect(comparison.getByText('Best for you')).toHaveCount(0);
		await expect(comparison).not.toContainText(/\bbest\b/i);
		await expect(comparison.locator('.equal')).toHaveCount(3);
		await expect(page.getByRole('status').filter({ hasText: 'equal' })).toContainText(
			'3 shoes are equal for your calf'
		);
	});

	test('two that tie at the top are named, the third ranks after them', async ({ page }) => {
		// No answers: drop alone decides, and 10 and 12 mm score the same (the engine's unit test).
		await typeShoes(page, [
			{ name: 'Zed', drop: 10 },
			{ name: 'Alpha', drop: 12 },
			{ name: 'Flat', drop: 0 }
		]);
		const [lead, next] = await page.getByTestId('explanation').allTextContents();
		const ranking = await shownRanking(page);
		const scores = await shownScores(page);
		if (scores[ranking[0]!] === scores[ranking[1]!]) {
			expect(lead).toBe(
				`For your calf ${ranking[0]} and ${ranking[1]} are equal (index ${scores[ranking[0]!]}): choose between them by fit and comfort.`
			);
			expect(next).toContain(`Both rank ahead of ${ranking[2]}`);
			await expect(page.getByTestId('comparison')).not.toContainText(/\bbest\b/i);
		} else {
			// Without a tie there is one best shoe, badged, and the sentence says why.
			expect(lead).toContain(`${ranking[0]} ranks first`);
			await expect(page.getByTestId('comparison').getByText('Best for you')).toHaveCount(1);
		}
	});

	test('a clear winner is badged; the separating sentence comes before the ranking and charts', async ({
		page
	}) => {
		await compareFour(page);
		const ranking = await shownRanking(page);
		await expect(page.getByTestId('comparison').getByText(/best/i)).toHaveCount(1);
		await expect(page.getByTestId('ranking').locator('li').first()).toContainText('Best for you');
		const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;
		const verdict = await top(page.getByTestId('verdict'));
		expect(verdict).toBeLessThan(await top(page.getByTestId('ranking')));
		expect(verdict).toBeLessThan(await top(page.getByTestId('specs')));
		expect(verdict).toBeLessThan(await top(page.getByRole('img', { name: /Bar chart/ })));
		await expect(page.getByTestId('explanation').first()).toContainText(
			`${ranking[0]} ranks first`
		);
	});
});

test('the index chart and its table run lowest first, each shoe named', async ({ page }) => {
	await compareFour(page);
	const scores = await shownScores(page);
	const label = (await page.getByRole('img', { name: /Bar chart/ }).getAttribute('aria-label'))!;
	const listed = label
		.replace(/^.*first\. /, '')
		.replace(/\.$/, '')
		.split(', ');
	const sorted = Object.entries(scores)
		.sort(([, a], [, b]) => Number(a) - Number(b))
		.map(([name]) => name);
	// The chart names each bar; the order is the ranking's, which is lowest index first.
	expect(listed.map((part) => part.replace(/ \d+$/, ''))).toEqual(await shownRanking(page));
	const values = listed.map((part) => Number(part.match(/(\d+)$/)![1]));
	expect(values).toEqual([...values].sort((a, b) => a - b));
	expect(new Set(sorted)).toEqual(new Set(await shownRanking(page)));
	const rows = await page
		.getByTestId('scores')
		.locator('tbody th')
		.evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
	expect(rows).toEqual(await shownRanking(page));
	// Each bar drawn in its own fill: the canvas holds more than one colour of bar.
	await expect
		.poll(() =>
			page.getByRole('img', { name: /Bar chart/ }).evaluate((c: HTMLCanvasElement) => c.width)
		)
		.toBeGreaterThan(0);
});

test('a factor nobody answered reads "Not answered" in the table, not a zero', async ({ page }) => {
	await typeShoes(page, [
		{ name: 'One', drop: 8 },
		{ name: 'Two', drop: 4 }
	]);
	await page.locator('details:not([open])').evaluateAll((els) => {
		for (const el of els) el.setAttribute('open', '');
	});
	const table = page.getByRole('table', { name: /Factor scores/ });
	await expect(table.getByText('Not answered').first()).toBeVisible();
	const label = await page.getByRole('img', { name: /Radar chart/ }).getAttribute('aria-label');
	expect(label).toContain('not answered');
	expect(label).not.toMatch(/Form 0\b/);
});

test('a catalog pick fills the first blank form, not a third one', async ({ page }) => {
	await open(page, '/compare');
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(2);
	await addFromCatalog(page, 'pegasus 41', 'nike-pegasus-41');
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(2);
	await expect(slot(page, 1).getByLabel('Name or model')).toHaveValue('Nike Pegasus 41');
	await expect(slot(page, 1).getByLabel('Name or model')).toBeFocused();
	await addFromCatalog(page, 'torin 7', 'altra-torin-7');
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(2);
	await expect(slot(page, 2).getByLabel('Name or model')).toHaveValue('Altra Torin 7');
	// Both forms filled: the next pick is a third shoe.
	await addFromCatalog(page, 'clifton', { index: 0 });
	await expect(page.locator('[data-testid="shoe-slot"]')).toHaveCount(3);
	await expect(page.getByTestId('ranking').locator('li')).toHaveCount(3);
});
