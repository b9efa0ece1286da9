import { expect, test } from '@playwright/test';
import http from 'node:http';
import * as fc from 'fast-check';
import { exampleRequest, recommendRequest, sixShoeRequest } from './requests.js';
import { appOrigin, kitOrigin } from './servers.js';

// The API's fast path (`node server`) and SvelteKit's route (the same server, API_FAST_PATH=off)
// must give the same answer to every request: status, headers and body bytes. Raw node:http,
// so that nothing on the client side decodes, decompresses or normalises either answer.

interface Sent {
	method?: string;
	path?: string;
	headers?: http.OutgoingHttpHeaders;
	/** The body, written in pieces (chunked) when it is an array. */
	body?: string | Buffer | string[];
}

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** Per connection and per moment, not per answer. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function send(origin: string, { method = 'POST', path = '/api/assess', headers, body }: Sent) {
	return new Promise<Answer>((resolve, reject) => {
		const req = http.request(new URL(path, origin), { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const kept = Object.entries(res.headers).filter(([name]) => !TRANSPORT.has(name));
				resolve({
					status: res.statusCode ?? 0,
					headers: Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b))),
					// base64, so that compressed answers compare byte for byte
					body: Buffer.concat(chunks).toString('base64')
				});
			});
		});
		req.on('error', reject);
		if (Array.isArray(body)) for (const piece of body) req.write(piece);
		else if (body !== undefined) req.write(body);
		req.end();
	});
}

async function expectSameAnswer(sent: Sent): Promise<Answer> {
	const [fast, kit] = await Promise.all([send(appOrigin, sent), send(kitOrigin, sent)]);
	expect(fast, `${sent.method ?? 'POST'} ${sent.path ?? '/api/assess'}`).toEqual(kit);
	return fast;
}

const json = { 'content-type': 'application/json' };
const valid = JSON.stringify(exampleRequest);
const big = JSON.stringify({ ...exampleRequest, padding: 'x'.repeat(2 * 1024 * 1024) });

/** [label, request, the status both must give]: each answer the contract names, and edges of HTTP. */
const cases: [string, Sent, number][] = [
	['six shoes', { headers: json, body: JSON.stringify(sixShoeRequest) }, 200],
	['one shoe', { headers: json, body: valid }, 200],
	[
		'a charset',
		{ headers: { 'content-type': 'application/json; charset=utf-8' }, body: valid },
		200
	],
	['a byte order mark', { headers: json, body: `\uFEFF${valid}` }, 200],
	['a query string', { path: '/api/assess?debug=1', headers: json, body: valid }, 200],
	[
		'red flags',
		{
			headers: json,
			body: JSON.stringify({ ...exampleRequest, runner: { redFlags: ['sudden-pop'] } })
		},
		200
	],
	['gzip accepted', { headers: { ...json, 'accept-encoding': 'gzip' }, body: valid }, 200],
	[
		'brotli preferred',
		{ headers: { ...json, 'accept-encoding': 'br;q=1, gzip;q=0.5' }, body: valid },
		200
	],
	['a chunked body', { headers: json, body: [valid.slice(0, 100), valid.slice(100)] }, 200],
	['a body just under the limit', { headers: json, body: valid + ' '.repeat(500 * 1024) }, 200],
	['a literal NaN', { headers: json, body: 'NaN' }, 400],
	['an empty body', { headers: json, body: '' }, 400],
	['no body at all', { headers: json }, 400],
	['broken JSON', { headers: json, body: '{"runner":{},"shoes":[' }, 400],
	['invalid UTF-8', { headers: json, body: Buffer.from([0x7b, 0xff, 0x7d]) }, 400],
	[
		'the schema broken',
		{ headers: json, body: '{"runner":{"age":"old"},"shoes":[{"name":"a","heelDropMm":40}]}' },
		422
	],
	['__proto__', { headers: json, body: '{"__proto__":{"x":1},"runner":{},"shoes":[]}' }, 422],
	[
		'deep nesting',
		{
			headers: json,
			body: `{"runner":${'{"a":'.repeat(80_000)}1${'}'.repeat(80_000)},"shoes":[]}`
		},
		422
	],
	['a 2 MB body', { headers: json, body: big }, 413],
	[
		'a 2 MB chunked body',
		{
			headers: json,
			body: Array.from({ length: 32 }, (_, i) => big.slice(i * 65536, (i + 1) * 65536))
		},
		413
	],
	['text/plain', { headers: { 'content-type': 'text/plain' }, body: valid }, 415],
	['no content type', { body: valid }, 415],
	[
		'a cross-site form',
		{
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://evil.example'
			},
			body: 'a=1'
		},
		415
	],
	[
		'a same-origin multipart form',
		{
			headers: { 'content-type': 'multipart/form-data; boundary=x', origin: appOrigin },
			body: '--x--'
		},
		415
	],
	['GET', { method: 'GET' }, 405],
	['HEAD', { method: 'HEAD' }, 405],
	['OPTIONS', { method: 'OPTIONS' }, 405],
	[
		'a cross-site text PUT',
		{
			method: 'PUT',
			headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
			body: '{}'
		},
		405
	],
	['the OpenAPI document', { method: 'GET', path: '/api/openapi.json' }, 200],
	[
		'the OpenAPI document, gzip',
		{ method: 'GET', path: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } },
		200
	],
	['the OpenAPI document, HEAD', { method: 'HEAD', path: '/api/openapi.json' }, 200],
	['a POST to the OpenAPI document', { path: '/api/openapi.json', headers: json, body: '{}' }, 405],
	[
		'the whole catalog ranked',
		{ path: '/api/recommend', headers: json, body: JSON.stringify(recommendRequest) },
		200
	],
	[
		'a ranking with a filter out of its list',
		{ path: '/api/recommend', headers: json, body: '{"runner":{},"filters":{"width":"narrow"}}' },
		422
	],
	['a GET of the ranking', { method: 'GET', path: '/api/recommend' }, 405],
	[
		'a ranking sent as a form',
		{ path: '/api/recommend', headers: { 'content-type': 'text/plain' }, body: '{}' },
		415
	],
	['a path outside the table', { method: 'GET', path: '/api/nothing' }, 404],
	['a trailing slash', { path: '/api/assess/', headers: json, body: valid }, 308]
];

test.describe('the fast path and SvelteKit’s route answer alike', () => {
	for (const [label, sent, status] of cases) {
		test(`${label}: ${status}`, async () => {
			expect((await expectSameAnswer(sent)).status).toBe(status);
		});
	}

	test('random bodies get the same answers', async () => {
		const bodies = fc.oneof(
			fc.jsonValue().map((v) => JSON.stringify(v)),
			fc.string(),
			fc
				.constantFrom(...Object.keys(exampleRequest.runner))
				.map((key) => valid.replace(`"${key}":`, `"${key}":"x",`))
		);
		await fc.assert(
			fc.asyncProperty(
				bodies,
				async (body) => void (await expectSameAnswer({ headers: json, body }))
			),
			{ numRuns: 100, interruptAfterTimeLimit: 10_000 }
		);
	});

	test('random rankings get the same answers', async () => {
		const filters = fc.record(
			{
				q: fc.constantFrom('', 'nimbus', 'pegasus 4'),
				current: fc.oneof(fc.boolean(), fc.constant('no')),
				maxDrop: fc.oneof(fc.integer({ min: -10, max: 30 }), fc.string()),
				support: fc.constantFrom('neutral', 'stability', 'motion-control'),
				sort: fc.constantFrom('drop', 'toebox', 'weight', 'price', 'nope'),
				dir: fc.constantFrom('asc', 'desc')
			},
			{ requiredKeys: [] }
		);
		await fc.assert(
			fc.asyncProperty(filters, fc.integer({ min: 0, max: 60 }), async (f, limit) => {
				const body = JSON.stringify({ runner: exampleRequest.runner, filters: f, limit });
				await expectSameAnswer({ path: '/api/recommend', headers: json, body });
			}),
			{ numRuns: 60, interruptAfterTimeLimit: 10_000 }
		);
	});
});
