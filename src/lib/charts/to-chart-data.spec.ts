import { describe, expect, it } from 'vitest';
import type { ShoeResult } from '../risk/schema';
import { describeBars, describeRadar, factorRadar, factorTable, indexBars } from './to-chart-data';

function result(
	shoe: string,
	scores: [number | null, number | null, number | null, number | null, number | null]
): ShoeResult {
	const band = (s: number | null) =>
		s === null ? 'unknown' : s < 25 ? 'low' : s < 75 ? 'moderate' : 'high';
	const [overuse, calf, form, shoeScore, load] = scores;
	const f = (score: number | null) => ({ score, band: band(score) }) as const;
	return {
		shoe,
		index: 30,
		band: 'moderate',
		confidence: 0.5,
		factors: {
			overuse: f(overuse),
			calf: f(calf),
			form: f(form),
			shoe: f(shoeScore),
			load: f(load)
		},
		findings: [],
		tips: []
	};
}

const a = result('Daily trainer', [12, 50, null, 10, 100]);
const b = result('Racer', [0, 50, 50, 80, 100]);

describe('factorRadar', () => {
	it('puts the five factors in FACTORS order, one series per shoe, gaps for unassessed', () => {
		const spec = factorRadar([a, b]);
		expect(spec.labels).toEqual(['Overuse', 'Calf', 'Form', 'Shoe', 'Load']);
		expect(spec.max).toBe(100);
		expect(spec.datasets.map((d) => [d.label, d.data])).toEqual([
			['Daily trainer', [12, 50, null, 10, 100]],
			['Racer', [0, 50, 50, 80, 100]]
		]);
	});

	it('gives each series its own colour, point shape and dash', () => {
		const six = factorRadar(Array.from({ length: 6 }, (_, i) => result(`S${i}`, [1, 2, 3, 4, 5])));
		for (const key of ['colorVar', 'pointStyle', 'borderDash'] as const) {
			expect(new Set(six.datasets.map((d) => JSON.stringify(d[key]))).size).toBe(6);
		}
	});

	it('draws nothing for no results', () => {
		expect(factorRadar([]).datasets).toEqual([]);
	});
});

describe('factorTable', () => {
	it('holds the same numbers as the radar, with bands', () => {
		const rows = factorTable([a, b]);
		expect(rows.map((r) => r.cells.map((c) => c.score))).toEqual([
			[12, 0],
			[50, 50],
			[null, 50],
			[10, 80],
			[100, 100]
		]);
		expect(rows[2]!.cells[0]!.band).toBe('unknown');
		expect(rows[3]!.cells[1]!.band).toBe('high');
		expect(rows[1]!.label).toBe('Calf strength and flexibility');
	});
});

describe('describeRadar', () => {
	it('reads the scores out, saying which were not assessed', () => {
		expect(describeRadar([a])).toBe(
			'Radar chart of the five factor scores out of 100. Daily trainer: Overuse 12, Calf 50, Form not answered, Shoe 10, Load 100.'
		);
	});
});

describe('indexBars and describeBars', () => {
	const unscored = { ...b, shoe: 'Unknown', index: null };
	const cases: [string, ShoeResult[], number[] | undefined, string[], (number | null)[], string][] =
		[
			[
				'lowest index first',
				[{ ...b, index: 62 }, a],
				undefined,
				['Daily trainer', 'Racer'],
				[30, 62],
				'Bar chart of the calf-risk index out of 100, lowest (better) first. Daily trainer 30, Racer 62.'
			],
			[
				'a shoe without an index is a gap, last, said as not scored',
				[unscored, a],
				undefined,
				['Daily trainer', 'Unknown'],
				[30, null],
				'Bar chart of the calf-risk index out of 100, lowest (better) first. Daily trainer 30, Unknown not scored.'
			],
			[
				"the engine's ranking when given (its tie order)",
				[a, { ...a, shoe: 'Alpha' }],
				[1, 0],
				['Alpha', 'Daily trainer'],
				[30, 30],
				'Bar chart of the calf-risk index out of 100, lowest (better) first. Alpha 30, Daily trainer 30.'
			]
		];
	it.each(cases)('%s', (_name, results, ranking, labels, data, label) => {
		const spec = indexBars(results, ranking);
		expect(spec.labels).toEqual(labels);
		expect(spec.datasets).toHaveLength(1);
		expect(spec.datasets[0]!.data).toEqual(data);
		expect(spec.max).toBe(100);
		expect(describeBars(results, ranking)).toBe(label);
	});

	it('each bar keeps the colour and pattern of its shoe, all told apart', () => {
		const results = [62, 10, 40].map((index, k) => ({ ...a, shoe: `S${k}`, index }));
		const bars = indexBars(results).datasets[0]!.bars!;
		// S1 (10), S2 (40), S0 (62): each keeps the style of the place it was entered in.
		expect(bars.map((x) => x.colorVar)).toEqual(['--series-2', '--series-3', '--series-1']);
		expect(new Set(bars.map((x) => x.pattern)).size).toBe(3);
	});
});
