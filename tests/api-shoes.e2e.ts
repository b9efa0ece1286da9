// GET /api/shoes: the catalog as JSON (filters, paging, 422 with dot paths, 405 with Allow),
// and fast-check fuzzing of the query string: no query ever gets a 500.
import { expect, test } from '@playwright/test';
import * as fc from 'fast-check';

type Shoe = {
	id: string;
	brand: string;
	name: string;
	current: boolean;
	lab: { source: string; dropMm?: number } | null;
	stated: { dropMm?: number } | null;
	previousVersion: string | null;
	nextVersion: string | null;
	sources: string[];
	support: string | null;
	widths: string[];
};
type List = { total: number; shoes: Shoe[] };

test.describe('GET /api/shoes answers', () => {
	test('the current shoes by default, 50 at a time, each with the fields of the contract', async ({
		request
	}) => {
		const response = await request.get('/api/shoes');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		const body: List = await response.json();
		expect(body.total).toBe(274);
		expect(body.shoes).toHaveLength(50);
		for (const s of body.shoes) {
			expect(s.current).toBe(true);
			for (const key of ['id', 'brand', 'name', 'lab', 'stated', 'previousVersion', 'nextVersion'])
				expect(s).toHaveProperty(key);
			expect(Array.isArray(s.sources)).toBe(true);
			if (s.lab) expect(s.lab.source).toMatch(/^https:\/\/runrepeat\.com\//);
		}
	});

	test('current=false for all 461, paged by limit and offset without gaps', async ({ request }) => {
		const ids: string[] = [];
		for (let offset = 0; offset < 461; offset += 100) {
			const body: List = await (
				await request.get(`/api/shoes?current=false&limit=100&offset=${offset}`)
			).json();
			expect(body.total).toBe(461);
			ids.push(...body.shoes.map((s) => s.id));
		}
		expect(new Set(ids).size).toBe(461);
	});

	test('filters: q with a typo, drop range, support and width', async ({ request }) => {
		const q = (await (await request.get('/api/shoes?q=nimubs&current=false')).json()) as List;
		expect(q.shoes.map((s) => s.name)).toEqual(
			expect.arrayContaining(['ASICS Gel Nimbus 27', 'ASICS Gel Nimbus 28'])
		);
		const body: List = await (
			await request.get('/api/shoes?minDrop=4&maxDrop=6&support=stability&width=wide&limit=100')
		).json();
		expect(body.total).toBeGreaterThan(0);
		for (const s of body.shoes) {
			expect(s.lab?.dropMm).toBeGreaterThanOrEqual(4);
			expect(s.lab?.dropMm).toBeLessThanOrEqual(6);
			expect(s.support).toBe('stability');
			expect(s.widths).toContain('wide');
		}
	});

	test('the stated figures beside the lab ones, and the version neighbours', async ({
		request
	}) => {
		const body: List = await (await request.get('/api/shoes?q=pegasus%2041&current=false')).json();
		const peg = body.shoes.find((s) => s.id === 'nike-pegasus-41');
		expect(peg).toMatchObject({
			lab: { dropMm: 11.4, source: 'https://runrepeat.com/nike-pegasus-41' },
			stated: { dropMm: 10 },
			previousVersion: 'nike-pegasus-40',
			nextVersion: 'nike-pegasus-42'
		});
	});
});

test.describe('GET /api/shoes refuses', () => {
	for (const [query, path] of [
		['limit=0', 'query.limit'],
		['limit=101', 'query.limit'],
		['limit=abc', 'query.limit'],
		['offset=-3', 'query.offset'],
		['current=maybe', 'query.current'],
		['minDrop=x', 'query.minDrop'],
		['maxDrop=99', 'query.maxDrop'],
		['support=motion-control', 'query.support'],
		['width=narrow', 'query.width']
	] as const) {
		test(`${query} with 422 at ${path}`, async ({ request }) => {
			const response = await request.get(`/api/shoes?${query}`);
			expect(response.status()).toBe(422);
			const body = await response.json();
			expect(body.errors).toEqual([{ path, message: expect.any(String) }]);
		});
	}

	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
		test(`${method} with 405 and Allow: GET, HEAD`, async ({ request }) => {
			const response = await request.fetch('/api/shoes', {
				method,
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: 'https://evil.example'
				},
				data: 'a=1'
			});
			expect(response.status()).toBe(405);
			expect(response.headers()['allow']).toBe('GET, HEAD');
			expect(typeof (await response.json()).error).toBe('string');
		});
	}
});

test.describe('fuzzing the query (fast-check) never gets a 500', () => {
	const runs = { numRuns: 300, interruptAfterTimeLimit: 8_000 };
	const KEYS = [
		'q',
		'current',
		'minDrop',
		'maxDrop',
		'minToeBox',
		'minStack',
		'maxStack',
		'maxWeight',
		'support',
		'plate',
		'width',
		'sort',
		'dir',
		'limit',
		'offset',
		'x'
	];
	const value = fc.oneof(
		fc.string(),
		fc.double().map(String),
		fc.integer({ min: -10, max: 200 }).map(String),
		fc.constantFrom(
			'true',
			'false',
			'neutral',
			'stability',
			'wide',
			'extra-wide',
			'drop',
			'desc',
			''
		)
	);

	test('random query strings answer 200 or 422, each a JSON body of its kind', async ({
		request
	}) => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 6 }),
				async (pairs) => {
					const qs = new URLSearchParams(pairs).toString();
					const response = await request.get(`/api/shoes?${qs}`);
					expect([200, 422], `${response.status()} for ${qs}`).toContain(response.status());
					const body = await response.json();
					if (response.status() === 422) {
						expect(body.errors.length).toBeGreaterThan(0);
						for (const e of body.errors) expect(e.path).toMatch(/^query\.\w+$/);
					} else {
						expect(body.shoes.length).toBeLessThanOrEqual(100);
						expect(body.total).toBeGreaterThanOrEqual(body.shoes.length);
					}
				}
			),
			runs
		);
	});

	test('raw query strings with stray % signs, = and & too', async ({ request }) => {
		const unit = fc.constantFrom('%', '&', '=', 'q', 'limit', '1', '-', '.', '+', 'é', '%2', '%G');
		await fc.assert(
			fc.asyncProperty(fc.string({ unit, maxLength: 20 }), async (raw) => {
				const response = await request.get(`/api/shoes?${raw}`);
				expect([200, 422], `${response.status()} for ${raw}`).toContain(response.status());
			}),
			{ numRuns: 100, interruptAfterTimeLimit: 5_000 }
		);
	});
});
