import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FiltersSchema, filtersToQuery, queryToFilters } from './filters';
import { parseShoeQuery } from './query';

describe('catalog filters as JSON', () => {
	it('mean what the same query string means', () => {
		const filters = {
			q: 'nimbus',
			current: false,
			minDrop: 4,
			maxDrop: 8,
			support: 'neutral'
		} as const;
		const parsed = parseShoeQuery(
			new URLSearchParams('q=nimbus&current=false&minDrop=4&maxDrop=8&support=neutral')
		);
		expect(parsed.ok && parsed.value).toEqual(filtersToQuery(v.parse(FiltersSchema, filters)));
	});

	it('round-trip from any query the page accepts', () => {
		const value = fc.record(
			{
				q: fc.constantFrom('', 'pegasus', 'asics nimbus'),
				current: fc.boolean(),
				maxDrop: fc.integer({ min: -5, max: 25 }),
				minToeBox: fc.integer({ min: 60, max: 140 }),
				support: fc.constantFrom('neutral', 'stability'),
				width: fc.constantFrom('wide', 'extra-wide'),
				plate: fc.constantFrom('none', 'carbon')
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(value, (raw) => {
				const params = new URLSearchParams(Object.entries(raw).map(([k, x]) => [k, String(x)]));
				const parsed = parseShoeQuery(params);
				expect(parsed.ok).toBe(true);
				if (!parsed.ok) return;
				const filters = queryToFilters(parsed.value);
				expect(v.safeParse(FiltersSchema, filters).success).toBe(true);
				expect(filtersToQuery(filters)).toEqual(parsed.value);
			})
		);
	});

	it.each([
		[{ support: 'motion-control' }, 'support', /must be one of "neutral", "stability"/],
		[{ minStack: 40, maxStack: 30 }, 'minStack', /not be more than maxStack/],
		[{ maxWeight: 10 }, 'maxWeight', /from 50 to 600 g/],
		[{ q: 'x'.repeat(101) }, 'q', /at most 100/],
		[{ page: 2 }, 'page', /Unknown filter: page/]
	])('refuse %j at %s', (input, path, message) => {
		const result = v.safeParse(FiltersSchema, input);
		expect(result.success).toBe(false);
		const issue = result.issues?.[0];
		expect(issue && v.getDotPath(issue)).toBe(path);
		expect(issue?.message).toMatch(message);
	});
});
