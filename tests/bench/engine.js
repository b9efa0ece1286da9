// Engine throughput without HTTP: the engine's exports as the app serves them (build/api, the
// API's Node bundle from `npm run build`), called in a timed loop.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} root
 * @param {unknown} request an assessment request
 * @param {unknown} ranking a POST /api/recommend body
 * @param {number} seconds
 */
export async function engineThroughput(root, request, ranking, seconds = 3) {
	const { assess, parseRequest, recommend } = await import(
		pathToFileURL(path.join(root, 'build/api/index.js')).href
	);

	const parsed = parseRequest(request);
	if (!parsed.ok) throw new Error(`bench request is invalid: ${JSON.stringify(parsed.errors)}`);
	const results = assess(parsed.value).results.length;
	if (results !== parsed.value.shoes.length) throw new Error('engine returned the wrong count');

	const ranked = recommend(ranking);
	if (!ranked.ok) throw new Error(`bench ranking is invalid: ${JSON.stringify(ranked.errors)}`);
	const ranks = ranked.value.total;
	if (ranks === 0) throw new Error('the bench ranking ranked no shoe');

	/** @param {() => unknown} fn */
	const opsPerSecond = (fn) => {
		// Warm up so the JIT has compiled the hot paths before timing starts.
		for (let i = 0; i < 500; i++) fn();
		let n = 0;
		const start = process.hrtime.bigint();
		const end = start + BigInt(seconds * 1e9);
		let now = start;
		while (now < end) {
			for (let i = 0; i < 100; i++) fn();
			n += 100;
			now = process.hrtime.bigint();
		}
		return n / (Number(now - start) / 1e9);
	};
	return {
		assess: opsPerSecond(() => assess(parsed.value)),
		parseAndAssess: opsPerSecond(() => {
			const p = parseRequest(request);
			if (p.ok) assess(p.value);
		}),
		/** parse, filter and rank: everything POST /api/recommend does but HTTP and JSON */
		recommend: opsPerSecond(() => recommend(ranking)),
		/** shoes scored per ranking: the filtered catalog */
		ranks
	};
}
