// The yardstick for the API's fast path: POST /api/assess on plain node:http, doing the same
// work as the app (read the body, JSON.parse, parseRequest, assess, JSON.stringify) with the
// engine the app serves (build/api, from `npm run build`), and nothing else: no security
// headers, compression, size limit or content-type rules. `node tests/bench/bare.js` with PORT
// and HOST; tests/bench/run.js starts it beside `node server` and prints the ratio.
import http from 'node:http';

// A computed address, so that type checking a fresh clone does not look for the build.
const bundle = new URL('../../build/api/index.js', import.meta.url).href;
const { assess, parseRequest } = await import(bundle);

const server = http.createServer((req, res) => {
	if (req.method !== 'POST' || req.url !== '/api/assess') {
		res.writeHead(404).end();
		return;
	}
	/** @type {Buffer[]} */
	const chunks = [];
	req.on('data', (chunk) => chunks.push(chunk));
	req.on('end', () => {
		let body;
		try {
			body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		} catch {
			res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not JSON"}');
			return;
		}
		const parsed = parseRequest(body);
		const bytes = Buffer.from(
			JSON.stringify(parsed.ok ? assess(parsed.value) : { errors: parsed.errors })
		);
		res.writeHead(parsed.ok ? 200 : 422, {
			'content-type': 'application/json',
			'content-length': bytes.length
		});
		res.end(bytes);
	});
});

server.listen(Number(process.env.PORT || 3000), process.env.HOST || '127.0.0.1', () => {
	console.log('ready');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
