import { expect, test, type APIRequestContext } from '@playwright/test';
import * as fc from 'fast-check';
import { RUNNER_FIELDS, SHOE_FIELDS } from '../src/lib/form/fields';
import { RED_FLAGS } from '../src/lib/risk/schema';

/**
 * Property-based fuzzing of every form action against the built server (issue #6): whatever
 * fields a browser (or anything else) posts, /check and /compare answer the page (200) or the
 * page with its errors (400), never a 500, and keep answering.
 */

const fieldNames = [
	...Object.keys(RUNNER_FIELDS).map((k) => `runner.${k}`),
	...Array.from({ length: 8 }, (_, w) => `runner.weeklyKm.${w}`),
	...RED_FLAGS.map((f) => `runner.redFlags.${f}`),
	...[0, 1, 5, 6, 7].flatMap((i) => Object.keys(SHOE_FIELDS).map((k) => `shoes.${i}.${k}`)),
	'units.length',
	'units.distance',
	'units.from.length',
	'units.from.distance',
	'slot',
	'catalog',
	'catalogQuery',
	'pick',
	'__proto__',
	'constructor.prototype.polluted',
	'shoes.__proto__.x',
	'runner.heelRaises'
];

const hostileValues = [
	'',
	'0',
	'-0',
	'1e308',
	'-1e308',
	'NaN',
	'Infinity',
	'0x10',
	'12,5',
	' 7 ',
	'true',
	'false',
	'mi',
	'in',
	'0',
	'99',
	'-1',
	'1e9',
	'nike-pegasus-41',
	'{"__proto__":{"polluted":1}}',
	'<script>alert(1)</script>',
	'x'.repeat(500)
];

const value = fc.oneof(
	fc.constantFrom(...hostileValues),
	fc.double({ noNaN: false }).map(String),
	fc.integer({ min: -1000, max: 1000 }).map(String),
	fc.string({ maxLength: 40 })
);
const field = fc.tuple(
	fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 30 })),
	value
);
const body = fc.array(field, { maxLength: 40 });

async function post(request: APIRequestContext, path: string, fields: [string, string][]) {
	const form = new URLSearchParams(fields);
	return request.post(path, {
		data: form.toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			// As a browser without JavaScript posts it: the answer is the rendered page.
			accept: 'text/html',
			origin: new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin
		},
		maxRedirects: 0
	});
}

// Every action of /compare: each must take any fields (a slot that is no shoe, an unknown
// catalog id) as calmly as the comparison does.
const COMPARE_ACTIONS = ['compare', 'add', 'remove', 'find', 'pick', 'units'];
const paths = ['/check', ...COMPARE_ACTIONS.map((action) => `/compare?/${action}`)];

for (const path of paths) {
	test(`any form posted to ${path} gets the page or its errors, never a 500`, async ({
		request
	}) => {
		await fc.assert(
			fc.asyncProperty(body, async (fields) => {
				const response = await post(request, path, fields);
				expect([200, 400]).toContain(response.status());
			}),
			{ numRuns: path === '/check' ? 150 : 40 }
		);
		// Still serving, and a valid answer still scores.
		const ok = await post(request, path, [
			['shoes.0.name', 'Daily trainer'],
			['shoes.0.heelDropMm', '10'],
			['shoes.1.name', 'Racer'],
			['shoes.1.heelDropMm', '4'],
			['units.length', 'mm'],
			['units.distance', 'km']
		]);
		expect(ok.status()).toBe(200);
		expect(await ok.text()).toContain('Calf-risk index');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
}
