import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { exampleRequest } from './requests.js';
import { port } from './servers.js';

// The production entry's own behaviour, on `node server`s of these tests' own (the shared ones
// must keep running): /healthz; graceful shutdown (a draining instance says so, keeps answering
// what it has started, and exits); and, without ORIGIN, the fast path leaving to adapter-node
// every request whose origin it would refuse.

const DRAIN_SECONDS = 1;

/** `env` is added to this process's; a name given as undefined is removed. */
function start(serverPort: number, env: Record<string, string | undefined> = {}) {
	const origin = `http://127.0.0.1:${serverPort}`;
	const merged: Record<string, string | undefined> = {
		...process.env,
		PORT: String(serverPort),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		...env
	};
	for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
	const child = spawn(process.execPath, ['server'], { env: merged, stdio: 'ignore' });
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	return { origin, child, exited };
}

async function ready(origin: string) {
	// Up to 30 s: a cold start on a busy 2-core machine has taken over 15.
	for (let i = 0; i < 300; i++) {
		try {
			const response = await fetch(`${origin}/healthz`);
			if (response.ok) return response;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${origin} never became ready`);
}

/** A POST whose body is sent in two halves; `finish` sends the second. */
function slowRequest(origin: string) {
	const body = JSON.stringify(exampleRequest);
	let finish = () => {};
	const answer = new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
		(resolve, reject) => {
			const req = http.request(
				new URL('/api/assess', origin),
				{ method: 'POST', headers: { 'content-type': 'application/json' }, agent: false },
				(res) => {
					let text = '';
					res.setEncoding('utf8');
					res.on('data', (c) => (text += c));
					res.on('end', () =>
						resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })
					);
				}
			);
			req.on('error', reject);
			req.write(body.slice(0, 50));
			req.flushHeaders();
			finish = () => req.end(body.slice(50));
		}
	);
	return { answer, finish: () => finish() };
}

const stopIfRunning = (child: ChildProcess) => child.exitCode === null && child.kill('SIGKILL');

test('GET /healthz says ready, with no-store, the security headers and INSTANCE_ID', async () => {
	const server = start(port + 2, { INSTANCE_ID: 'a' });
	try {
		const response = await ready(server.origin);
		expect(await response.json()).toEqual({ status: 'ready', instance: 'a' });
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		const post = await fetch(`${server.origin}/healthz`, { method: 'POST' });
		expect(post.status).toBe(405);
		expect(post.headers.get('allow')).toBe('GET, HEAD');
	} finally {
		stopIfRunning(server.child);
	}
});

test('SIGTERM: /healthz turns 503, requests in flight finish, new ones are refused, then it exits 0', async () => {
	const server = start(port + 3, { SHUTDOWN_DELAY: String(DRAIN_SECONDS) });
	try {
		await ready(server.origin);
		const early = slowRequest(server.origin);
		const held = slowRequest(server.origin);
		await new Promise((resolve) => setTimeout(resolve, 200));
		server.child.kill('SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 200));

		// Draining: still listening, but saying so, and closing each new connection after its answer.
		const health = await fetch(`${server.origin}/healthz`);
		expect(health.status).toBe(503);
		expect(await health.json()).toEqual({ status: 'draining' });
		const during = slowRequest(server.origin);
		during.finish();
		expect((await during.answer).headers.connection).toBe('close');
		early.finish();
		expect((await early.answer).status).toBe(200);

		// After the delay it no longer listens, yet the request still in flight is answered.
		await new Promise((resolve) => setTimeout(resolve, DRAIN_SECONDS * 1000));
		await expect(fetch(`${server.origin}/healthz`)).rejects.toThrow();
		expect(server.child.exitCode).toBeNull();
		held.finish();
		const last = await held.answer;
		expect(last.status).toBe(200);
		expect(JSON.parse(last.body).results).toHaveLength(1);
		expect(await server.exited).toBe(0);
	} finally {
		stopIfRunning(server.child);
	}
});

test('SIGINT (Ctrl-C) stops at once, without the delay', async () => {
	const server = start(port + 4, { SHUTDOWN_DELAY: '30' });
	try {
		await ready(server.origin);
		const asked = Date.now();
		server.child.kill('SIGINT');
		expect(await server.exited).toBe(0);
		expect(Date.now() - asked).toBeLessThan(5_000);
	} finally {
		stopIfRunning(server.child);
	}
});

/** The raw answer to raw request bytes (no client normalises anything). */
function raw(serverPort: number, request: string) {
	return new Promise<string>((resolve, reject) => {
		// Written, not ended: the request says Connection: close, so the server closes.
		const socket = net.connect(serverPort, '127.0.0.1', () => socket.write(request));
		let text = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk) => (text += chunk));
		socket.on('end', () => resolve(text.replace(/^Date: .*\r\n/m, '')));
		socket.on('error', reject);
	});
}

test('without ORIGIN, the fast path and adapter-node refuse the same requests', async () => {
	const env = { ORIGIN: undefined, PROTOCOL_HEADER: undefined, SHUTDOWN_DELAY: '0' };
	const fast = start(port + 5, env);
	const kit = start(port + 6, { ...env, API_FAST_PATH: 'off' });
	try {
		await Promise.all([ready(fast.origin), ready(kit.origin)]);
		const body = JSON.stringify(exampleRequest);
		const post = (head: string) =>
			`POST /api/assess ${head}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
		const requests: [string, string, RegExp][] = [
			['no Host (HTTP/1.0)', post('HTTP/1.0'), /^HTTP\/1\.1 400 /],
			[
				'a forwarded protocol with a colon',
				post('HTTP/1.1\r\nHost: x\r\nX-Forwarded-Proto: a:b'),
				/^HTTP\/1\.1 400 /
			],
			['a Host with a space', post('HTTP/1.1\r\nHost: a b'), /^HTTP\/1\.1 400 /],
			// adapter-node reads it as host `a` and path /b/api/assess
			['a Host with a slash', post('HTTP/1.1\r\nHost: a/b'), /^HTTP\/1\.1 404 /],
			['a plain Host and port', post('HTTP/1.1\r\nHost: example.com:99'), /^HTTP\/1\.1 200 /],
			[
				'https forwarded',
				post('HTTP/1.1\r\nHost: x\r\nX-Forwarded-Proto: https'),
				/^HTTP\/1\.1 200 /
			]
		];
		for (const [label, request, status] of requests) {
			const [a, b] = await Promise.all([raw(port + 5, request), raw(port + 6, request)]);
			expect(a, label).toMatch(status);
			// Header names differ in case between the two paths: compared in lower case. A page
			// carries a new CSP nonce each time: only its status line is compared.
			const normal = (text: string) =>
				text.includes('content-type: text/html')
					? text.split('\r\n', 1)
					: text.split('\r\n').sort();
			const lower = (text: string) => text.replace(/^[^:\r\n]+:/gm, (name) => name.toLowerCase());
			expect(normal(lower(a)), label).toEqual(normal(lower(b)));
		}
	} finally {
		stopIfRunning(fast.child);
		stopIfRunning(kit.child);
	}
});
