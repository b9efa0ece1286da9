import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { explainRanking } from './compare';
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

	it('says when all shoes tie', () => {
		expect(
			explain(RUNNER, [
				{ name: 'X', heelDropMm: 10 },
				{ name: 'Y', heelDropMm: 12 }
			])
		).toEqual([
			'All 2 shoes score the same for you (index 13): no shoe-dependent finding separates them.'
		]);
	});

	it('explains a tie at the top broken by name', () => {
		const out = explain(RUNNER, [
			{ name: 'Zed', heelDropMm: 10 },
			{ name: 'Alpha', heelDropMm: 12 },
			{ name: 'Flat', heelDropMm: 0 }
		]);
		expect(out[0]).toBe('Alpha and Zed tie at an index of 13; Alpha comes first by name.');
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
