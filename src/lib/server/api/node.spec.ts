import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createNodeApi, parseByteSize } from './node';
import { messages } from './http';

/** adapter-node's own parser, from its package files (not in its exports map). */
async function adapterParse(): Promise<(value: string) => number> {
	const pkg = createRequire(import.meta.url).resolve('@sveltejs/adapter-node/package.json');
	const utils = pathToFileURL(path.join(path.dirname(pkg), 'files/utils.js')).href;
	return (await import(/* @vite-ignore */ utils)).parse_as_bytes;
}

describe('parseByteSize', () => {
	it.each([
		['512K', 512 * 1024],
		['1M', 1024 ** 2],
		['2g', 2 * 1024 ** 3],
		['100', 100],
		['0', 0],
		['Infinity', Infinity],
		['12X', NaN],
		['K', 0]
	])('%s is %d bytes', (value, bytes) => {
		expect(parseByteSize(value)).toBe(bytes);
	});

	it('reads every value as adapter-node does (property)', async () => {
		const theirs = await adapterParse();
		const size = fc.oneof(
			fc.string(),
			fc
				.tuple(fc.nat(), fc.constantFrom('', 'k', 'K', 'm', 'M', 'g', 'G', 'b'))
				.map((p) => p.join(''))
		);
		fc.assert(fc.property(size, (value) => Object.is(parseByteSize(value), theirs(value))));
		expect(parseByteSize('1k')).toBe(theirs('1k'));
	});
});

describe('createNodeApi (a real node:http server, BODY_SIZE_LIMIT of 64 bytes)', () => {
	const limit = 64;
	const api = createNodeApi({ bodySizeLimit: limit });
	const server = http.createServer((req, res) => {
		if (!api(req, res)) res.writeHead(418).end('passed on');
	});
	let port = 0;
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.address() as AddressInfo).port;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));

	interface Sent {
		method?: string;
		path?: string;
		headers?: http.OutgoingHttpHeaders;
		/** Written in these pieces, chunked unless a Content-Length is given. */
		chunks?: string[];
		agent?: http.Agent;
	}

	function send({ method = 'POST', path = '/api/assess', headers = {}, chunks = [], agent }: Sent) {
		return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
			(resolve, reject) => {
				const req = http.request(
					{ host: '127.0.0.1', port, method, path, headers, agent },
					(res) => {
						let body = '';
						res.setEncoding('utf8');
						res.on('data', (c) => (body += c));
						res.on('end', () =>
							resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
						);
					}
				);
				req.on('error', reject);
				for (const chunk of chunks) req.write(chunk);
				req.end();
			}
		);
	}

	const json = { 'content-type': 'application/json' };
	const valid = JSON.stringify({ runner: {}, shoes: [{ name: 'a', heelDropMm: 1 }] });

	it('passes on every path that is not an API route, untouched', async () => {
		for (const p of [
			'/',
			'/api',
			'/api/',
			'/api/assess/',
			'/api/Assess',
			'//api/assess',
			'/api/nope'
		]) {
			const answer = await send({ path: p, headers: json, chunks: [valid] });
			expect(answer, p).toMatchObject({ status: 418, body: 'passed on' });
		}
	});

	it('answers a route with a query string', async () => {
		const answer = await send({ path: '/api/assess?x=1', headers: json, chunks: [valid] });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(answer.body)));
		expect(JSON.parse(answer.body).results).toHaveLength(1);
	});

	it.each([
		['by Content-Length, unread', { 'content-length': String(limit + 1) }, ['x'.repeat(limit + 1)]],
		['chunked, by counting', {}, ['{"runner":', ' '.repeat(40), ' '.repeat(40), '{}}']],
		['chunked, one byte over', {}, [' '.repeat(limit + 1)]]
	])(
		'413 past the limit, %s, and the connection still answers',
		async (_label, headers, chunks) => {
			const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
			const tooLarge = await send({ headers: { ...json, ...headers }, chunks, agent });
			expect(tooLarge.status).toBe(413);
			expect(JSON.parse(tooLarge.body)).toEqual({ error: messages.tooLarge });
			const after = await send({ headers: json, chunks: [valid], agent });
			expect(after.status).toBe(200);
			agent.destroy();
		}
	);

	it('reads a body of exactly the limit, in pieces', async () => {
		const body = valid.padEnd(limit, ' ');
		const answer = await send({ headers: json, chunks: [body.slice(0, 10), body.slice(10)] });
		expect(answer.status).toBe(200);
	});

	it('reads no body when there is none (400, not a hang)', async () => {
		const answer = await send({ headers: { ...json, 'content-length': '0' } });
		expect(answer.status).toBe(400);
		expect(JSON.parse(answer.body)).toEqual({ error: messages.notJson });
	});

	it('answers HEAD like GET without the body, with its length', async () => {
		const get = await send({ method: 'GET', path: '/api/openapi.json' });
		const head = await send({ method: 'HEAD', path: '/api/openapi.json' });
		expect(head.status).toBe(200);
		expect(head.body).toBe('');
		expect(head.headers['content-length']).toBe(get.headers['content-length']);
		expect(Number(get.headers['content-length'])).toBe(Buffer.byteLength(get.body));
	});

	it('keeps the headers already set on the response', async () => {
		const local = http.createServer((req, res) => {
			res.setHeader('X-Frame-Options', 'DENY');
			api(req, res);
		});
		await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
		const { port: p } = local.address() as AddressInfo;
		const res = await fetch(`http://127.0.0.1:${p}/api/assess`);
		expect(res.status).toBe(405);
		expect(res.headers.get('x-frame-options')).toBe('DENY');
		expect(res.headers.get('allow')).toBe('POST');
		await new Promise((resolve) => local.close(resolve));
	});

	it('adds the server’s own headers, asked for each answer', async () => {
		let draining = false;
		const always: Record<string, string> = { 'X-Frame-Options': 'DENY' };
		const withHeaders = createNodeApi({
			bodySizeLimit: limit,
			headers: () => (draining ? { ...always, Connection: 'close' } : always)
		});
		const local = http.createServer((req, res) => void withHeaders(req, res));
		await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
		const { port: p } = local.address() as AddressInfo;
		const first = await fetch(`http://127.0.0.1:${p}/api/openapi.json`);
		expect(first.headers.get('x-frame-options')).toBe('DENY');
		expect(first.headers.get('cache-control')).toBe('no-store');
		draining = true;
		const second = await fetch(`http://127.0.0.1:${p}/api/openapi.json`);
		expect(second.headers.get('connection')).toBe('close');
		await new Promise((resolve) => local.close(resolve));
	});
});
