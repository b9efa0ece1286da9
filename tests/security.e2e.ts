import { expect, test, type APIResponse } from '@playwright/test';
import { spawn } from 'node:child_process';
import { exampleRequest } from './requests.js';

const strictFallback = "default-src 'none'; frame-ancestors 'none'";

function expectCommonHeaders(response: APIResponse) {
	const h = response.headers();
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('same-origin');
	expect(h['permissions-policy']).toContain('camera=()');
	expect(h['x-frame-options']).toBe('DENY');
	const csp = h['content-security-policy'] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).not.toContain('unsafe-eval');
	return csp;
}

test.describe('security headers on every response of the built server', () => {
	// /check, not the home page: the home page sends no script (csr = false), so kit gives its
	// script-src no nonce.
	for (const [label, path] of [
		['a hydrated page (/check)', '/check'],
		['a 404 page', '/no-such-page']
	] as const) {
		test(`${label}: kit.csp with a nonce`, async ({ request }) => {
			const response = await request.get(path);
			const csp = expectCommonHeaders(response);
			expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
			expect(csp).toContain("object-src 'none'");
			expect(csp).toContain("base-uri 'self'");
			expect(csp).toContain("style-src 'self'");
		});
	}

	test('an asset under /_app/immutable (served before any hook runs)', async ({ request }) => {
		const html = await (await request.get('/check')).text();
		const asset = html.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
		expect(asset, '/check links an immutable script').toBeDefined();
		const response = await request.get(asset as string);
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toContain('immutable');
		expect(expectCommonHeaders(response)).toBe(strictFallback);
	});

	test('a static file', async ({ request }) => {
		const response = await request.get('/favicon.svg');
		expect(response.status()).toBe(200);
		expect(expectCommonHeaders(response)).toBe(strictFallback);
	});

	test('the OpenAPI document', async ({ request }) => {
		const response = await request.get('/api/openapi.json');
		expect(response.status()).toBe(200);
		expect(expectCommonHeaders(response)).toBe(strictFallback);
	});

	for (const [label, data] of [
		['a 200', JSON.stringify(exampleRequest)],
		['a 400', 'NaN'],
		['a 422', '{}']
	] as const) {
		test(`the API: ${label}`, async ({ request }) => {
			const response = await request.post('/api/assess', {
				data: Buffer.from(data),
				headers: { 'content-type': 'application/json' }
			});
			expect(String(response.status())).toBe(label.slice(2));
			expect(expectCommonHeaders(response)).toBe(strictFallback);
			expect(response.headers()['cache-control']).toBe('no-store');
		});
	}

	test('the API: a 405', async ({ request }) => {
		const response = await request.get('/api/assess');
		expect(response.status()).toBe(405);
		expect(expectCommonHeaders(response)).toBe(strictFallback);
	});
});

test.describe('compression (server/index.js)', () => {
	// Node's fetch asks for br/gzip and decodes them, so the text read is what a browser sees.
	for (const [label, path, init] of [
		['a results page', '/compare?pick=nike-pegasus-41&pick=nike-vomero-18', undefined],
		[
			'an API answer',
			'/api/assess',
			{
				method: 'POST',
				body: JSON.stringify(exampleRequest),
				headers: { 'content-type': 'application/json' }
			}
		]
	] as const) {
		test(`${label} is compressed for a client that accepts it, and identical when decoded`, async ({
			baseURL
		}) => {
			const plain = await fetch(`${baseURL}${path}`, {
				...init,
				headers: { ...init?.headers, 'accept-encoding': 'identity' }
			});
			const packed = await fetch(`${baseURL}${path}`, init);
			expect(plain.headers.get('content-encoding')).toBeNull();
			expect(packed.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
			expect(packed.headers.get('vary')).toContain('Accept-Encoding');
			expect(packed.headers.get('x-content-type-options')).toBe('nosniff');
			const [a, b] = [await plain.text(), await packed.text()];
			// Pages differ only by their per-response CSP nonce.
			const nonceless = (text: string) => text.replace(/nonce="[^"]+"/g, 'nonce=""');
			expect(nonceless(b)).toBe(nonceless(a));
			expect(a.length).toBeGreaterThan(1000);
		});
	}

	test('the server keeps serving compressed pages after a refused 2 MB body', async ({
		baseURL
	}) => {
		const big = await fetch(`${baseURL}/api/assess`, {
			method: 'POST',
			body: 'x'.repeat(2 * 1024 * 1024),
			headers: { 'content-type': 'application/json' }
		});
		expect(big.status).toBe(413);
		const next = await fetch(`${baseURL}/check`);
		expect(next.status).toBe(200);
		expect(next.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
	});
});

test.describe('CSRF', () => {
	// SvelteKit refuses cross-origin form posts before routing, so this holds for /check's
	// form actions; the same-origin twin shows the 403 comes from the origin alone.
	test('a cross-origin form POST to /check is refused with 403', async ({ request, baseURL }) => {
		const form = { 'runner.age': '38' };
		const cross = await request.post('/check', {
			form,
			headers: { origin: 'https://evil.example' }
		});
		expect(cross.status()).toBe(403);
		const same = await request.post('/check', { form, headers: { origin: baseURL as string } });
		expect(same.status()).not.toBe(403);
	});
});

test('the OpenAPI document describes the API from the schema', async ({ request }) => {
	const doc = await (await request.get('/api/openapi.json')).json();
	expect(doc.openapi).toBe('3.1.0');
	const responses = doc.paths['/api/assess'].post.responses;
	expect(Object.keys(responses).sort()).toEqual(['200', '400', '405', '413', '415', '422']);
	const { Shoe, Runner, AssessRequest } = doc.components.schemas;
	expect(AssessRequest.required).toEqual(['runner', 'shoes']);
	expect(Object.keys(Shoe.properties)).toEqual(Object.keys(exampleRequest.shoes[0] ?? {}));
	expect(Object.keys(Runner.properties)).toEqual(Object.keys(exampleRequest.runner));
	expect(Shoe.properties.heelDropMm).toEqual({ type: 'number', minimum: -5, maximum: 25 });
});

test('`npm start` without ORIGIN: same-origin form posts work over plain http, cross-site ones get 403', async ({
	request
}) => {
	// The README's run command sets no ORIGIN; adapter-node alone would assume https and refuse
	// every form as cross-site. A second server, on its own port, without ORIGIN.
	const port = Number(process.env.TEST_PORT ?? 4173) + 31;
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
	delete env.ORIGIN;
	const server = spawn(process.execPath, ['server'], { env, stdio: 'ignore' });
	try {
		const base = `http://127.0.0.1:${port}`;
		await expect
			.poll(() =>
				fetch(`${base}/`).then(
					(r) => r.status,
					() => 0
				)
			)
			.toBe(200);
		const post = (origin: string) =>
			request.post(`${base}/check`, {
				form: { 'shoes.0.name': 'Racer', 'shoes.0.heelDropMm': '4' },
				headers: { origin, accept: 'text/html' }
			});
		expect((await post(base)).status()).toBe(200);
		expect((await post('https://evil.example')).status()).toBe(403);
	} finally {
		server.kill();
	}
});
