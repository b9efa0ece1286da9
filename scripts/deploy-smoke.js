// `npm run deploy:smoke`: deploy/Caddyfile in front of two `node server` instances, all on
// loopback, with Caddy's internal CA; then it proves what the README's Deploy section
// promises: http redirects to https, HSTS and every security header through the proxy, both
// instances serving, and a rolling restart (each instance stopped in turn mid-load, SIGTERM)
// without one failed request. Needs Caddy (Debian: apt-get install caddy; CADDY names another
// binary) and the build (made if missing). SMOKE_PORT pins its five ports (SMOKE_PORT to
// SMOKE_PORT + 4), otherwise the kernel picks free ones. Everything it starts it stops by PID.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { fallbackCsp, securityHeaders } from '../server/headers.js';
import { exampleRequest } from '../tests/requests.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const caddy = process.env.CADDY || 'caddy';
const started = Date.now();
/** @type {{ name: string, child: import('node:child_process').ChildProcess, log: () => string }[]} */
const processes = [];
let failures = 0;

/** @param {string} what @param {boolean} ok @param {string} [detail] */
function check(what, ok, detail = '') {
	if (!ok) failures++;
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

async function ports() {
	const base = Number(process.env.SMOKE_PORT);
	if (base) return [0, 1, 2, 3, 4].map((i) => base + i);
	/** @type {number[]} */
	const picked = [];
	while (picked.length < 5) {
		const port = /** @type {number} */ (await freePort());
		if (!picked.includes(port)) picked.push(port);
	}
	return picked;
}

/**
 * @param {string} name @param {string} command @param {string[]} args
 * @param {Record<string, string>} env
 */
function start(name, command, args, env) {
	const child = spawn(command, args, {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	const keep = (/** @type {Buffer} */ chunk) => (log = (log + chunk).slice(-20000));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const entry = { name, child, log: () => log };
	processes.push(entry);
	return entry;
}

/** @param {import('node:child_process').ChildProcess} child */
const exited = (child) =>
	child.exitCode !== null || child.signalCode !== null
		? Promise.resolve(child.exitCode)
		: new Promise((resolve) => child.once('exit', (code) => resolve(code)));

async function stopAll() {
	for (const { child } of processes) {
		// SIGINT: instances stop without their drain delay; Caddy stops gracefully on either.
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
	}
	await Promise.race([Promise.all(processes.map(({ child }) => exited(child))), sleep(5000)]);
	for (const { child } of processes) {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	}
}

/**
 * One request; never throws: a failure is an answer with status 0 and the error.
 * @param {{ url: string, method?: string, headers?: Record<string, string>, body?: string, agent?: https.Agent | http.Agent | false, ca?: Buffer }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string, error?: string, issuer?: string }>}
 */
function request({ url, method = 'GET', headers = {}, body, agent, ca }) {
	const target = new URL(url);
	const client = target.protocol === 'https:' ? https : http;
	return new Promise((resolve) => {
		const req = client.request(
			{
				// Caddy listens on 127.0.0.1 only; `localhost` may resolve to ::1 first.
				host: '127.0.0.1',
				port: target.port,
				path: target.pathname + target.search,
				method,
				headers: { host: target.host, ...headers },
				servername: target.hostname,
				agent,
				ca,
				timeout: 10_000
			},
			(res) => {
				// Read now: a kept-alive socket goes back to its pool before the body ends.
				const socket = /** @type {import('node:tls').TLSSocket | null} */ (res.socket);
				const issuer = socket?.getPeerCertificate?.()?.issuer?.CN;
				/** @type {Buffer[]} */
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const encoding = res.headers['content-encoding'];
					let bytes = Buffer.concat(chunks);
					try {
						if (encoding === 'gzip') bytes = zlib.gunzipSync(bytes);
						if (encoding === 'br') bytes = zlib.brotliDecompressSync(bytes);
					} catch (e) {
						const error = `${encoding} body of ${bytes.length} bytes: ${/** @type {Error} */ (e).message}`;
						resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '', error });
						return;
					}
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: bytes.toString(),
						issuer
					});
				});
				res.on('error', (e) => resolve({ status: 0, headers: {}, body: '', error: e.message }));
			}
		);
		req.on('timeout', () => req.destroy(new Error('timed out')));
		req.on('error', (e) => resolve({ status: 0, headers: {}, body: '', error: e.message }));
		req.end(body);
	});
}

/** @param {() => Promise<boolean>} condition @param {number} ms @param {string} what */
async function waitFor(condition, ms, what) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (await condition()) return;
		await sleep(100);
	}
	throw new Error(`gave up waiting for ${what}`);
}

/**
 * Keep `connections` keep-alive connections busy with POST /api/assess through the proxy
 * until `stop()` is called; count every answer that is not a 200 with a scored shoe.
 * @param {string} origin @param {Buffer} ca @param {number} connections
 */
function load(origin, ca, connections) {
	const agent = new https.Agent({ keepAlive: true, maxSockets: connections, ca });
	const body = JSON.stringify(exampleRequest);
	let running = true;
	let ok = 0;
	let compressed = 0;
	/** @type {string[]} */
	const failed = [];
	/** Half the connections ask for compression, as browsers do; half do not, as scripts may. */
	const worker = async (/** @type {unknown} */ _, /** @type {number} */ i) => {
		const encoding = i % 2 ? { 'accept-encoding': 'br, gzip' } : {};
		while (running) {
			const answer = await request({
				url: `${origin}/api/assess`,
				method: 'POST',
				headers: { 'content-type': 'application/json', ...encoding },
				body,
				agent,
				ca
			});
			let scored = false;
			try {
				scored = answer.status === 200 && JSON.parse(answer.body).results.length === 1;
			} catch {
				// not JSON: counted as failed below
			}
			if (scored && answer.headers['content-encoding']) compressed++;
			if (scored) ok++;
			else {
				failed.push(
					answer.error ??
						`status ${answer.status} (${answer.body.length} characters: ${answer.body.slice(0, 60)})`
				);
			}
		}
	};
	const workers = Array.from({ length: connections }, worker);
	return {
		stop: async () => {
			running = false;
			await Promise.all(workers);
			agent.destroy();
			return { ok, compressed, failed };
		}
	};
}

async function main() {
	const version = spawnSync(caddy, ['version'], { encoding: 'utf8' });
	if (version.status !== 0) {
		throw new Error(`Caddy is needed (${caddy} did not run): apt-get install caddy`);
	}
	console.log(
		`deploy smoke: Caddy ${version.stdout.trim().split(' ')[0]}, Node ${process.version}`
	);
	if (!existsSync(path.join(root, 'build/api/index.js'))) {
		console.log('build/ is missing: running npm run build');
		const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (built.status !== 0) throw new Error('npm run build failed');
	}

	const [httpPort, httpsPort, adminPort, portA, portB] = await ports();
	const origin = `https://localhost:${httpsPort}`;
	const data = mkdtempSync(path.join(os.tmpdir(), 'stridecheck-caddy-'));
	try {
		/** @param {string} id @param {number} port */
		const instance = (id, port) =>
			start(`instance ${id}`, process.execPath, ['server'], {
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: origin,
				INSTANCE_ID: id
			});
		const instances = {
			a: instance('a', /** @type {number} */ (portA)),
			b: instance('b', /** @type {number} */ (portB))
		};
		const proxy = start(
			'caddy',
			caddy,
			['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'],
			{
				DOMAIN: 'localhost',
				HTTP_PORT: String(httpPort),
				HTTPS_PORT: String(httpsPort),
				CADDY_ADMIN: `127.0.0.1:${adminPort}`,
				CADDY_BIND: '127.0.0.1',
				UPSTREAMS: `127.0.0.1:${portA} 127.0.0.1:${portB}`,
				// Caddy's certificates, its internal CA and its saved config go to a directory of this run.
				XDG_DATA_HOME: path.join(data, 'data'),
				XDG_CONFIG_HOME: path.join(data, 'config')
			}
		);

		const rootCert = path.join(data, 'data/caddy/pki/authorities/local/root.crt');
		await waitFor(
			async () => existsSync(rootCert) || proxy.child.exitCode !== null,
			15_000,
			'the internal CA'
		);
		if (proxy.child.exitCode !== null) throw new Error(`Caddy exited:\n${proxy.log()}`);
		// Trusted by this client only, from the file: nothing is added to any trust store.
		const ca = readFileSync(rootCert);
		/** @param {string} p @param {Omit<Parameters<typeof request>[0], 'url'>} [options] */
		const get = (p, options = {}) =>
			request({ url: `${origin}${p}`, ca, agent: false, ...options });
		/** Which instances answer /healthz through the proxy, over `n` requests. */
		const answering = async (n = 12) => {
			const seen = new Set();
			for (let i = 0; i < n; i++) {
				const answer = await get('/healthz');
				if (answer.status === 200) seen.add(JSON.parse(answer.body).instance);
			}
			return [...seen].sort().join(' ');
		};
		await waitFor(
			async () => (await answering(4)) === 'a b',
			20_000,
			'both instances behind Caddy'
		);
		console.log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

		// 1. http -> https, the same host, path and query; permanent.
		const plain = await request({ url: `http://localhost:${httpPort}/check?units=mi` });
		check(
			'http redirects to https',
			plain.status === 308 && plain.headers.location === 'https://localhost/check?units=mi',
			`${plain.status} Location: ${plain.headers.location}`
		);

		// 2. TLS from Caddy's internal CA, verified against its root certificate.
		const home = await get('/');
		check('TLS verified against the internal CA', home.status === 200, `issuer ${home.issuer}`);

		// 3. HSTS and every security header on each kind of answer, through the proxy.
		const asset = home.body.match(/\/_app\/immutable\/[^"'\s)]+/)?.[0];
		const kinds = {
			'a page': { answer: home, csp: (/** @type {string} */ v) => v.includes("script-src 'self'") },
			'the API': {
				answer: await get('/api/assess', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(exampleRequest)
				}),
				csp: (/** @type {string} */ v) => v === fallbackCsp
			},
			'an error': {
				answer: await get('/api/assess'),
				csp: (/** @type {string} */ v) => v === fallbackCsp
			},
			'a static asset': {
				answer: await get(asset ?? '/missing-asset'),
				csp: (/** @type {string} */ v) => v === fallbackCsp
			},
			'a 404 page': {
				answer: await get('/no-such-page'),
				csp: (/** @type {string} */ v) => v.includes("default-src 'self'")
			}
		};
		for (const [kind, { answer, csp }] of Object.entries(kinds)) {
			const h = answer.headers;
			const wrong = Object.entries(securityHeaders)
				.filter(([name, value]) => h[name.toLowerCase()] !== value)
				.map(([name]) => name);
			if (!csp(String(h['content-security-policy']))) wrong.push('Content-Security-Policy');
			if (h['strict-transport-security'] !== 'max-age=63072000; includeSubDomains')
				wrong.push('Strict-Transport-Security');
			if (h.server !== undefined) wrong.push('Server');
			check(
				`HSTS and security headers on ${kind} (${answer.status})`,
				wrong.length === 0,
				wrong.join(', ')
			);
		}
		check('the asset was found in the page', asset !== undefined, asset);

		// 4. Both instances serve.
		check('both instances answer through the proxy', (await answering()) === 'a b');

		// 5. A rolling restart under load: each instance stopped in turn (SIGTERM) and started again.
		const traffic = load(origin, ca, 8);
		const restarts = [];
		for (const id of /** @type {const} */ (['a', 'b'])) {
			await sleep(700);
			const old = instances[id];
			const stopping = Date.now();
			old.child.kill('SIGTERM');
			const code = await exited(old.child);
			restarts.push(
				`${id} stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s (exit ${code})`
			);
			check(
				`instance ${id} drained and exited 0 under load`,
				code === 0,
				code === 0 ? '' : old.log()
			);
			instances[id] = instance(
				id,
				id === 'a' ? /** @type {number} */ (portA) : /** @type {number} */ (portB)
			);
			await waitFor(
				async () => (await answering(4)) === 'a b',
				15_000,
				`instance ${id} back in rotation`
			);
		}
		await sleep(500);
		const { ok, compressed, failed } = await traffic.stop();
		const reasons = [...new Set(failed)].slice(0, 5).join('; ');
		if (failed.length) {
			const errors = proxy
				.log()
				.split('\n')
				.filter((line) => /"level":"(error|warn)"|health/.test(line));
			console.log(errors.slice(-10).join('\n'));
		}
		check(
			`rolling restart under load: ${ok} requests answered (${compressed} compressed), ${failed.length} failed`,
			failed.length === 0 && ok > 100 && compressed > 0 && compressed < ok,
			`${restarts.join(', ')}${reasons ? `; ${reasons}` : ''}`
		);
	} finally {
		await stopAll();
		rmSync(data, { recursive: true, force: true });
	}
}

// Whatever ends this script (a crash, Ctrl-C), nothing it started outlives it.
process.on('exit', () => {
	for (const { child } of processes) {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	}
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => process.exit(1));
}

try {
	await main();
} catch (error) {
	failures++;
	console.error(`FAIL ${error instanceof Error ? error.message : error}`);
	for (const { name, log } of processes) console.error(`--- ${name}\n${log()}`);
	await stopAll();
}
console.log(
	`deploy smoke: ${failures ? `${failures} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
process.exitCode = failures ? 1 : 0;
