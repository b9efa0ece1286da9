import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
	BodyTooLarge,
	allowedMethods,
	isJson,
	json,
	messages,
	respond,
	type ApiRequest,
	type ApiResponse,
	type OperationInput,
	type Route
} from './http';

const encoder = new TextEncoder();
const seen: OperationInput[] = [];

/** A POST that reads JSON and a GET that reads the query; both echo what they were given. */
const route: Route = {
	POST: {
		body: 'json',
		handle: (input) => (seen.push(input), json(200, { got: input.body }))
	},
	GET: { handle: ({ query }) => json(200, { q: query.get('q') }) }
};
/** An operation that must never run: every request here is refused before it. */
const refusing: Route = {
	POST: {
		body: 'json',
		handle: () => {
			throw new Error('the operation must not run for a refused request');
		}
	}
};

/** The answer refuses with this status and this JSON error message. */
function expectRefusal(answer: ApiResponse, status: number, error: string) {
	expect(answer.status).toBe(status);
	expect(JSON.parse(answer.body)).toEqual({ error });
}

function request(overrides: Partial<ApiRequest> & { body?: string | Uint8Array }): ApiRequest {
	const { body = '', ...rest } = overrides;
	const bytes = typeof body === 'string' ? encoder.encode(body) : body;
	return {
		method: 'POST',
		search: '',
		contentType: 'application/json',
		readBody: () => Promise.resolve(bytes),
		...rest
	};
}

describe('respond: refusals, before any operation runs', () => {
	it.each([
		['text/plain', 'text/plain'],
		['no content type', undefined],
		['null content type', null],
		['a form', 'application/x-www-form-urlencoded'],
		['multipart', 'multipart/form-data; boundary=x'],
		['a json-ish type', 'application/jsonx'],
		['json as a parameter', 'text/plain; type=application/json']
	])('415 for %s', async (_label, contentType) => {
		const readBody = vi.fn(() => Promise.resolve(new Uint8Array()));
		const answer = await respond(refusing, request({ contentType, readBody }));
		expectRefusal(answer, 415, messages.contentType);
		// The upload is not read for a request that is refused anyway.
		expect(readBody).not.toHaveBeenCalled();
	});

	it.each([
		['a literal NaN', 'NaN'],
		['an empty body', ''],
		['truncated JSON', '{"runner":{}'],
		['single quotes', "{'runner':{}}"],
		['two values', '{} {}']
	])('400 for %s', async (_label, body) => {
		const answer = await respond(refusing, request({ body }));
		expectRefusal(answer, 400, messages.notJson);
	});

	it.each([
		['rejects with BodyTooLarge', () => Promise.reject(new BodyTooLarge()), 413, messages.tooLarge],
		[
			'throws BodyTooLarge',
			() => {
				throw new BodyTooLarge();
			},
			413,
			messages.tooLarge
		],
		['fails otherwise', () => Promise.reject(new Error('reset')), 400, messages.unreadable]
	] as const)('when reading the body %s: %i', async (_label, readBody, status, message) => {
		const answer = await respond(refusing, request({ readBody }));
		expectRefusal(answer, status, message);
	});

	// `refusing` has a POST and nothing else, so every other method is sent to POST alone.
	it.each([
		'GET',
		'PUT',
		'DELETE',
		'PATCH',
		'OPTIONS',
		'HEAD',
		'TRACE',
		'constructor',
		'__proto__'
	])('405 for %s with Allow: POST', async (method) => {
		const answer = await respond(refusing, request({ method }));
		expectRefusal(answer, 405, `${method} is not allowed here; use POST`);
		expect(answer.headers.allow).toBe('POST');
	});

	it('405 on a GET route names GET and HEAD', async () => {
		const answer = await respond(route, request({ method: 'PUT' }));
		expect(answer.headers.allow).toBe('GET, HEAD, POST');
		expect(JSON.parse(answer.body).error).toBe('PUT is not allowed here; use GET or POST');
	});
});

describe('respond: answers', () => {
	it.each([
		['plain', 'application/json', '{"a":1}', { a: 1 }],
		['with a charset', 'application/json; charset=utf-8', '[1]', [1]],
		['upper case', 'Application/JSON', '2', 2],
		[
			'with a byte order mark, as a web Request reads it',
			'application/json',
			'\uFEFF{"a":1}',
			{ a: 1 }
		],
		[
			'invalid UTF-8 replaced, as a web Request reads it',
			'application/json',
			new Uint8Array([0x22, 0xff, 0x22]),
			'\uFFFD'
		]
	])('reads a JSON body: %s', async (_label, contentType, body, expected) => {
		const answer = await respond(route, request({ contentType, body }));
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.body)).toEqual({ got: expected });
	});

	it('hands the query string to the operation; HEAD is answered as GET', async () => {
		for (const method of ['GET', 'HEAD']) {
			const answer = respond(route, request({ method, search: 'q=a%20b&r=1' }));
			// No body to read: the answer is synchronous.
			expect(answer).not.toBeInstanceOf(Promise);
			expect(JSON.parse((await answer).body)).toEqual({ q: 'a b' });
		}
	});

	it('gives every answer JSON and no-store', async () => {
		for (const answer of [
			await respond(route, request({ body: '{}' })),
			await respond(route, request({ method: 'PUT' })),
			await respond(refusing, request({ contentType: 'text/plain' }))
		]) {
			expect(answer.headers['content-type']).toBe('application/json');
			expect(answer.headers['cache-control']).toBe('no-store');
		}
	});

	it('answers a defect in an operation with a JSON 500 and no stack', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const answer = await respond(refusing, request({ body: '{}' }));
		expectRefusal(answer, 500, messages.internal);
		expect(answer.body).not.toContain('at ');
		expect(error).toHaveBeenCalledOnce();
		error.mockRestore();
	});

	it('any bytes get a documented status and a JSON body (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.uint8Array({ maxLength: 64 }),
					fc.jsonValue().map((v) => encoder.encode(JSON.stringify(v) ?? ''))
				),
				fc.constantFrom('application/json', 'text/plain', undefined),
				async (body, contentType) => {
					const answer = await respond(route, request({ body, contentType }));
					expect([200, 400, 415]).toContain(answer.status);
					expect(() => JSON.parse(answer.body)).not.toThrow();
				}
			)
		);
	});
});

describe('helpers', () => {
	it.each([
		['application/json', true],
		[' application/json ; charset=utf-8', true],
		['APPLICATION/JSON', true],
		['application/json-patch+json', false],
		['', false],
		[undefined, false]
	])('isJson(%j) is %s', (type, expected) => {
		expect(isJson(type)).toBe(expected);
	});

	it.each([
		[{ POST: refusing.POST }, ['POST']],
		[{ GET: route.GET }, ['GET', 'HEAD']],
		[route, ['GET', 'HEAD', 'POST']]
	] as [Route, string[]][])('allowedMethods', (r, expected) => {
		expect(allowedMethods(r)).toEqual(expected);
	});
});
