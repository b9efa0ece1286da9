import { describe, expect, it } from 'vitest';
import { answer } from './sveltekit';
import { messages } from './http';

const valid = JSON.stringify({ runner: {}, shoes: [{ name: 'a', heelDropMm: 1 }] });

function call(path: string, init: RequestInit & { duplex?: 'half' } = {}) {
	const url = new URL(`http://x${path}`);
	return answer(url.pathname, new Request(url, init), url);
}

describe('the SvelteKit adapter', () => {
	it('answers a route with its length and JSON', async () => {
		const response = await call('/api/assess', {
			method: 'POST',
			body: valid,
			headers: { 'content-type': 'application/json' }
		});
		expect(response.status).toBe(200);
		const text = await response.text();
		expect(response.headers.get('content-length')).toBe(
			String(new TextEncoder().encode(text).length)
		);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(JSON.parse(text).results).toHaveLength(1);
	});

	it('answers a path outside the table with a JSON 404', async () => {
		const response = await call('/api/nothing-here');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual({ error: expect.any(String) });
	});

	it.each([
		[
			'maps adapter-node’s 413 while reading to the JSON 413',
			Object.assign(new Error('Payload Too Large'), { status: 413 }),
			413,
			messages.tooLarge
		],
		['answers another failure to read with a 400', new Error('reset'), 400, messages.unreadable]
	])('%s', async (_label, failure, status, error) => {
		const body = new ReadableStream({
			start(controller) {
				controller.error(failure);
			}
		});
		const response = await call('/api/assess', {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' },
			duplex: 'half'
		});
		expect(response.status).toBe(status);
		expect(await response.json()).toEqual({ error });
	});

	it('gives 405 with Allow from the table', async () => {
		const response = await call('/api/openapi.json', { method: 'DELETE' });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, HEAD');
	});
});
