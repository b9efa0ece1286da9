import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptName, runnerArb, shoeArb } from './arbitraries';
import { assess } from './assess';
import { rank, whyPlaced, type Candidate } from './rank';
import { FINDING_RULES } from './rules';
import type { Finding, Runner, Shoe } from './schema';

const ruleOf = (f: Finding) => FINDING_RULES.find((r) => r.id === f.id)!;

/** One to twelve shoes to rank for a runner. */
const shoesArb = fc.array(shoeArb(), { minLength: 1, maxLength: 12 });

const candidates = (shoes: readonly Shoe[]): Candidate[] =>
	shoes.map((shoe, i) => ({ id: `s${i}`, shoe }));

describe('rank', () => {
	it('gives every shoe the index and band assess gives it', () => {
		fc.assert(
			fc.property(runnerArb, shoesArb, (runner, shoes) => {
				const ranking = rank(runner, candidates(shoes));
				if (ranking.triage.level === 'urgent' || ranking.triage.level === 'emergency') {
					expect(ranking).toMatchObject({ total: 0, tiedAtTop: 0, shoes: [] });
					return;
				}
				expect(ranking.total).toBe(shoes.length);
				for (const ranked of ranking.shoes) {
					const shoe = shoes[Number(ranked.id.slice(1))]!;
					const [result] = assess({ runner, shoes: [shoe] }).results;
					expect({ index: ranked.index, band: ranked.band }).toEqual({
						index: result?.index,
						band: result?.band
					});
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('scores alike shoes alike: a catalog repeats drops, widths and supports', () => {
		// Values from small pools, so many shoes share the fields one row reads and not another's.
		const pooled = fc.record(
			{
				name: keptName,
				heelDropMm: fc.constantFrom(0, 4, 8, 10.5, 12),
				measuredDropMm: fc.constantFrom(3.9, 8, 10.5),
				toeBoxWidthMm: fc.constantFrom(92, 98.4, 104),
				toeBoxFit: fc.constantFrom('roomy', 'snug', 'squeezed'),
				support: fc.constantFrom('neutral', 'stability'),
				minimalist: fc.boolean(),
				wornKm: fc.constantFrom(0, 300, 900),
				monthsWorn: fc.constantFrom(0, 2, 12)
			} as const,
			{ requiredKeys: ['name', 'heelDropMm'] }
		);
		fc.assert(
			fc.property(runnerArb, fc.array(pooled, { minLength: 1, maxLength: 24 }), (runner, shoes) => {
				const ranking = rank({ ...runner, redFlags: [] }, candidates(shoes));
				for (const ranked of ranking.shoes) {
					const shoe = shoes[Number(ranked.id.slice(1))]!;
					const [result] = assess({ runner: { ...runner, redFlags: [] }, shoes: [shoe] }).results;
					expect([ranked.index, ranked.band]).toEqual([result?.index, result?.band]);
					const own = result!.findings.filter((f) => ruleOf(f).perShoe);
					expect(ranked.why).toEqual(whyPlaced(own));
				}
			}),
			{ numRuns: 200 }
		);
	});

	it.each(FINDING_RULES.filter((r) => r.perShoe).map((r) => [r.id, r] as const))(
		'%s reads no field of the shoe it does not declare',
		(_, rule) => {
			const declared = rule.inputs
				.filter((i) => i.startsWith('shoes[].'))
				.map((i) => i.slice(8) as keyof Shoe);
			fc.assert(
				fc.property(runnerArb, shoeArb(), shoeArb(), (runner, a, b) => {
					const alike: Shoe = { ...b };
					for (const f of declared) {
						if (a[f] === undefined) delete alike[f];
						else Object.assign(alike, { [f]: a[f] });
					}
					expect(rule.evaluate({ runner, shoe: alike })).toEqual(
						rule.evaluate({ runner, shoe: a })
					);
				}),
				{ numRuns: 300 }
			);
		}
	);

	it('orders by index, then name, and counts every shoe tied at the top', () => {
		fc.assert(
			fc.property(runnerArb, shoesArb, (runner, shoes) => {
				const all = rank({ ...runner, redFlags: [] }, candidates(shoes));
				const key = (i: number | null) => i ?? Number.POSITIVE_INFINITY;
				all.shoes.slice(1).forEach((s, k) => {
					const before = all.shoes[k]!;
					expect(key(s.index)).toBeGreaterThanOrEqual(key(before.index));
					if (s.index === before.index) expect(s.name >= before.name).toBe(true);
				});
				const top = key(all.shoes[0]!.index);
				expect(all.tiedAtTop).toBe(all.shoes.filter((s) => key(s.index) === top).length);
				// a page of the answer counts the whole tie, not only the shoes it returns
				const page = rank({ ...runner, redFlags: [] }, candidates(shoes), { limit: 1 });
				expect(page.shoes).toEqual(all.shoes.slice(0, 1));
				expect(page.tiedAtTop).toBe(all.tiedAtTop);
				expect(page.total).toBe(shoes.length);
			}),
			{ numRuns: 200 }
		);
	});

	it('orders a tie by the order given, not the index', () => {
		const runner: Runner = { footStrike: 'rearfoot', monthsRunningLast12: 12 };
		const shoes = candidates([
			{ name: 'A', heelDropMm: 10 },
			{ name: 'B', heelDropMm: 12 },
			{ name: 'C', heelDropMm: 9 }
		]);
		const byName = rank(runner, shoes);
		expect(byName.shoes.map((s) => s.name)).toEqual(['A', 'B', 'C']);
		expect(byName.tiedAtTop).toBe(3);
		const byDrop = rank(runner, shoes, {
			within: (a, b) => b.shoe.heelDropMm - a.shoe.heelDropMm
		});
		expect(byDrop.shoes.map((s) => s.name)).toEqual(['B', 'A', 'C']);
	});

	it.each([
		['emergency', ['cold-pale-foot'] as const],
		['urgent', ['fever-hot-calf'] as const]
	])('offers no shoe under %s triage', (level, flags) => {
		const ranking = rank({ redFlags: [...flags] }, candidates([{ name: 'A', heelDropMm: 10 }]));
		expect(ranking.triage.level).toBe(level);
		expect(ranking).toMatchObject({ total: 0, tiedAtTop: 0, shoes: [] });
	});

	it('ranks no shoes as an empty answer', () => {
		expect(rank({}, [])).toMatchObject({ total: 0, tiedAtTop: 0, shoes: [] });
	});

	it('says why a low-drop shoe placed below a higher one for a forefoot runner', () => {
		const runner: Runner = { footStrike: 'forefoot', monthsRunningLast12: 12, usualDropMm: 10 };
		const ranking = rank(
			runner,
			candidates([
				{ name: 'Flat', heelDropMm: 2, measuredDropMm: 2 },
				{ name: 'Tall', heelDropMm: 10, measuredDropMm: 10 }
			])
		);
		expect(ranking.shoes.map((s) => s.name)).toEqual(['Tall', 'Flat']);
		expect(ranking.shoes[1]!.why.join(' ')).toMatch(/2 mm/);
		expect(ranking.shoes[0]!.why.join(' ')).toMatch(/10 mm/);
	});
});

describe('whyPlaced', () => {
	const finding = (band: Finding['band'], weight: number, headline: string) =>
		({ band, weight, headline }) as Finding;
	it.each([
		[
			'raised first, high before moderate, heavier first',
			[finding('moderate', 1, 'm1'), finding('high', 1, 'h1'), finding('moderate', 2, 'm2')],
			['h1', 'm2', 'm1']
		],
		['low ones when none is raised', [finding('low', 1, 'l1'), finding('unknown', 2, 'u')], ['l1']],
		[
			'low ones left out beside a raised one',
			[finding('low', 2, 'l'), finding('moderate', 1, 'm')],
			['m']
		],
		['nothing when nothing is known', [finding('unknown', 1, 'u')], []]
	])('%s', (_, findings, expected) => {
		expect(whyPlaced(findings)).toEqual(expected);
	});
});
