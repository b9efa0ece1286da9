// The API's fast path against its yardstick, in one run: POST /api/assess through `node server`
// (fast path), through the same server with API_FAST_PATH=off (SvelteKit's route, for
// reference), and through tests/bench/bare.js (plain node:http doing the same parse, scoring
// and JSON work with the same built engine). The fast path and the bare server take turns, so
// that whatever else the machine does falls on both; each figure is the median of the rounds.
import autocannon from 'autocannon';
import { exampleRequest, sixShoeRequest } from '../requests.js';
import { startServer } from './server.js';

/** The goal: the fast path at no less than this share of the bare server's req/s. */
export const GOAL = 0.8;

const ROUNDS = 3;
const SECONDS = 4;

/** @param {string} origin @param {string} body @param {number} duration */
async function reqPerSecond(origin, body, duration) {
	const result = await autocannon({
		url: `${origin}/api/assess`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body,
		connections: 10,
		duration,
		timeout: 10
	});
	if (result.errors + result.timeouts + result.non2xx > 0) {
		throw new Error(`${origin}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
	}
	return result.requests.average;
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** @param {string} root */
export async function fastPathRows(root) {
	const fast = await startServer(root);
	const kit = await startServer(root, { env: { API_FAST_PATH: 'off' } });
	const bare = await startServer(root, { script: 'tests/bench/bare.js' });
	try {
		const rows = [];
		for (const [label, request] of /** @type {const} */ ([
			['6 shoes', sixShoeRequest],
			['1 shoe', exampleRequest]
		])) {
			const body = JSON.stringify(request);
			for (const server of [bare, fast, kit]) await reqPerSecond(server.origin, body, 1); // warm-up
			/** @type {{ bare: number[], fast: number[] }} */
			const runs = { bare: [], fast: [] };
			for (let round = 0; round < ROUNDS; round++) {
				// Alternate who goes first, so neither always runs on a machine that just worked.
				/** @type {('fast' | 'bare')[]} */
				const order = round % 2 ? ['fast', 'bare'] : ['bare', 'fast'];
				for (const which of order) {
					const server = which === 'fast' ? fast : bare;
					runs[which].push(await reqPerSecond(server.origin, body, SECONDS));
				}
			}
			const kitRps = await reqPerSecond(kit.origin, body, SECONDS);
			const ratio = median(runs.fast) / median(runs.bare);
			rows.push({
				request: label,
				'fast path req/s': median(runs.fast),
				'bare node:http req/s': median(runs.bare),
				// Rounded down, so that a ratio printed as the goal has met it.
				ratio: (Math.floor(ratio * 100) / 100).toFixed(2),
				[`goal ≥ ${GOAL}`]: ratio >= GOAL ? 'met' : 'MISSED',
				'SvelteKit route req/s': kitRps,
				'SvelteKit / bare': (kitRps / median(runs.bare)).toFixed(2)
			});
		}
		return rows;
	} finally {
		await Promise.all([fast.stop(), kit.stop(), bare.stop()]);
	}
}
