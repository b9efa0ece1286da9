// Per-page JavaScript weight, measured in a real browser against the built server.
//
// `node tests/bench/pages.js [origin]` prints, for each page of tests/pages.js, the JavaScript
// it downloads before any interaction (raw and gzip level 9) and whether Chart.js came with
// it, then the same after `reveal` (results shown, details open). Without an origin it starts
// the built server itself. `npm run bench` prints the same table (tests/bench/sections.js).
//
// The measuring functions are shared with tests/budget.e2e.ts, which asserts the budgets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sitePages } from '../pages.js';

/** @typedef {import('@playwright/test').Page} Page */
/**
 * @typedef {object} Script
 * @property {string} url the script's URL, or `inline #n` for a <script> in the HTML
 * @property {number} raw bytes as the page runs them
 * @property {number} gzip the body gzipped at level 9: what the budgets count, whatever the
 *   server sends
 * @property {number} wire bytes of the body as sent: adapter-node serves its precompressed
 *   .br/.gz copies of built assets when the browser accepts them, else the raw body
 * @property {boolean} chartJs whether this is (part of) Chart.js, by content
 */
/**
 * @typedef {object} Weight
 * @property {Script[]} scripts
 * @property {number} raw
 * @property {number} gzip
 * @property {number} wire
 * @property {boolean} chartJs
 */

/**
 * Strings that survive minification and occur only in Chart.js's core (the Chart class's
 * constructor error and the date-adapter stub, both in chart.js/dist/chart.js 4.x). A chunk
 * is Chart.js if it holds one of them, whatever the bundler named it.
 */
export const CHART_JS_SIGNATURES = [
	'Canvas is already in use. Chart with ID',
	'This method is not implemented: Check that a complete date adapter is provided.'
];

/** @param {string} body */
export function isChartJs(body) {
	return CHART_JS_SIGNATURES.some((s) => body.includes(s));
}

/** @param {Buffer} body */
function gzipBytes(body) {
	return gzipSync(body, { level: 9 }).length;
}

/** @param {Script[]} scripts @returns {Weight} */
export function weigh(scripts) {
	return {
		scripts,
		raw: scripts.reduce((sum, s) => sum + s.raw, 0),
		gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
		wire: scripts.reduce((sum, s) => sum + s.wire, 0),
		chartJs: scripts.some((s) => s.chartJs)
	};
}

/**
 * Starts recording every JavaScript response of `page`; call it before the first `goto`.
 * `settle()` waits until the network has been quiet for `quietMs` and returns the scripts
 * received so far, in order, each counted once.
 * @param {Page} page
 */
export function recordScripts(page) {
	/** @type {Map<string, Promise<Script | null>>} */
	const seen = new Map();
	let inFlight = 0;
	let lastActivity = Date.now();
	const touch = () => (lastActivity = Date.now());
	page.on('request', () => {
		inFlight++;
		touch();
	});
	const done = () => {
		inFlight = Math.max(0, inFlight - 1);
		touch();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	page.on('response', (response) => {
		const request = response.request();
		const type = response.headers()['content-type'] ?? '';
		const isScript = request.resourceType() === 'script' || /javascript/.test(type);
		const url = response.url();
		if (!isScript || seen.has(url) || response.status() !== 200) return;
		seen.set(
			url,
			(async () => {
				const body = await response.body();
				const encoded = response.headers()['content-encoding'];
				const wire = encoded ? (await request.sizes()).responseBodySize : body.length;
				return {
					url,
					raw: body.length,
					gzip: gzipBytes(body),
					wire,
					chartJs: isChartJs(body.toString('utf8'))
				};
			})().catch(() => null)
		);
	});

	return {
		/** @param {number} [quietMs] */
		async settle(quietMs = 500) {
			const deadline = Date.now() + 15_000;
			while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quietMs)) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			const scripts = await Promise.all(seen.values());
			return /** @type {Script[]} */ (scripts.filter((s) => s !== null));
		}
	};
}

/**
 * Scripts written into the HTML itself (SvelteKit's bootstrap), which run without a request.
 * @param {Page} page
 * @returns {Promise<Script[]>}
 */
export async function inlineScripts(page) {
	const bodies = await page
		.locator('script:not([src])')
		.evaluateAll((els) =>
			els
				.filter(
					(el) =>
						!el.getAttribute('type') || /module|javascript/.test(el.getAttribute('type') ?? '')
				)
				.map((el) => el.textContent ?? '')
		);
	return bodies.map((text, i) => {
		const body = Buffer.from(text, 'utf8');
		return {
			url: `inline #${i + 1}`,
			raw: body.length,
			gzip: gzipBytes(body),
			// Part of the HTML document, compressed with it if at all.
			wire: 0,
			chartJs: isChartJs(text)
		};
	});
}

/**
 * Loads `path` in a fresh page of `context` and weighs its JavaScript before any interaction,
 * then (if `reveal` is given) again after it, counting only what the reveal added.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {(page: Page) => Promise<void>} [reveal]
 * @returns {Promise<{ before: Weight, after: Weight | null }>}
 */
export async function measure(context, url, reveal) {
	const page = await context.newPage();
	try {
		const recorder = recordScripts(page);
		await page.goto(url, { waitUntil: 'load' });
		const loaded = await recorder.settle();
		const before = weigh([...(await inlineScripts(page)), ...loaded]);
		if (!reveal) return { before, after: null };
		await reveal(page);
		const all = await recorder.settle();
		const added = all.filter((s) => !loaded.some((l) => l.url === s.url));
		return { before, after: weigh(added) };
	} finally {
		await page.close();
	}
}

/** @param {number} bytes */
export const kB = (bytes) => Number((bytes / 1000).toFixed(1));

/**
 * One row per page: JavaScript before interaction and what revealing the page adds.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {import('../pages.js').SitePage[]} [pages]
 */
export async function pageWeights(browser, origin, pages = sitePages) {
	/** @type {Record<string, string | number>[]} */
	const rows = [];
	for (const p of pages) {
		if ((await fetch(origin + p.path)).status === 404) {
			rows.push({ page: `${p.name} (${p.path})`, scripts: 'skipped: 404 in this build' });
			continue;
		}
		// A fresh context per page: nothing comes from another page's cache.
		const context = await browser.newContext();
		try {
			const { before, after } = await measure(context, origin + p.path, p.reveal);
			rows.push({
				page: `${p.name} (${p.path})`,
				scripts: before.scripts.length,
				'JS kB': kB(before.raw),
				'JS kB gzip': kB(before.gzip),
				'kB on the wire': kB(before.wire),
				'Chart.js before': before.chartJs ? 'yes' : 'no',
				'+kB gzip on reveal': after ? kB(after.gzip) : '-',
				'Chart.js after': after ? (after.chartJs ? 'yes' : 'no') : '-'
			});
		} finally {
			await context.close();
		}
	}
	return rows;
}

/**
 * Gives every row every column ('-' where it has none), for table printers that read the
 * columns off the first row (tests/bench/run.js).
 * @param {Record<string, string | number>[]} rows
 */
export function fillColumns(rows) {
	const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	return rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? '-'])));
}

/** @param {string} title @param {Record<string, string | number>[]} rows */
export function printTable(title, rows) {
	console.log(`\n${title}`);
	if (rows.length === 0) return;
	// Every key of every row, so a short row (a skipped page) does not hide columns.
	const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const cell = (/** @type {Record<string, string | number>} */ r, /** @type {string} */ c) =>
		String(r[c] ?? '');
	const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
	const line = (/** @type {string[]} */ cells) =>
		'| ' + cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ') + ' |';
	console.log(line(columns));
	console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
	for (const row of rows) console.log(line(columns.map((c) => cell(row, c))));
}

/** Launches Debian's Chromium the way the tests do. */
export async function launch() {
	const { chromium } = await import('playwright');
	const { chromePath, chromeFlags } = await import('../chromium.js');
	return chromium.launch({
		executablePath: chromePath,
		args: chromeFlags.slice(1),
		headless: true
	});
}

/** The page-weight section of `npm run bench`, against a running server. */
export async function pagesSection(/** @type {string} */ origin) {
	const browser = await launch();
	try {
		return fillColumns(await pageWeights(browser, origin));
	} finally {
		await browser.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// Against a running server if given one, else the built one started here (npm run build first).
	const given = process.argv[2]?.replace(/\/$/, '');
	const { startServer } = await import('./server.js');
	const server = given
		? null
		: await startServer(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
	const origin = given ?? /** @type {NonNullable<typeof server>} */ (server).origin;
	try {
		printTable(
			`JavaScript per page before any interaction, and what revealing it adds (${origin})`,
			await pagesSection(origin)
		);
	} finally {
		await server?.stop();
	}
}
