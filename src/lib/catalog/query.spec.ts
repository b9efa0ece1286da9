import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, parseShoeQuery, type ShoeQuery } from './query';

const parse = (qs: string) => parseShoeQuery(new URLSearchParams(qs));
const errorsOf = (qs: string) => {
	const r = parse(qs);
	return r.ok ? [] : r.errors.map((e) => e.path);
};

describe('parseShoeQuery', () => {
	it('gives the defaults for an empty query: current shoes, 50 from the first', () => {
		expect(parse('')).toEqual({ ok: true, value: DEFAULT_QUERY });
		expect(DEFAULT_QUERY).toMatchObject({ current: true, limit: 50, offset: 0 });
	});

	it.each([
		['q=pegasus', { q: 'pegasus' }],
		['q=%20nimbus%20', { q: 'nimbus' }],
		['current=false', { current: false }],
		['current=true', { current: true }],
		['minDrop=4&maxDrop=8.5', { minDrop: 4, maxDrop: 8.5 }],
		['minDrop=-0.8', { minDrop: -0.8 }],
		['minToeBox=98', { minToeBox: 98 }],
		['minStack=30&maxStack=40&maxWeight=250', { minStack: 30, maxStack: 40, maxWeight: 250 }],
		[
			'support=stability&plate=carbon&width=extra-wide',
			{
				support: 'stability',
				plate: 'carbon',
				width: 'extra-wide'
			}
		],
		['sort=drop&dir=desc', { sort: 'drop', dir: 'desc' }],
		['limit=1&offset=450', { limit: 1, offset: 450 }],
		['limit=100', { limit: 100 }],
		// a GET form sends its blank fields: they mean "not given"
		['q=&minDrop=&support=&sort=&limit=', {}]
	])('reads %s', (qs, expected) => {
		expect(parse(qs)).toEqual({ ok: true, value: { ...DEFAULT_QUERY, ...expected } });
	});

	it.each([
		['limit=0', 'query.limit'],
		['limit=101', 'query.limit'],
		['limit=2.5', 'query.limit'],
		['limit=ten', 'query.limit'],
		['limit=1e2', 'query.limit'],
		['offset=-1', 'query.offset'],
		['offset=100001', 'query.offset'],
		['current=yes', 'query.current'],
		['current=1', 'query.current'],
		['minDrop=abc', 'query.minDrop'],
		['minDrop=NaN', 'query.minDrop'],
		['minDrop=Infinity', 'query.minDrop'],
		['minDrop=0x10', 'query.minDrop'],
		['maxDrop=26', 'query.maxDrop'],
		['minDrop=9&maxDrop=4', 'query.minDrop'],
		['minStack=40&maxStack=30', 'query.minStack'],
		['minToeBox=59', 'query.minToeBox'],
		['maxWeight=5000', 'query.maxWeight'],
		['support=motion-control', 'query.support'],
		['plate=steel', 'query.plate'],
		['width=narrow', 'query.width'],
		['sort=colour', 'query.sort'],
		['dir=up', 'query.dir'],
		['limit=5&limit=6', 'query.limit'],
		['q=a&q=b', 'query.q'],
		[`q=${'x'.repeat(101)}`, 'query.q']
	])('refuses %s at %s', (qs, path) => {
		expect(errorsOf(qs)).toEqual([path]);
	});

	it('names every bad value at once, each with a plain message', () => {
		const r = parse('limit=0&support=x&minDrop=y');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual([
			{ path: 'query.minDrop', message: 'must be a number (mm)' },
			{ path: 'query.support', message: 'must be one of "neutral", "stability"' },
			{ path: 'query.limit', message: 'must be a whole number from 1 to 100' }
		]);
	});

	it('leaves parameters it does not know (pick) to the page', () => {
		expect(parse('pick=a&pick=b&x=1').ok).toBe(true);
	});

	it('pages by page number on the page, not by limit/offset', () => {
		const r = parseShoeQuery(new URLSearchParams('page=3&limit=7'), { kind: 'page', pageSize: 24 });
		expect(r).toEqual({ ok: true, value: { ...DEFAULT_QUERY, limit: 24, offset: 48 } });
		const bad = parseShoeQuery(new URLSearchParams('page=0'), { kind: 'page', pageSize: 24 });
		expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['query.page']);
	});

	it('never throws, whatever the query string', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.constantFrom('q', 'current', 'minDrop', 'limit', 'offset', 'sort', 'width', 'x'),
						fc.string()
					)
				),
				(pairs) => {
					const r = parseShoeQuery(new URLSearchParams(pairs));
					if (r.ok) {
						expect(r.value.limit).toBeGreaterThanOrEqual(1);
						expect(r.value.limit).toBeLessThanOrEqual(100);
					} else expect(r.errors.every((e) => e.path.startsWith('query.'))).toBe(true);
				}
			)
		);
	});
});

describe('parseShoeQuery reads every field back', () => {
	it('from the query string a filled-in form makes', () => {
		const query: ShoeQuery = {
			...DEFAULT_QUERY,
			q: 'gel nimbus',
			current: false,
			minDrop: 4,
			maxWeight: 250,
			plate: 'carbon',
			sort: 'weight',
			dir: 'desc',
			limit: 10,
			offset: 20
		};
		expect(
			parse(
				'q=gel+nimbus&current=false&minDrop=4&maxWeight=250&plate=carbon&sort=weight&dir=desc&limit=10&offset=20'
			)
		).toEqual({ ok: true, value: query });
		expect(parse('')).toEqual({ ok: true, value: DEFAULT_QUERY });
	});
});
