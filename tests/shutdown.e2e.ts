import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { exampleRequest } from './requests.js';
import { port } from './servers.js';

// /healthz and graceful shutdown, on a `node server` of this test's own (the shared ones must
// keep running): a draining instance says so, keeps answering what it has started, and exits.

const DRAIN_SECONDS = 1;

function start(serverPort: number, env: Record<string, string> = {}) {
	const origin = `http://127.0.0.1:${serverPort}`;
	const child = spawn(process.execPath, ['server'], {
		env: { ...process.env, PORT: String(serverPort), HOST: '127.0.0.1', ORIGIN: origin, ...env },
		stdio: 'ignore'
	});
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	return { origin, child, exited };
}

async function ready(origin: string) {
	for (let i = 0; i < 150; i++) {
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
