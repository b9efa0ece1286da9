import { expect, test, type APIRequestContext } from '@playwright/test';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import * as fc from 'fast-check';
import {
	FACTORS,
	FINDING_IDS,
	TIP_IDS,
	TRIAGE_LEVELS,
	type Assessment
} from '../src/lib/risk/schema';
import { exampleRequest, recommendRequest, sixShoeRequest } from './requests.js';
import { toShoeInput } from '../src/lib/catalog/to-shoe-input';
import type { CatalogShoe } from '../src/lib/catalog/schema';

const json = { 'content-type': 'application/json' };

/** A Buffer, because Playwright JSON-encodes a string body sent as JSON if it does not parse. */
function assess(request: APIRequestContext, data: string, headers = json) {
	return request.post('/api/assess', { data: Buffer.from(data), headers });
}

test.describe('POST /api/assess answers', () => {
	test('a valid request with the whole shape of the contract', async ({ request }) => {
		const response = await assess(request, JSON.stringify(sixShoeRequest));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		const body: Assessment = await response.json();
		expect(typeof body.model).toBe('string');
		expect(body.model.length).toBeGreaterThan(0);
		expect(TRIAGE_LEVELS).toContain(body.triage.level);
		expect(body.triage.reasons).toEqual([]);
		expect(body.results).toHaveLength(6);
		body.results.forEach((result, i) => {
			expect(result.shoe).toBe(sixShoeRequest.shoes[i]?.name);
			expect(Object.keys(result.factors).sort()).toEqual([...FACTORS].sort());
			// Every finding is listed for every shoe, unknown ones included.
			expect(result.findings.map((f) => f.id).sort()).toEqual([...FINDING_IDS].sort());
			for (const tip of result.tips) expect(TIP_IDS).toContain(tip.id);
		});
		expect([...body.ranking].sort()).toEqual([0, 1, 2, 3, 4, 5]);
		// Ranked from lowest index to highest.
		const indices = body.ranking.map((i) => body.results[i]?.index ?? Infinity);
		expect(indices).toEqual([...indices].sort((a, b) => a - b));
	});

	test("the README's curl example (tests/example.json) is the contract's example and answers 200", async ({
		request
	}) => {
		const file = await readFile(new URL('./example.json', import.meta.url), 'utf8');
		expect(JSON.parse(file)).toEqual(exampleRequest);
		const response = await assess(request, file);
		expect(response.status()).toBe(200);
		const body = (await response.json()) as Assessment;
		expect(body.results.map((r) => r.shoe)).toEqual(['Daily trainer']);
	});

	test('Content-Type with a charset is accepted', async ({ request }) => {
		const response = await assess(request, JSON.stringify(exampleRequest), {
			'content-type': 'application/json; charset=utf-8'
		});
		expect(response.status()).toBe(200);
	});

	test('red flags come back in the triage', async ({ request }) => {
		const body = { ...exampleRequest, runner: { redFlags: ['sudden-pop'] } };
		const response = await assess(request, JSON.stringify(body));
		expect(response.status()).toBe(200);
		const { triage } = await response.json();
		expect(triage.level).not.toBe('none');
		expect(triage.reasons).toEqual(['sudden-pop']);
	});
});

test.describe('POST /api/assess refuses', () => {
	for (const [label, data] of [
		['a literal NaN', 'NaN'],
		['an empty body', ''],
		['broken JSON', '{"runner":{},"shoes":[']
	] as const) {
		test(`${label} with 400`, async ({ request }) => {
			const response = await assess(request, data);
			expect(response.status()).toBe(400);
			expect(await response.json()).toEqual({ error: expect.any(String) });
		});
	}

	test('JSON nested 80 000 deep (under the size limit) with 422, not a crash', async ({
		request
	}) => {
		const depth = 80_000;
		const data = `{"runner":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"shoes":[]}`;
		const response = await assess(request, data);
		expect(response.status()).toBe(422);
		expect(await response.json()).toHaveProperty('errors');
	});

	test('JSON that breaks the schema with 422 and dot paths', async ({ request }) => {
		const body = { runner: { age: 'old' }, shoes: [{ name: 'a', heelDropMm: 40 }] };
		const response = await assess(request, JSON.stringify(body));
		expect(response.status()).toBe(422);
		const { errors } = await response.json();
		expect(errors.map((e: { path: string }) => e.path).sort()).toEqual([
			'runner.age',
			'shoes.0.heelDropMm'
		]);
		for (const e of errors) expect(e.message).toEqual(expect.any(String));
	});

	const otherTypes = [
		'application/xml',
		'text/plain',
		'application/x-www-form-urlencoded',
		'multipart/form-data; boundary=x'
	];
	for (const type of otherTypes) {
		for (const origin of ['none', 'same', 'cross'] as const) {
			test(`${type}, ${origin} origin, with a JSON 415`, async ({ request, baseURL }) => {
				// The form types included: SvelteKit's CSRF check would answer them with a plain-text
				// 403 before the route runs (server/index.js passes them on as another type).
				const headers: { 'content-type': string; origin?: string } = { 'content-type': type };
				if (origin === 'same') headers.origin = baseURL as string;
				if (origin === 'cross') headers.origin = 'https://evil.example';
				const response = await assess(request, JSON.stringify(exampleRequest), headers);
				expect(response.status()).toBe(415);
				expect(await response.json()).toEqual({
					error: 'Send the request as Content-Type: application/json'
				});
			});
		}
	}

	test('a cross-site form-type PUT with the JSON 405', async ({ request }) => {
		const response = await request.fetch('/api/assess', {
			method: 'PUT',
			headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
			data: '{}'
		});
		expect(response.status()).toBe(405);
		expect(response.headers()['allow']).toBe('POST');
		expect(await response.json()).toEqual({ error: expect.any(String) });
	});

	for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
		test(`${method} with 405 and Allow: POST`, async ({ request }) => {
			const response = await request.fetch('/api/assess', { method });
			expect(response.status()).toBe(405);
			expect(response.headers()['allow']).toBe('POST');
			if (method !== 'HEAD') expect(await response.json()).toEqual({ error: expect.any(String) });
		});
	}
});

test.describe('body size limit (adapter-node BODY_SIZE_LIMIT, 512K by default)', () => {
	const big = JSON.stringify({ ...exampleRequest, padding: 'x'.repeat(2 * 1024 * 1024) });

	test('a 2 MB body gets 413 JSON and the server keeps answering', async ({ request }) => {
		const response = await assess(request, big);
		expect(response.status()).toBe(413);
		expect(await response.json()).toEqual({ error: expect.any(String) });
		const after = await assess(request, JSON.stringify(exampleRequest));
		expect(after.status()).toBe(200);
	});

	test('a 2 MB chunked body without Content-Length gets 413 JSON too', async ({ baseURL }) => {
		const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
			const req = http.request(
				new URL('/api/assess', baseURL),
				{ method: 'POST', headers: { ...json, 'transfer-encoding': 'chunked' } },
				(res) => {
					let body = '';
					res.setEncoding('utf8');
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
				}
			);
			// The server may answer and stop reading before the upload ends.
			req.on('error', reject);
			for (let i = 0; i < 32; i++) req.write(big.slice(i * 65536, (i + 1) * 65536));
			req.end();
		});
		expect(answer.status).toBe(413);
		expect(JSON.parse(answer.body)).toEqual({ error: expect.any(String) });
	});

	test('a body just under the limit is still read', async ({ request }) => {
		const padded = JSON.stringify(exampleRequest) + ' '.repeat(500 * 1024);
		expect((await assess(request, padded)).status()).toBe(200);
	});
});

test.describe('fuzzing (fast-check) never gets a 500', () => {
	// Each property is bounded so that the three together stay well under 30 s.
	const runs = { numRuns: 300, interruptAfterTimeLimit: 8_000 };
	const documented = [200, 400, 413, 415, 422];

	async function expectDocumented(request: APIRequestContext, data: string) {
		const response = await assess(request, data);
		expect(documented, `${response.status()} for ${data.slice(0, 200)}`).toContain(
			response.status()
		);
		const body = await response.json();
		if (response.status() === 422) expect(Array.isArray(body.errors)).toBe(true);
		else if (response.status() !== 200) expect(typeof body.error).toBe('string');
		return response.status();
	}

	test('random JSON values and strings', async ({ request }) => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.jsonValue().map((value) => JSON.stringify(value)),
					fc.string()
				),
				async (data) => void (await expectDocumented(request, data))
			),
			runs
		);
	});

	test('random mutations of a valid request', async ({ request }) => {
		const paths = leafPaths(sixShoeRequest);
		const mutation = fc.record({
			path: fc.constantFrom(...paths),
			value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double(), fc.string())
		});
		await fc.assert(
			fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
				const body = structuredClone(sixShoeRequest) as unknown as Record<string, unknown>;
				for (const { path, value } of edits) setPath(body, path, value);
				const status = await expectDocumented(request, JSON.stringify(body));
				expect([200, 422]).toContain(status);
			}),
			runs
		);
	});

	test('prototype pollution payloads are refused and pollute nothing', async ({ request }) => {
		const valid = JSON.stringify(exampleRequest);
		const before = await (await assess(request, valid)).json();
		const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
		const payload = fc.constantFrom(
			'{"polluted":true}',
			'{"prototype":{"polluted":true}}',
			'{"__proto__":{"polluted":true}}'
		);
		const where = fc.constantFrom('top', 'runner', 'shoe', 'pair');
		await fc.assert(
			fc.asyncProperty(key, payload, where, async (k, p, w) => {
				const injected = `"${k}":${p},`;
				const data = {
					top: valid.replace('{', `{${injected}`),
					runner: valid.replace('"runner":{', `"runner":{${injected}`),
					shoe: valid.replace('"shoes":[{', `"shoes":[{${injected}`),
					pair: valid.replace('"heelRaises":{', `"heelRaises":{${injected}`)
				}[w];
				expect(await expectDocumented(request, data)).toBe(422);
			}),
			{ numRuns: 60 }
		);
		// Had Object.prototype gained `polluted`, strict objects would see it on every input,
		// so the same valid request would now be refused or scored differently.
		const after = await assess(request, valid);
		expect(after.status()).toBe(200);
		expect(await after.json()).toEqual(before);
		const unknown = await assess(request, valid.replace('"runner":{', '"runner":{"polluted":1,'));
		expect((await unknown.json()).errors).toEqual([
			{ path: 'runner.polluted', message: 'Unknown field: polluted' }
		]);
	});
});

/** Every path to a leaf or container of a JSON value, as property lists. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	const here = path.length ? [path] : [];
	if (value === null || typeof value !== 'object') return here;
	const children = Object.entries(value).flatMap(([k, v]) =>
		leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k])
	);
	return [...here, ...children];
}

function setPath(root: Record<string, unknown>, path: (string | number)[], value: unknown) {
	let node: Record<string | number, unknown> = root;
	for (const key of path.slice(0, -1)) {
		const next = node[key];
		if (next === null || typeof next !== 'object') return;
		node = next as Record<string | number, unknown>;
	}
	node[path.at(-1) as string | number] = value;
}

function recommend(request: APIRequestContext, data: string, headers = json) {
	return request.post('/api/recommend', { data: Buffer.from(data), headers });
}

type Ranking = {
	model: string;
	triage: { level: string; reasons: string[] };
	total: number;
	tiedAtTop: number;
	shoes: { id: string; name: string; index: number | null; band: string; why: string[] }[];
};

test.describe('POST /api/recommend', () => {
	test('ranks the filtered catalog lowest index first, ties counted whole', async ({ request }) => {
		const response = await recommend(request, JSON.stringify(recommendRequest));
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('no-store');
		const body: Ranking = await response.json();
		expect(body.total).toBe(461);
		expect(body.shoes).toHaveLength(10);
		const indexes = body.shoes.map((s) => s.index ?? Infinity);
		expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
		expect(body.tiedAtTop).toBeGreaterThanOrEqual(
			body.shoes.filter((s) => s.index === body.shoes[0]?.index).length
		);
		for (const s of body.shoes) expect(s.why.length).toBeGreaterThan(0);
		// the first scores as /api/assess scores its catalog figures
		const first = body.shoes[0]!;
		const query = `q=${encodeURIComponent(first.name)}&current=false&limit=100`;
		const found = (await (await request.get(`/api/shoes?${query}`)).json()) as {
			shoes: CatalogShoe[];
		};
		const shoe = found.shoes.find((s) => s.id === first.id)!;
		const assessed = await assess(
			request,
			JSON.stringify({ runner: recommendRequest.runner, shoes: [toShoeInput(shoe)] })
		);
		const [result] = ((await assessed.json()) as Assessment).results;
		expect([first.index, first.band]).toEqual([result?.index, result?.band]);
	});

	test('under an emergency sign answers the triage and no shoes', async ({ request }) => {
		const runner = { ...exampleRequest.runner, redFlags: ['cold-pale-foot'] };
		const response = await recommend(request, JSON.stringify({ runner }));
		expect(response.status()).toBe(200);
		expect(await response.json()).toMatchObject({
			triage: { level: 'emergency' },
			total: 0,
			tiedAtTop: 0,
			shoes: []
		});
	});

	test('refuses a bad filter with its dot path, and methods and types with JSON', async ({
		request
	}) => {
		const bad = await recommend(
			request,
			JSON.stringify({ runner: {}, filters: { support: 'motion-control', maxDrop: '8' }, limit: 0 })
		);
		expect(bad.status()).toBe(422);
		const paths = (await bad.json()).errors.map((e: { path: string }) => e.path);
		expect(paths).toEqual(expect.arrayContaining(['filters.support', 'filters.maxDrop', 'limit']));
		const form = await recommend(request, 'runner=1', {
			'content-type': 'application/x-www-form-urlencoded'
		});
		expect(form.status()).toBe(415);
		const get = await request.fetch('/api/recommend', { method: 'GET' });
		expect(get.status()).toBe(405);
		expect(get.headers()['allow']).toBe('POST');
		expect((await recommend(request, '{"runner":')).status()).toBe(400);
	});

	test.describe('fuzzing never gets a 500', () => {
		const runs = { numRuns: 150, interruptAfterTimeLimit: 8_000 };
		async function expectDocumented(request: APIRequestContext, data: string) {
			const response = await recommend(request, data);
			expect([200, 400, 413, 415, 422], `${response.status()} for ${data.slice(0, 200)}`).toContain(
				response.status()
			);
			const body = await response.json();
			if (response.status() === 422) expect(Array.isArray(body.errors)).toBe(true);
			return response.status();
		}

		test('random JSON values', async ({ request }) => {
			await fc.assert(
				fc.asyncProperty(
					fc.jsonValue().map((value) => JSON.stringify(value)),
					async (data) => void (await expectDocumented(request, data))
				),
				runs
			);
		});

		test('random mutations of a valid request, prototype keys included', async ({ request }) => {
			const paths = [...leafPaths(recommendRequest), ['filters', 'support'], ['filters', 'sort']];
			const mutation = fc.record({
				path: fc.constantFrom(...paths),
				value: fc.oneof(
					fc.jsonValue(),
					fc.constant(undefined),
					fc.double(),
					fc.string(),
					fc.constantFrom('neutral', 'drop', 'desc')
				)
			});
			await fc.assert(
				fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
					const body = structuredClone(recommendRequest) as unknown as Record<string, unknown>;
					for (const { path, value } of edits) setPath(body, path, value);
					expect([200, 422]).toContain(await expectDocumented(request, JSON.stringify(body)));
				}),
				runs
			);
			for (const where of ['{', '"filters":{', '"runner":{']) {
				const data = JSON.stringify(recommendRequest).replace(
					where,
					`${where}"__proto__":{"x":1},`
				);
				expect(await expectDocumented(request, data)).toBe(422);
			}
		});
	});
});
