// Engine throughput without HTTP: the engine's exports as the app serves them (build/api, the
// API's Node bundle from `npm run build`), called in a timed loop.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} root @param {unknown} request @param {number} seconds */
export async function engineThroughput(root, request, seconds = 3) {
	const { assess, parseRequest } = await import(
		pathToFileURL(path.join(root, 'build/api/index.js')).href
	);

	const parsed = parseRequest(request);
	if (!parsed.ok) throw new Error(`bench request is invalid: ${JSON.stringify(parsed.errors)}`);
	const results = assess(parsed.value).results.length;
	if (results !== parsed.value.shoes.length) throw new Error('engine returned the wrong count');

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
		})
	};
}
