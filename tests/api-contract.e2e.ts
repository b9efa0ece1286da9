import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import http from 'node:http';
import { exampleRequest, recommendRequest, sixShoeRequest } from './requests.js';

// Every answer the OpenAPI document promises is produced for real and checked against it:
// status, media type, body (Ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1) and the
// documented headers. A documented answer without a request below fails, and so does a
// request below that the document does not promise.

interface Sent {
	method: string;
	headers?: Record<string, string>;
	body?: string;
	/** A query string, with its `?`. */
	query?: string;
}

const json = { 'content-type': 'application/json' };
const valid = JSON.stringify(exampleRequest);

/** `METHOD path status` → a request that must get exactly that answer. */
const recipes: Record<string, Sent> = {
	'POST /api/assess 200': { method: 'POST', headers: json, body: JSON.stringify(sixShoeRequest) },
	'POST /api/assess 400': { method: 'POST', headers: json, body: 'NaN' },
	'POST /api/assess 405': { method: 'DELETE' },
	'POST /api/assess 413': { method: 'POST', headers: json, body: 'x'.repeat(600 * 1024) },
	'POST /api/assess 415': { method: 'POST', headers: { 'content-type': 'text/csv' }, body: valid },
	'POST /api/assess 422': {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ runner: { age: 5 }, shoes: [] })
	},
	'GET /api/shoes 200': { method: 'GET', query: '?q=pegasus&current=false&limit=3' },
	'GET /api/shoes 405': { method: 'POST', headers: json, body: '{}' },
	'GET /api/shoes 422': { method: 'GET', query: '?limit=1000' },
	'POST /api/recommend 200': {
		method: 'POST',
		headers: json,
		body: JSON.stringify(recommendRequest)
	},
	'POST /api/recommend 400': { method: 'POST', headers: json, body: '{"runner":' },
	'POST /api/recommend 405': { method: 'GET' },
	'POST /api/recommend 413': { method: 'POST', headers: json, body: 'x'.repeat(600 * 1024) },
	'POST /api/recommend 415': {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: 'runner=1'
	},
	'POST /api/recommend 422': {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ runner: {}, filters: { support: 'motion-control' } })
	},
	'GET /api/openapi.json 200': { method: 'GET' },
	'GET /api/openapi.json 405': { method: 'PUT', headers: json, body: '{}' }
};

interface Documented {
	description: string;
	headers?: Record<string, { schema: object }>;
	content?: Record<string, { schema: object }>;
}
type Paths = Record<string, Record<string, { responses: Record<string, Documented> }>>;

/** The document as served, with a validator for any schema inside it by JSON pointer. */
async function servedDocument(request: APIRequestContext) {
	const response = await request.get('/api/openapi.json');
	expect(response.status()).toBe(200);
	const document = await response.json();
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	// The formats the document uses (a catalog shoe's release `date`), checked, not ignored.
	addFormats(ajv);
	// The document's own top-level fields are not JSON Schema: declared, so strict mode allows
	// them, and the schemas inside are reached by pointer.
	ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'paths', 'components']);
	ajv.addSchema(document, 'openapi.json');
	const pointer = (...parts: string[]) =>
		parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
	return {
		paths: document.paths as Paths,
		validator: (...parts: string[]) => ajv.compile({ $ref: `openapi.json#/${pointer(...parts)}` })
	};
}

function send(baseURL: string, path: string, { method, headers, body, query = '' }: Sent) {
	return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
		(resolve, reject) => {
			const req = http.request(new URL(path + query, baseURL), { method, headers }, (res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c) => (text += c));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })
				);
			});
			req.on('error', reject);
			req.end(body);
		}
	);
}

test('every documented answer has a request here, and nothing else', async ({ request }) => {
	const { paths } = await servedDocument(request);
	const documented = Object.entries(paths).flatMap(([path, methods]) =>
		Object.entries(methods).flatMap(([method, operation]) =>
			Object.keys(operation.responses).map((s) => `${method.toUpperCase()} ${path} ${s}`)
		)
	);
	expect(documented.sort()).toEqual(Object.keys(recipes).sort());
});

for (const [key, sent] of Object.entries(recipes)) {
	test(`${key}: the real answer matches the document`, async ({ request, baseURL }) => {
		const [method, path, status] = key.split(' ') as [string, string, string];
		const { paths, validator } = await servedDocument(request);
		const at = ['paths', path, method.toLowerCase(), 'responses', status];
		const promised = paths[path]?.[method.toLowerCase()]?.responses[status];
		expect(promised, key).toBeDefined();

		const answer = await send(baseURL as string, path, sent);
		expect(answer.status).toBe(Number(status));
		for (const [name] of Object.entries(promised?.headers ?? {})) {
			const validate = validator(...at, 'headers', name, 'schema');
			expect(
				validate(answer.headers[name.toLowerCase()]),
				`${name}: ${JSON.stringify(validate.errors)}`
			).toBe(true);
		}
		const mediaTypes = Object.keys(promised?.content ?? {});
		expect(mediaTypes).toEqual(['application/json']);
		expect(answer.headers['content-type']).toBe('application/json');
		const validate = validator(...at, 'content', 'application/json', 'schema');
		const valid = validate(JSON.parse(answer.body));
		expect(valid, JSON.stringify(validate.errors, null, 1)).toBe(true);
	});
}

test('the validator refuses an answer that breaks the document', async ({ request }) => {
	// Guards the test itself: were the schemas not reached, everything would pass.
	const { validator } = await servedDocument(request);
	const assessment = validator(
		'paths',
		'/api/assess',
		'post',
		'responses',
		'200',
		'content',
		'application/json',
		'schema'
	);
	expect(
		assessment({ model: 'x', triage: { level: 'none', reasons: [] }, results: [], ranking: [] })
	).toBe(false);
	const errors = validator(
		'paths',
		'/api/assess',
		'post',
		'responses',
		'422',
		'content',
		'application/json',
		'schema'
	);
	expect(errors({ errors: [{ path: 'runner' }] })).toBe(false);
	expect(errors({ errors: [{ path: 'runner', message: 'Invalid' }] })).toBe(true);
});
