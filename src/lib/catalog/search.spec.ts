import { describe, expect, it } from 'vitest';
import { catalog, shoeName } from './catalog';
import {
	parsePicks,
	unknownPicks,
	parseQuery,
	scoredDrop,
	searchCatalog,
	toeBoxBand,
	type CatalogQuery
} from './search';

const ids = (q: Partial<CatalogQuery>) => searchCatalog(catalog, q).map((s) => s.id);
const byId = (id: string) => catalog.find((s) => s.id === id)!;

describe('searchCatalog', () => {
	it('returns every shoe for an empty query, sorted by name', () => {
		const all = searchCatalog(catalog, {});
		expect(all).toHaveLength(60);
		const names = all.map(shoeName);
		expect(names).toEqual(
			[...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))
		);
	});

	it.each([
		['hoka', 7, 'brand'],
		['HOKA', 7, 'brand, any case'],
		['clifton', 1, 'model'],
		['kayano 31', 1, 'words in any place'],
		['31 kayano', 1, 'words in any order'],
		['gel kayano', 2, 'punctuation ignored'],
		['gelkayano', 2, 'spaces ignored'],
		['new balance', 5, 'a two-word brand'],
		['zzz', 0, 'nothing']
	])('q=%s finds %i (%s)', (q, n) => {
		expect(ids({ q })).toHaveLength(n);
	});

	it.each([
		[null, 4],
		[0, 4],
		[4, 8],
		[8, 10]
	])('drop %s–%s mm keeps only shoes in range, by the measured drop', (min, max) => {
		const found = searchCatalog(catalog, { dropMin: min, dropMax: max });
		expect(found.length).toBeGreaterThan(0);
		for (const s of found) {
			const d = scoredDrop(s)!;
			expect(d).toBeLessThanOrEqual(max);
			if (min !== null) expect(d).toBeGreaterThanOrEqual(min);
		}
		// and nothing in range was left out
		const inRange = catalog.filter((s) => {
			const d = scoredDrop(s);
			return d !== null && d <= max && (min === null || d >= min);
		});
		expect(found).toHaveLength(inRange.length);
	});

	it('filters by the measured drop, not the stated one', () => {
		// Mach 6: stated 5 mm, measured 9.6 mm
		expect(ids({ dropMax: 6 })).not.toContain('hoka-mach-6');
		expect(ids({ dropMin: 9, dropMax: 10 })).toContain('hoka-mach-6');
	});

	it('uses the stated drop when no lab drop exists', () => {
		expect(ids({ dropMax: 0 })).toContain('altra-lone-peak-9');
	});

	it.each([
		['narrow', 'nike-pegasus-41'],
		['medium', 'hoka-clifton-10'],
		['wide', 'altra-torin-7'],
		['old-method', 'mizuno-wave-rider-27'],
		['unmeasured', 'hoka-speedgoat-6']
	] as const)('toe box %s includes %s', (toeBox, id) => {
		expect(ids({ toeBox })).toContain(id);
		for (const s of searchCatalog(catalog, { toeBox })) expect(toeBoxBand(s)).toBe(toeBox);
	});

	it('never puts an old-method shoe in a width band, even one wide enough', () => {
		// Wave Inspire 20 reads 101.6 mm on the old method: wider than any new-method shoe
		expect(byId('mizuno-wave-inspire-20').lab?.toeBoxWidestMm).toBe(101.6);
		expect(ids({ toeBox: 'wide' })).not.toContain('mizuno-wave-inspire-20');
		expect(ids({ toeBox: 'old-method' })).toHaveLength(6);
	});

	it.each([
		[94.9, 'narrow'],
		[95, 'medium'],
		[97.9, 'medium'],
		[98, 'wide']
	] as const)('band edge: %s mm is %s', (width, band) => {
		const shoe = byId('nike-pegasus-41');
		const edited = { ...shoe, lab: { ...shoe.lab!, toeBoxWidestMm: width } };
		expect(toeBoxBand(edited)).toBe(band);
	});

	it('filters by category', () => {
		const found = searchCatalog(catalog, { category: 'stability' });
		expect(found).toHaveLength(10);
		expect(found.every((s) => s.category === 'stability')).toBe(true);
	});

	it('combines filters', () => {
		expect(ids({ q: 'altra', category: 'zero-drop/foot-shaped', toeBox: 'wide' })).toEqual([
			'altra-escalante-4',
			'altra-paradigm-7',
			'altra-torin-7'
		]);
	});

	it.each([
		['drop', (a: number, b: number) => a <= b, (s: (typeof catalog)[number]) => scoredDrop(s)],
		[
			'weight',
			(a: number, b: number) => a <= b,
			(s: (typeof catalog)[number]) => s.lab?.weightG ?? s.stated?.weightG ?? null
		]
	] as const)('sorts by %s, unknown last', (sort, ordered, get) => {
		const values = searchCatalog(catalog, { sort }).map(get);
		const known = values.filter((v) => v !== null) as number[];
		expect(values.slice(0, known.length)).toEqual(known);
		for (let i = 1; i < known.length; i++) expect(ordered(known[i - 1]!, known[i]!)).toBe(true);
	});

	it('sorts by toe box widest first, new method only, old-method and unmeasured last', () => {
		const found = searchCatalog(catalog, { sort: 'toebox' });
		const head = found.slice(0, 50);
		expect(head.every((s) => s.lab?.toeBoxMethod === 'new')).toBe(true);
		const widths = head.map((s) => s.lab!.toeBoxWidestMm!);
		expect(widths).toEqual([...widths].sort((a, b) => b - a));
		expect(found[0]?.id).toBe('altra-torin-7');
	});

	it('does not depend on the order of its input', () => {
		const reversed = [...catalog].reverse();
		for (const sort of ['name', 'drop', 'toebox', 'weight'] as const) {
			expect(searchCatalog(reversed, { sort }).map((s) => s.id)).toEqual(ids({ sort }));
		}
	});
});

describe('parseQuery', () => {
	it.each([
		['', { q: '', dropMin: null, dropMax: null, toeBox: null, category: null, sort: 'name' }],
		[
			'q=hoka&dropMin=2&dropMax=4.5&toeBox=wide&category=stability&sort=drop',
			{ q: 'hoka', dropMin: 2, dropMax: 4.5, toeBox: 'wide', category: 'stability', sort: 'drop' }
		],
		[
			'dropMin=&dropMax=abc&toeBox=huge&category=road&sort=price',
			{ q: '', dropMin: null, dropMax: null, toeBox: null, category: null, sort: 'name' }
		],
		['category=zero-drop%2Ffoot-shaped', { category: 'zero-drop/foot-shaped' }]
	])('%s', (qs, expected) => {
		expect(parseQuery(new URLSearchParams(qs))).toMatchObject(expected);
	});
});

describe('parsePicks', () => {
	it('keeps known ids once, in order', () => {
		const p = new URLSearchParams('pick=hoka-mach-6&pick=nope&pick=altra-torin-7&pick=hoka-mach-6');
		expect(parsePicks(p, catalog)).toEqual(['hoka-mach-6', 'altra-torin-7']);
	});
});

describe('unknownPicks', () => {
	it.each([
		['pick=hoka-mach-6&pick=nope&pick=altra-torin-7&pick=nope', ['nope']],
		['pick=hoka-mach-6', []],
		['pick=&pick=%20', []],
		['pick=a&pick=b&pick=c&pick=d', ['a', 'b', 'c']],
		[`pick=${'x'.repeat(60)}`, [`${'x'.repeat(39)}…`]]
	])('%s', (qs, expected) => {
		expect(unknownPicks(new URLSearchParams(qs), catalog)).toEqual(expected);
	});
});
