// `npm run bench`: engine throughput; the API's fast path against a bare node:http server doing
// the same work (tests/bench/fast-path.js, with the ratio); then the API under autocannon at 10
// and 50 connections.
// `npm run load` (`npm run bench -- --load`): 30 s at 50 connections on the API and on the
// /check form, then the API again, with the server's resident memory before and after each.
// Figures go to stdout as tables; run on an otherwise idle machine, they are noisy (±15%).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { recommendRequest, sixShoeRequest } from '../requests.js';
import { engineThroughput } from './engine.js';
import { GOAL, fastPathRows } from './fast-path.js';
import { sections } from './sections.js';
import { rssMiB, startServer } from './server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = process.argv.includes('--load');

/** @param {string} title @param {Record<string, string | number>[]} rows */
function printTable(title, rows) {
	console.log(`\n${title}`);
	if (rows.length === 0) return;
	const columns = Object.keys(rows[0] ?? {});
	const cell = (/** @type {unknown} */ v) => (typeof v === 'number' ? fmt(v) : String(v));
	const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
	const line = (/** @type {string[]} */ cells) =>
		'| ' + cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ') + ' |';
	console.log(line(columns));
	console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
	for (const row of rows) console.log(line(columns.map((c) => cell(row[c]))));
}

/** @param {number} n */
function fmt(n) {
	if (Number.isInteger(n)) return String(n);
	return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

/**
 * @param {string} label
 * @param {import('autocannon').Options} options
 */
async function cannon(label, options) {
	const result = await autocannon({ ...options, timeout: 10 });
	return {
		run: label,
		connections: options.connections ?? 10,
		s: options.duration ?? 10,
		'req/s': result.requests.average,
		'p50 ms': result.latency.p50,
		'p99 ms': result.latency.p99,
		errors: result.errors + result.timeouts,
		'non-2xx': result.non2xx
	};
}

/**
 * The /check form as a browser without JavaScript sends it: field names are the request's dot
 * paths (`runner.heelRaises.left`, `runner.weeklyKm.0`, `shoes.2.heelDropMm`), red flags are
 * checkboxes named `runner.redFlags.<flag>` (src/lib/form.ts on the check branch).
 */
function checkForm() {
	const fields = new URLSearchParams();
	/** @param {string} path @param {unknown} value */
	const add = (path, value) => {
		if (path === 'runner.redFlags') {
			for (const flag of /** @type {string[]} */ (value)) fields.append(`${path}.${flag}`, 'on');
		} else if (value !== null && typeof value === 'object') {
			for (const [key, inner] of Object.entries(value)) add(`${path}.${key}`, inner);
		} else {
			fields.append(path, String(value));
		}
	};
	add('runner', sixShoeRequest.runner);
	add('shoes', sixShoeRequest.shoes);
	return fields.toString();
}

/** The form action to post to; override with CHECK_ACTION (e.g. `/check?/assess`). */
const checkAction = process.env.CHECK_ACTION || '/check';

if (!existsSync(path.join(root, 'build/api/index.js'))) {
	console.log('build/ is missing: running npm run build');
	const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const body = JSON.stringify(sixShoeRequest);
const api = (/** @type {string} */ origin) => ({
	url: `${origin}/api/assess`,
	method: /** @type {const} */ ('POST'),
	headers: { 'content-type': 'application/json' },
	body
});
/** The whole catalog ranked: the largest POST /api/recommend. */
const rankingApi = (/** @type {string} */ origin) => ({
	...api(origin),
	url: `${origin}/api/recommend`,
	body: JSON.stringify(recommendRequest)
});
/** The goal: a full-catalog ranking at no less than this share of a 6-shoe assessment's req/s. */
const RANKING_GOAL = 0.5;

console.log(`Stridecheck bench, Node ${process.version}, ${new Date().toISOString()}`);

if (!load) {
	const engine = await engineThroughput(root, sixShoeRequest, recommendRequest);
	const shoes = sixShoeRequest.shoes.length;
	printTable('Engine, one 6-shoe request and the whole catalog ranked (in process, no HTTP)', [
		{
			what: 'assess()',
			'requests/s': engine.assess,
			'shoes/s': engine.assess * shoes,
			'µs each': 1e6 / engine.assess
		},
		{
			what: 'parseRequest() + assess()',
			'requests/s': engine.parseAndAssess,
			'shoes/s': engine.parseAndAssess * shoes,
			'µs each': 1e6 / engine.parseAndAssess
		},
		{
			what: `recommend(), ${engine.ranks} shoes`,
			'requests/s': engine.recommend,
			'shoes/s': engine.recommend * engine.ranks,
			'µs each': 1e6 / engine.recommend
		}
	]);
	printTable(
		`API fast path (node server) against bare node:http doing the same work, 10 connections, median of 3 × 4 s; goal: ratio ≥ ${GOAL}`,
		await fastPathRows(root)
	);
}

const server = await startServer(root);
try {
	if (!load) {
		const ratio = `of assess (goal ≥ ${RANKING_GOAL})`;
		/** @type {Record<string, string | number>[]} */
		const rows = [];
		for (const connections of [10, 50]) {
			const assessed = await cannon('POST /api/assess', {
				...api(server.origin),
				connections,
				duration: 10
			});
			const ranked = await cannon('POST /api/recommend (whole catalog)', {
				...rankingApi(server.origin),
				connections,
				duration: 10
			});
			rows.push(assessed, {
				...ranked,
				[ratio]: ranked['req/s'] / assessed['req/s']
			});
		}
		// A server-rendered page, to compare with the baseline of this kind of machine (about 2.8–3.5k requests/s).
		rows.push(
			await cannon('GET / (page)', { url: `${server.origin}/`, connections: 10, duration: 10 })
		);
		printTable(
			'API: a 6-shoe assessment, the whole catalog ranked, and the home page (autocannon, loopback, built server)',
			rows.map((row) => ({ ...row, [ratio]: row[ratio] ?? '' }))
		);
		for (const section of sections) printTable(section.title, await section.run(server.origin));
	} else {
		const before = rssMiB(server.pid);
		/** Each run's row with the server's resident memory right after it. */
		const withMemory = async (/** @type {Promise<Record<string, string | number>>} */ run) => ({
			...(await run),
			'RSS after MiB': rssMiB(server.pid) ?? 'n/a'
		});
		const apiRun = (/** @type {string} */ label) =>
			withMemory(cannon(label, { ...api(server.origin), connections: 50, duration: 30 }));
		const rows = [await apiRun('POST /api/assess')];
		const check = await fetch(`${server.origin}/check`);
		if (check.status === 404) {
			console.log(
				'\n/check answers 404 (the route has not landed yet): skipping its form load run'
			);
		} else {
			rows.push(
				await withMemory(
					cannon(`POST ${checkAction} (form)`, {
						url: `${server.origin}${checkAction}`,
						method: 'POST',
						// Same origin, or SvelteKit's CSRF check refuses the form with 403.
						headers: {
							'content-type': 'application/x-www-form-urlencoded',
							origin: server.origin
						},
						body: checkForm(),
						connections: 50,
						duration: 30
					})
				)
			);
		}
		// The same API run once more: if memory kept growing with requests served, this row's
		// RSS would sit well above the first one's; a plateau means the growth is the heap
		// settling (V8 sizes its young generation and caches under load), not a leak.
		rows.push(await apiRun('POST /api/assess, again'));
		printTable('Load, 30 s at 50 connections (autocannon, loopback, built server)', rows);
		const after = rssMiB(server.pid);
		printTable('Server memory (VmRSS from /proc)', [
			{
				'before MiB': before ?? 'n/a',
				'after MiB': after ?? 'n/a',
				'growth MiB': before !== null && after !== null ? after - before : 'n/a'
			}
		]);
	}
} finally {
	await server.stop();
}
