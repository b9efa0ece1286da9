import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sitePages } from './pages.js';
import { isChartJs, kB, measure } from './bench/pages.js';

// Issue #6: the first view is usable before charts load, and the home page stays light.
// 35 kB gzip leaves room above a minimal SvelteKit page (28.6 kB measured on this kind of machine) for the layout.
const HOME_BUDGET_GZIP = 35_000;

test('the Chart.js signature matches the Chart.js package and nothing of the app', async () => {
	const require = createRequire(import.meta.url);
	const dist = readFileSync(require.resolve('chart.js').replace(/[^/]+$/, 'chart.js'), 'utf8');
	expect(isChartJs(dist)).toBe(true);
	expect(isChartJs(readFileSync('tests/pages.js', 'utf8'))).toBe(false);
});

test(`the home page loads at most ${HOME_BUDGET_GZIP / 1000} kB of JavaScript (gzip) before any interaction`, async ({
	context,
	baseURL
}) => {
	const { before } = await measure(context, `${baseURL}/`);
	const list = before.scripts.map((s) => `${s.url} ${kB(s.gzip)} kB`).join('\n');
	expect(before.gzip, `JavaScript on / (gzip):\n${list}`).toBeLessThanOrEqual(HOME_BUDGET_GZIP);
});

test('the weighing sees every script of a hydrated page', async ({ context, baseURL }) => {
	// A recorder that missed responses would pass every budget: on /shoes (hydrated, live
	// filter) it must see SvelteKit's inline bootstrap, its start and app entries, and the
	// Svelte runtime, at least the 28.6 kB gzip of a minimal SvelteKit page (measured on this kind of machine).
	const { before } = await measure(context, `${baseURL}/shoes`);
	const urls = before.scripts.map((s) => s.url);
	expect(urls).toContainEqual(expect.stringMatching(/^inline #1$/));
	expect(urls).toContainEqual(
		expect.stringMatching(/\/_app\/immutable\/entry\/start\.[\w-]+\.js$/)
	);
	expect(urls).toContainEqual(expect.stringMatching(/\/_app\/immutable\/entry\/app\.[\w-]+\.js$/));
	expect(before.gzip).toBeGreaterThan(28_000);
	expect(before.raw).toBeGreaterThan(before.gzip);
});

for (const p of sitePages) {
	test(`${p.name}: no Chart.js before interaction${p.chart ? ', Chart.js once the chart shows' : ''}`, async ({
		context,
		baseURL
	}) => {
		const { before, after } = await measure(
			context,
			`${baseURL}${p.path}`,
			p.chart ? p.reveal : undefined
		);
		const chartChunks = before.scripts.filter((s) => s.chartJs).map((s) => s.url);
		expect(chartChunks, 'Chart.js chunks loaded before any interaction').toEqual([]);
		if (p.chart) {
			expect(after?.chartJs, 'Chart.js loaded once the chart is shown').toBe(true);
		}
	});
}

// $lib/server/after-paint: a phone paints the server-rendered page before it spends its link
// on JavaScript. SvelteKit's Link preload header is gone, and no script (the page's modules,
// then Chart.js) is requested before the browser reports its first contentful paint; the app
// still starts (html[data-hydrated]). A SvelteKit upgrade that changes the boot script makes
// the rewrite step aside and fails this test.
for (const p of sitePages) {
	test(`${p.name}: content paints before any script is requested, then the app starts`, async ({
		page,
		request,
		baseURL
	}) => {
		const head = await request.get(`${baseURL}${p.path}`);
		expect(head.headers()['link'] ?? '', 'Link header').not.toContain('modulepreload');
		const html = await head.text();
		if (!html.includes('/_app/immutable/entry/start.')) return; // csr = false: no app to start
		expect(html, 'boot script waits for the paint').toContain(
			"getEntriesByName('first-contentful-paint')"
		);
		await page.goto(`${baseURL}${p.path}`);
		await page.locator('html[data-hydrated]').waitFor();
		const timing = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			scripts: performance
				.getEntriesByType('resource')
				.filter((r) => /\.m?js(\?|$)/.test(r.name))
				.map((r) => ({ url: r.name, start: r.startTime }))
		}));
		expect(timing.paint, 'first-contentful-paint reported').not.toBeNull();
		expect(timing.scripts.length).toBeGreaterThan(0);
		for (const s of timing.scripts) {
			expect(s.start, `${s.url} requested before the first paint`).toBeGreaterThanOrEqual(
				timing.paint ?? Infinity
			);
		}
	});
}
