import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestArb } from './arbitraries';
import { assess } from './assess';
import { explainRanking, tiedAtTop } from './compare';
import type { AssessRequest, Runner, Shoe } from './schema';

const RUNNER: Runner = { monthsRunningLast12: 12, footStrike: 'forefoot', forefootWidthMm: 97 };

function explain(runner: Runner, shoes: Shoe[]) {
	const request: AssessRequest = { runner, shoes };
	return explainRanking(request, assess(request));
}

describe('explainRanking', () => {
	it('says nothing for a single shoe', () => {
		expect(explain(RUNNER, [{ name: 'Only', heelDropMm: 10 }])).toEqual([]);
	});

	it('names the drop with the runner numbers for a forefoot runner', () => {
		const out = explain(RUNNER, [
			{ name: 'Shoe B', heelDropMm: 4 },
			{ name: 'Shoe A', heelDropMm: 10 }
		]);
		expect(out).toEqual([
			'Shoe A ranks first with a calf-risk index of 13, against 63 for Shoe B.',
			'Its 10 mm drop suits your forefoot landing better than the 4 mm of Shoe B.'
		]);
	});

	it('joins several separating findings in one sentence', () => {
		const out = explain({ ...RUNNER, footPosture: 'pronated' }, [
			{ name: 'Worn', heelDropMm: 10, wornKm: 900, toeBoxWidthMm: 90, support: 'neutral' },
			{ name: 'Fresh', heelDropMm: 10, wornKm: 100, toeBoxWidthMm: 99, support: 'stability' }
		]);
		expect(out[0]).toMatch(/^Fresh ranks first/);
		expect(out[1]).toBe(
			'Its stability build supports your pronated feet better than Worn (neutral); its toe box (99 mm) leaves more room for your 97 mm forefoot than that of Worn (90 mm); it has done 100 km, against 900 km for Worn.'
		);
	});

	it('never names a best shoe when all shoes tie', () => {
		expect(
			explain(RUNNER, [
				{ name: 'X', heelDropMm: 10 },
				{ name: 'Y', heelDropMm: 12 }
			])
		).toEqual([
			'For your calf these are equal: choose by fit and comfort.',
			'Both shoes score the same for you (index 13): no shoe-dependent finding separates them.'
		]);
		const three = explain(
			RUNNER,
			['A', 'B', 'C'].map((name) => ({ name, heelDropMm: 8 }))
		);
		expect(three[0]).toBe('For your calf these are equal: choose by fit and comfort.');
		expect(three[1]).toMatch(/^All 3 shoes score the same/);
		expect(three.join(' ')).not.toMatch(/best|first/i);
	});

	it('names the shoes that tie at the top, the one they beat and why', () => {
		const out = explain(RUNNER, [
			{ name: 'Zed', heelDropMm: 10 },
			{ name: 'Alpha', heelDropMm: 12 },
			{ name: 'Flat', heelDropMm: 0 }
		]);
		expect(out).toEqual([
			'For your calf Alpha and Zed are equal (index 13): choose between them by fit and comfort.',
			expect.stringMatching(/^Both rank ahead of Flat \(index \d+\)\.$/),
			'Alpha: its 12 mm drop suits your forefoot landing better than the 0 mm of Flat.',
			'Zed: its 10 mm drop suits your forefoot landing better than the 0 mm of Flat.'
		]);
		expect(out.join(' ')).not.toMatch(/best/i);
	});

	it('is the same whatever order the shoes are entered in', () => {
		const shoes: Shoe[] = [
			{ name: 'A', heelDropMm: 4, wornKm: 700 },
			{ name: 'B', heelDropMm: 8, wornKm: 200 },
			{ name: 'C', heelDropMm: 12, wornKm: 900 }
		];
		expect(explain(RUNNER, shoes)).toEqual(explain(RUNNER, [...shoes].reverse()));
	});
});

describe('tiedAtTop', () => {
	const cases: { name: string; drops: number[]; tied: string[] }[] = [
		{ name: 'one clear winner', drops: [4, 10], tied: ['S1'] },
		{ name: 'two of three share the lowest index', drops: [10, 12, 0], tied: ['S0', 'S1'] },
		{ name: 'all three equal', drops: [8, 8, 8], tied: ['S0', 'S1', 'S2'] },
		{ name: 'a single shoe', drops: [8], tied: ['S0'] }
	];
	it.each(cases)('$name', ({ drops, tied }) => {
		const shoes = drops.map((heelDropMm, i) => ({ name: `S${i}`, heelDropMm }));
		const a = assess({ runner: RUNNER, shoes });
		expect(tiedAtTop(a).map((i) => a.results[i]!.shoe)).toEqual(tied);
	});
});

describe('explainRanking, for any request', () => {
	it('calls no shoe first or best when shoes share the lowest index, and names the winner otherwise', () => {
		fc.assert(
			fc.property(
				requestArb.filter((r) => r.shoes.length >= 2),
				(request) => {
					const a = assess(request);
					const out = explainRanking(request, a);
					const tied = tiedAtTop(a);
					if (tied.length > 1) {
						expect(out[0]).toMatch(/^For your calf .*equal/);
						// (the shoes' own names left out: a name may hold any word)
						const words = request.shoes.reduce(
							(t, shoe) => t.split(shoe.name).join('·'),
							out.join(' ')
						);
						expect(words).not.toMatch(/ranks first|\bbest\b/i);
					} else {
						expect(out[0]).toContain(`${a.results[tied[0]!]!.shoe} ranks first`);
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});
