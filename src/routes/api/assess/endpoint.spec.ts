import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { assessEndpoint, methodNotAllowed } from './endpoint';

// The error paths must answer before the engine runs; reaching it fails the test.
const POST = assessEndpoint(() => {
	throw new Error('the engine must not run for a refused request');
});

const event = (request: Request) => ({ request }) as RequestEvent;
const valid = JSON.stringify({ runner: {}, shoes: [{ name: 'a', heelDropMm: 1 }] });

function post(body: BodyInit | null, contentType: string | null) {
	const headers = new Headers();
	if (contentType) headers.set('content-type', contentType);
	return POST(event(new Request('http://x/api/assess', { method: 'POST', body, headers })));
}

describe('POST /api/assess errors', () => {
	it.each([
		['text/plain', valid, 'text/plain'],
		['no content type', valid, null],
		['form data', 'runner=1', 'application/x-www-form-urlencoded'],
		['json-ish type', valid, 'application/jsonx']
	])('415 for %s', async (_label, body, type) => {
		const response = await post(body, type);
		expect(response.status).toBe(415);
		expect(await response.json()).toEqual({ error: expect.stringContaining('application/json') });
	});

	it.each([
		['a literal NaN', 'NaN'],
		['an empty body', ''],
		['truncated JSON', valid.slice(0, -1)],
		['single quotes', "{'runner':{}}"]
	])('400 for %s', async (_label, body) => {
		const response = await post(body, 'application/json');
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ error: expect.stringContaining('JSON') });
	});

	it.each([
		[
			'a drop out of range',
			{ runner: {}, shoes: [{ name: 'a', heelDropMm: 40 }] },
			'shoes.0.heelDropMm'
		],
		['null for the runner', { runner: null, shoes: [{ name: 'a', heelDropMm: 1 }] }, 'runner'],
		['an array', [], 'runner'],
		['__proto__', JSON.parse('{"__proto__":{"x":1},"runner":{},"shoes":[]}'), '__proto__']
	])('422 with dot paths for %s', async (_label, body, path) => {
		const response = await post(JSON.stringify(body), 'application/json; charset=utf-8');
		expect(response.status).toBe(422);
		const { errors } = await response.json();
		expect(errors).toContainEqual({ path, message: expect.any(String) });
	});

	it('413 when the body stream is refused for its size', async () => {
		const tooLarge = new ReadableStream({
			start(controller) {
				controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
			}
		});
		const response = await POST(
			event(
				new Request('http://x/api/assess', {
					method: 'POST',
					body: tooLarge,
					headers: { 'content-type': 'application/json' },
					duplex: 'half'
				} as RequestInit)
			)
		);
		expect(response.status).toBe(413);
		expect(await response.json()).toEqual({ error: expect.any(String) });
	});

	it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
		'405 with Allow: POST for %s',
		async (m) => {
			const response = await methodNotAllowed(
				event(new Request('http://x/api/assess', { method: m }))
			);
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('POST');
			expect(await response.json()).toEqual({ error: expect.stringContaining(m) });
		}
	);

	it('never lets an answer be cached', async () => {
		const response = await post('NaN', 'application/json');
		expect(response.headers.get('cache-control')).toBe('no-store');
	});
});
