// Walks the whole catalog (every number a page shows must trace to an address in the shoe's own
// sources) and checks search, filters, sorting, paging and the version alerts on the real data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, SORTS, type ShoeQuery } from '$lib/catalog/query';
import { compareVersions, VERSION_ALERT_MM, MEANING } from '$lib/catalog/version-alert';
import {
	catalog,
	findShoe,
	labFile,
	parsePicks,
	searchCatalog,
	unknownPicks,
	versionAlert
} from './index';
import { typosAllowed } from './search';

const LAB_REPO = /^https:\/\/github\.com\/rocker1904\/shoe-lab\//;
const all = (q: Partial<ShoeQuery> = {}) =>
	searchCatalog({ ...DEFAULT_QUERY, current: false, limit: 1000, ...q });
const names = (q: Partial<ShoeQuery>) => all(q).shoes.map((s) => s.name);

describe('the catalog data', () => {
	it('holds the 457 lab shoes and the 4 CSV rows the lab file lacks, each id once', () => {
		expect(catalog).toHaveLength(461);
		expect(new Set(catalog.map((s) => s.id)).size).toBe(461);
		expect(catalog.filter((s) => s.inLabFile)).toHaveLength(457);
		// 270 still sold in the lab file, and the CSV-only rows, which it marks nowhere
		expect(catalog.filter((s) => s.inLabFile && s.current)).toHaveLength(270);
		expect(catalog.filter((s) => !s.inLabFile).map((s) => s.id)).toEqual([
			'altra-lone-peak-9',
			'hoka-speedgoat-6',
			'salomon-speedcross-6',
			'vivobarefoot-primus-lite-iii'
		]);
		expect(labFile).toMatchObject({ commit: 'a9c8f4f' });
	});

	it.each(catalog.map((s) => [s.id, s] as const))(
		'%s: lab figures credit the RunRepeat page; stated ones a page outside the lab',
		(_, s) => {
			if (s.inLabFile) expect(s.lab?.source).toBe(`https://runrepeat.com/${s.id}`);
			if (s.lab) expect(s.sources).toContain(s.lab.source);
			if (s.stated) {
				expect(s.stated.sources.length).toBeGreaterThan(0);
				expect(s.stated.sourceType).toBeTruthy();
				for (const u of s.stated.sources) {
					expect(s.sources).toContain(u);
					expect(u).not.toMatch(LAB_REPO);
				}
			}
			// every shoe has a drop the check form can use
			expect(s.lab?.dropMm ?? s.stated?.dropMm).toBeTypeOf('number');
		}
	);

	it('keeps the two toe-box methods apart and both where RunRepeat measured both', () => {
		const both = catalog.filter(
			(s) => s.lab?.toeboxWidestMm !== undefined && s.lab.toeboxWidestOldMethodMm !== undefined
		);
		expect(both.length).toBeGreaterThan(100);
		expect(findShoe('nike-pegasus-41')?.lab).toMatchObject({
			toeboxWidestMm: 94.6,
			toeboxWidestOldMethodMm: 101.4
		});
	});

	it('links versions both ways', () => {
		for (const s of catalog) {
			const next = s.nextVersion ? findShoe(s.nextVersion) : undefined;
			if (next) expect(next.previousVersion).toBe(s.id);
		}
	});
});

describe('picks', () => {
	const params = new URLSearchParams(
		'pick=nike-pegasus-41&pick=nope&pick=nike-pegasus-41&pick=%20hoka-clifton-10'
	);
	it('keeps the ids that name a shoe, each once, in order', () => {
		expect(parsePicks(params)).toEqual(['nike-pegasus-41', 'hoka-clifton-10']);
	});
	it('names the ones that do not', () => {
		expect(unknownPicks(params)).toEqual(['nope']);
	});
});

describe('searchCatalog', () => {
	it.each([
		['a typo', 'kayanno', /^ASICS Gel Kayano \d+$/, 5],
		['a transposition in a long word', 'nimubs 28', /^ASICS Gel Nimbus 28$/, 1],
		['a typo and a model number', 'pegasis 41', /^Nike Pegasus 41( GTX)?$/, 2],
		['a brand', 'mizuno', /^Mizuno /, 19],
		['a brand in another case, with a typo', 'SAUCNY', /^Saucony /, 36],
		['a hyphen as a space', 'gel-nimbus 27', /^ASICS Gel Nimbus 27$/, 1],
		['words in any order', 'nimbus asics', /^ASICS Gel Nimbus \d+$/, 4],
		['the start of a word', 'clif', /^HOKA Clifton/, 3],
		['a brand not in the name', 'topo athletic', /^Topo /, 10]
	])('finds %s: "%s"', (_, q, pattern, count) => {
		const found = names({ q });
		expect(found).toHaveLength(count);
		for (const n of found) expect(n).toMatch(pattern);
	});

	it.each([
		['a model number is never fuzzy', '41', 'Nike Pegasus 40'],
		['a short word is never fuzzy', 'on', 'Nike Infinity Run 4'],
		['a brand does not match inside a word', 'nike', 'Under Armour Infinite Elite']
	])('%s', (_, q, absent) => {
		expect(names({ q })).not.toContain(absent);
	});

	it('forgives more typos in longer words', () => {
		expect([typosAllowed('on'), typosAllowed('hoka'), typosAllowed('pegasus')]).toEqual([0, 1, 2]);
		expect(typosAllowed('v14')).toBe(0);
	});

	it('puts the best match first when no sort is chosen', () => {
		expect(names({ q: 'pegasus 41' })[0]).toBe('Nike Pegasus 41');
	});

	it('shows only current shoes by default', () => {
		const { total, shoes } = searchCatalog({ ...DEFAULT_QUERY, limit: 100 });
		expect(total).toBe(274);
		expect(shoes.every((s) => s.current)).toBe(true);
	});

	it.each([
		['minDrop', { minDrop: 10 }, (s) => (s.lab?.dropMm ?? NaN) >= 10],
		['maxDrop', { maxDrop: 4 }, (s) => (s.lab?.dropMm ?? NaN) <= 4],
		[
			'minToeBox (current method only)',
			{ minToeBox: 100 },
			(s) => (s.lab?.toeboxWidestMm ?? NaN) >= 100
		],
		[
			'stack',
			{ minStack: 40, maxStack: 42 },
			(s) => (s.lab?.heelStackMm ?? NaN) >= 40 && (s.lab?.heelStackMm ?? NaN) <= 42
		],
		['maxWeight', { maxWeight: 200 }, (s) => (s.lab?.weightG ?? NaN) <= 200],
		['support', { support: 'stability' }, (s) => s.support === 'stability'],
		['plate', { plate: 'carbon' }, (s) => s.plate === 'carbon'],
		['width', { width: 'extra-wide' }, (s) => s.widths.includes('extra-wide')]
	] as [string, Partial<ShoeQuery>, (s: (typeof catalog)[number]) => boolean][])(
		'filters by %s, exactly',
		(_, q, keep) => {
			const { shoes } = all(q);
			expect(shoes.length).toBeGreaterThan(0);
			expect(shoes.map((s) => s.id)).toEqual(
				all()
					.shoes.filter((s) => (s.lab !== null || !('minDrop' in q)) && keep(s))
					.map((s) => s.id)
			);
		}
	);

	it('leaves shoes without a lab drop out of a drop range', () => {
		expect(all({ maxDrop: 25 }).shoes.map((s) => s.id)).not.toContain('altra-lone-peak-9');
		expect(all({ maxDrop: 25 }).total).toBe(458);
	});

	it.each(SORTS)('sorts by %s both ways, unknown values last', (sort) => {
		const up = all({ sort }).shoes;
		const down = all({ sort, dir: 'desc' }).shoes;
		expect(up).toHaveLength(461);
		const known = (list: typeof up) => list.filter((s) => value(s, sort) !== null);
		const unknown = (list: typeof up) => list.filter((s) => value(s, sort) === null);
		// the unknown ones trail, in name order both ways
		expect(up.slice(known(up).length)).toEqual(unknown(up));
		expect(down.slice(known(down).length)).toEqual(unknown(down));
		const values = known(up).map((s) => value(s, sort)!);
		for (let i = 1; i < values.length; i++) {
			if (typeof values[i] === 'number')
				expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
		}
		const first = value(known(down)[0]!, sort);
		expect(first).toEqual(values.at(-1));
	});

	it('pages without gaps or repeats, the same order every time', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...SORTS),
				fc.constantFrom('asc' as const, 'desc' as const),
				fc.integer({ min: 1, max: 100 }),
				(sort, dir, limit) => {
					const whole = all({ sort, dir }).shoes.map((s) => s.id);
					const paged: string[] = [];
					for (let offset = 0; offset < whole.length; offset += limit) {
						const page = searchCatalog({
							...DEFAULT_QUERY,
							current: false,
							sort,
							dir,
							limit,
							offset
						});
						expect(page.total).toBe(whole.length);
						paged.push(...page.shoes.map((s) => s.id));
					}
					expect(paged).toEqual(whole);
				}
			),
			{ numRuns: 30 }
		);
	});

	it('answers an empty page past the end', () => {
		expect(searchCatalog({ ...DEFAULT_QUERY, offset: 5000 })).toEqual({ total: 274, shoes: [] });
	});
});

function value(s: (typeof catalog)[number], sort: (typeof SORTS)[number]) {
	const map = {
		name: s.name,
		drop: s.lab?.dropMm,
		toebox: s.lab?.toeboxWidestMm,
		stack: s.lab?.heelStackMm,
		weight: s.lab?.weightG,
		price: s.priceGbp,
		release: s.released
	};
	return map[sort] ?? null;
}

describe('version alerts', () => {
	const pairs = catalog.flatMap((s) => {
		const next = s.nextVersion ? findShoe(s.nextVersion) : undefined;
		return next ? [[s, next] as const] : [];
	});

	it('finds 66 of the 185 version pairs 2 mm or more apart', () => {
		expect(pairs).toHaveLength(185);
		const moved = pairs.map(([a, b]) => compareVersions(a, b)).filter((x) => x !== null);
		expect(moved).toHaveLength(66);
		for (const alert of moved) {
			expect(Math.abs(alert.changeMm)).toBeGreaterThanOrEqual(VERSION_ALERT_MM);
			expect(alert.direction).toBe(alert.changeMm < 0 ? 'lower' : 'higher');
		}
		expect(moved.filter((a) => a.direction === 'lower')).toHaveLength(33);
	});

	it('counts a change of exactly 2.0 mm (RunRepeat rounds to 0.1 mm) but not 1.9', () => {
		// 10.5 → 8.5 is 1.9999… in floating point
		expect(versionAlert('adidas-questar')?.changeMm).toBe(-2);
		expect(compareVersions(findShoe('on-cloudflyer-4')!, findShoe('on-cloudflyer-5')!)).toBeNull();
	});

	it('ASICS Gel Nimbus 27 → 28: 8.3 → 5.2 mm, a lower-drop switch', () => {
		expect(versionAlert('asics-gel-nimbus-27')).toEqual({
			from: { id: 'asics-gel-nimbus-27', name: 'ASICS Gel Nimbus 27', dropMm: 8.3 },
			to: {
				id: 'asics-gel-nimbus-28',
				name: 'ASICS Gel Nimbus 28',
				dropMm: 5.2,
				current: true,
				released: findShoe('asics-gel-nimbus-28')!.released
			},
			steps: 1,
			changeMm: -3.1,
			direction: 'lower',
			meaning: MEANING.lower
		});
	});

	it('compares an older model with the newest of its line, not the very next', () => {
		// 25 (7.8) → 26 (8.4) → 27 (8.3) → 28 (5.2): the 25 → 26 step alone is 0.6 mm
		expect(
			compareVersions(findShoe('asics-gel-nimbus-25')!, findShoe('asics-gel-nimbus-26')!)
		).toBeNull();
		expect(versionAlert('asics-gel-nimbus-25')).toMatchObject({
			to: { id: 'asics-gel-nimbus-28', dropMm: 5.2 },
			steps: 3,
			changeMm: -2.6
		});
	});

	it('says a higher drop is no calf worry in the evidence we cite', () => {
		const alert = versionAlert('adidas-supernova-prima-2');
		expect(alert).toMatchObject({ direction: 'higher', changeMm: 3.2, meaning: MEANING.higher });
	});

	it('is null for the newest model, an unknown id, and a close pair', () => {
		expect(versionAlert('asics-gel-nimbus-28')).toBeNull();
		expect(versionAlert('no-such-shoe')).toBeNull();
		expect(versionAlert('saucony-ride-17')).toBeNull();
	});
});
