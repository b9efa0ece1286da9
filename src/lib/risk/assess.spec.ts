import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assess, rankResults } from './assess';
import { MODEL_VERSION } from './scoring';
import {
	AssessResponseSchema,
	FINDING_IDS,
	type AssessRequest,
	type Runner,
	type Shoe
} from './schema';

const SHOE: Shoe = { name: 'Daily trainer', heelDropMm: 10, wornKm: 100, toeBoxFit: 'roomy' };

/** Every finding answered and low: the baseline the cases below change one thing at a time. */
const ALL_LOW: Runner = {
	age: 35,
	sex: 'female',
	monthsRunningLast12: 12,
	weeklyKm: [20, 20, 20],
	longestRunLast30DaysKm: 10,
	nextRunKm: 10,
	restDaysPerWeek: 2,
	fastSessions: 'same',
	footStrike: 'rearfoot',
	footPosture: 'neutral',
	heelRaises: { left: 30, right: 30 },
	kneeToWallCm: { left: 12, right: 12 },
	pain: { duringRun: 0, nextMorning: 'same' }
};

const run = (runner: Runner, shoes: Shoe[] = [SHOE]) => assess({ runner, shoes });
const first = (a: ReturnType<typeof assess>) => {
	const r = a.results[0];
	if (!r) throw new Error('no result');
	return r;
};

describe('assess: shape', () => {
	it('answers in the response schema, with the model version', () => {
		const a = run(ALL_LOW, [SHOE, { name: 'Other', heelDropMm: 4 }]);
		expect(v.safeParse(AssessResponseSchema, a).success).toBe(true);
		expect(a.model).toBe(MODEL_VERSION);
		expect(a.results.map((r) => r.shoe)).toEqual(['Daily trainer', 'Other']);
	});

	it.each([{}, ALL_LOW])(
		'lists every finding, in the order of finding ids, for every shoe (%#)',
		(runner) => {
			const a = run(runner, [SHOE, { name: 'B', heelDropMm: 0 }]);
			for (const r of a.results) expect(r.findings.map((f) => f.id)).toEqual([...FINDING_IDS]);
		}
	);

	it('reads all low, index 0, full confidence for the all-low runner', () => {
		const r = first(run(ALL_LOW));
		expect(r.findings.filter((f) => f.band !== 'low')).toEqual([]);
		expect({ index: r.index, band: r.band, confidence: r.confidence }).toEqual({
			index: 0,
			band: 'low',
			confidence: 1
		});
		expect(r.tips).toEqual([]);
	});
});

describe('factor scores: weighted mean of band × 50 over assessed findings', () => {
	it('matches a hand computation', () => {
		// calf: strength moderate (2 × 50), symmetry high (1 × 100), flexibility moderate (1 × 50)
		// → 250 / 4 = 62.5 → 63, moderate.
		const r = first(
			run({ ...ALL_LOW, heelRaises: { left: 18, right: 24 }, kneeToWallCm: { left: 9, right: 9 } })
		);
		expect(r.factors.calf).toEqual({ score: 63, band: 'moderate' });
		expect(r.factors.overuse).toEqual({ score: 0, band: 'low' });
	});

	it('leaves unanswered findings out of the mean, and reads null + unknown when none is answered', () => {
		const r = first(run({ heelRaises: { left: 30, right: 20 } }));
		// Default N = 25: weaker leg 20 ≥ 19, strength low (2 × 0); symmetry 67%, high (1 × 100);
		// flexibility unanswered and left out → 100 / 3 = 33.
		expect(r.factors.calf).toEqual({ score: 33, band: 'moderate' });
		expect(r.factors.load).toEqual({ score: null, band: 'unknown' });
		expect(r.factors.overuse).toEqual({ score: null, band: 'unknown' });
	});
});

describe('overall band: index, then the heavy-high lift, then the previous-injury modifier', () => {
	it.each([
		// load.spike high alone: 300 / 18 = 16.7 → 17, low → lifted to moderate (weight 3).
		['spike high', { ...ALL_LOW, nextRunKm: 25 }, 17, 'moderate'],
		[
			'spike high, previous injury',
			{ ...ALL_LOW, nextRunKm: 25, previousCalfInjury: true },
			17,
			'high'
		],
		// calf.symmetry high alone (weight 1): 100 / 18 → 6, stays low.
		['symmetry high', { ...ALL_LOW, heelRaises: { left: 30, right: 23 } }, 6, 'low'],
		[
			'symmetry high, previous injury',
			{ ...ALL_LOW, heelRaises: { left: 30, right: 23 }, previousCalfInjury: true },
			6,
			'moderate'
		],
		// calf.strength high (weight 2): 200 / 18 → 11, lifted. With symmetry high too: 300/18 → 17.
		['strength high by pain', { ...ALL_LOW, heelRaisePain: true }, 11, 'moderate'],
		// pain high and spike high: 600 / 18 → 33, moderate already.
		[
			'pain and spike high',
			{ ...ALL_LOW, nextRunKm: 25, pain: { duringRun: 6, nextMorning: 'same' } },
			33,
			'moderate'
		],
		[
			'…with previous injury',
			{
				...ALL_LOW,
				nextRunKm: 25,
				pain: { duringRun: 6, nextMorning: 'same' },
				previousCalfInjury: true
			},
			33,
			'high'
		],
		['all low with previous injury', { ...ALL_LOW, previousCalfInjury: true }, 0, 'moderate'],
		['all low, previous injury false', { ...ALL_LOW, previousCalfInjury: false }, 0, 'low']
	] as [string, Runner, number, string][])('%s → index %s, %s', (_, runner, index, band) => {
		const r = first(run(runner));
		expect({ index: r.index, band: r.band }).toEqual({ index, band });
	});

	it('reads high from an index of 60 and over', () => {
		const heavy: Runner = {
			...ALL_LOW,
			nextRunKm: 25,
			pain: { duringRun: 8, nextMorning: 'worse' },
			heelRaises: { left: 5, right: 30 },
			kneeToWallCm: { left: 2, right: 3 },
			footStrike: 'forefoot',
			footStrikeChangedRecently: true,
			weeklyKm: [10, 10, 40],
			usualDropMm: 12
		};
		const r = first(
			run(heavy, [{ name: 'Flat', heelDropMm: 0, wornKm: 900, toeBoxFit: 'squeezed' }])
		);
		expect(r.index).toBeGreaterThanOrEqual(60);
		expect(r.band).toBe('high');
	});
});

describe('confidence = assessed weight ÷ 18, two decimals', () => {
	it.each([
		['nothing but the drop', {}, { name: 'S', heelDropMm: 10 }, 0.11],
		['drop, wear and fit', {}, SHOE, 0.17],
		['everything', ALL_LOW, SHOE, 1],
		['all but the pain', { ...ALL_LOW, pain: undefined }, SHOE, 0.83]
	] as [string, Runner, Shoe, number][])('%s → %s', (_, runner, shoe, confidence) => {
		const clean = Object.fromEntries(Object.entries(runner).filter(([, x]) => x !== undefined));
		expect(first(run(clean, [shoe])).confidence).toBe(confidence);
	});
});

describe('ranking: by shown index, ties by name in code-unit order, then position', () => {
	it.each([
		[
			[
				{ index: 40, shoe: 'a' },
				{ index: 20, shoe: 'c' },
				{ index: 20, shoe: 'b' }
			],
			[2, 1, 0]
		],
		[
			[
				{ index: null, shoe: 'a' },
				{ index: 90, shoe: 'z' }
			],
			[1, 0]
		],
		[
			[
				{ index: null, shoe: 'b' },
				{ index: null, shoe: 'a' }
			],
			[1, 0]
		],
		[
			[
				{ index: 10, shoe: 'a' },
				{ index: 10, shoe: 'B' }
			],
			[1, 0]
		],
		[
			[
				{ index: 10, shoe: 'é' },
				{ index: 10, shoe: 'z' }
			],
			[1, 0]
		],
		[
			[
				{ index: 10, shoe: 'same' },
				{ index: 10, shoe: 'same' },
				{ index: 5, shoe: 'x' }
			],
			[2, 0, 1]
		],
		[[{ index: 0, shoe: 'only' }], [0]]
	] as [{ index: number | null; shoe: string }[], number[]][])('%j → %j', (results, ranking) => {
		expect(rankResults(results)).toEqual(ranking);
	});

	it('ranks assessed shoes by their drop for a forefoot runner', () => {
		const a = run({ ...ALL_LOW, footStrike: 'forefoot' }, [
			{ ...SHOE, name: 'Flat', heelDropMm: 0 },
			{ ...SHOE, name: 'High', heelDropMm: 10 },
			{ ...SHOE, name: 'Mid', heelDropMm: 6 }
		]);
		expect(a.ranking).toEqual([1, 2, 0]);
	});
});

describe('triage in the assessment', () => {
	it('puts see-a-professional first in every result when a flag is given', () => {
		const a = run({ ...ALL_LOW, redFlags: ['rest-night-pain'] }, [
			SHOE,
			{ name: 'B', heelDropMm: 2 }
		]);
		expect(a.triage).toEqual({ level: 'see-clinician', reasons: ['rest-night-pain'] });
		for (const r of a.results) expect(r.tips[0]?.id).toBe('see-a-professional');
	});
});

describe('sharpen: what would raise confidence', () => {
	it('is empty when everything is answered', () => {
		expect(run(ALL_LOW).sharpen).toEqual([]);
	});

	it('lists the self-tests most valuable first, with what each adds', () => {
		const a = run({}, [{ name: 'S', heelDropMm: 10 }]);
		expect(a.sharpen.map((s) => [s.id, s.adds])).toEqual([
			['run-distances', 0.17],
			['pain-questions', 0.17],
			['heel-raise-test', 0.17],
			['weekly-km', 0.11],
			['foot-strike-video', 0.06],
			['knee-to-wall', 0.06],
			['foot-posture', 0.06],
			['months-running', 0.06],
			['rest-days', 0.03],
			['fast-sessions', 0.03],
			['toe-box', 0.03],
			['shoe-km', 0.03]
		]);
	});

	it('nudges a runner unsure of their strike toward a video', () => {
		const a = run({ ...ALL_LOW, footStrike: 'unsure' });
		expect(a.sharpen.map((s) => s.id)).toEqual(['foot-strike-video']);
	});

	/** [runner, the weekly-km and months-running items as [adds, findings], or null when not listed]. */
	const SHARED: [string, Runner, [number, string[]] | null, [number, string[]] | null][] = [
		// Four weeks given, months not: only the months are asked for, the weeks are not.
		['four weeks, no months', { weeklyKm: [20, 30, 40, 45] }, null, [0.06, ['overuse.volume']]],
		[
			'no weeks, no months',
			{},
			[0.11, ['load.weekly', 'overuse.volume']],
			[0.06, ['overuse.volume']]
		],
		[
			'months under 6, no weeks',
			{ monthsRunningLast12: 3 },
			[0.11, ['load.weekly', 'overuse.volume']],
			null
		],
		[
			'months of a regular runner, no weeks',
			{ monthsRunningLast12: 8 },
			[0.06, ['load.weekly']],
			null
		],
		[
			'two heavy weeks, no months',
			{ weeklyKm: [40, 45] },
			[0.06, ['load.weekly']],
			[0.06, ['overuse.volume']]
		],
		['three light weeks, no months', { weeklyKm: [20, 30, 25] }, null, null],
		[
			'three heavy weeks, months under 6',
			{ weeklyKm: [40, 45, 50], monthsRunningLast12: 2 },
			null,
			null
		]
	];

	it.each(SHARED)('%s: asks only for the answer not given', (_, runner, weeks, months) => {
		const a = run(runner, [{ name: 'A', heelDropMm: 8 }]);
		const item = (id: string) => {
			const found = a.sharpen.find((s) => s.id === id);
			return found ? [found.adds, found.findings] : null;
		};
		expect(item('weekly-km')).toEqual(weeks);
		expect(item('months-running')).toEqual(months);
	});

	it('adds no more than the confidence still missing, and only answers not given', () => {
		const a = run({ weeklyKm: [20, 30, 40, 45] }, [{ name: 'A', heelDropMm: 8 }]);
		const confidence = first(a).confidence;
		for (const item of a.sharpen) expect(item.adds).toBeLessThanOrEqual(1 - confidence + 0.005);
		expect(a.sharpen.map((s) => s.label)).not.toContain(
			'Give at least three weeks of weekly distance'
		);
	});

	it('counts a shoe-dependent answer for the shoe where it is missing', () => {
		const a = run(ALL_LOW, [SHOE, { name: 'New', heelDropMm: 8 }]);
		expect(a.sharpen.map((s) => s.id)).toEqual(['toe-box', 'shoe-km']);
	});
});

describe('determinism', () => {
	it('gives the same answer twice and does not change the request', () => {
		const request: AssessRequest = {
			runner: { ...ALL_LOW, redFlags: ['sudden-pop'] },
			shoes: [SHOE]
		};
		const copy = structuredClone(request);
		expect(assess(request)).toEqual(assess(copy));
		expect(request).toEqual(copy);
	});
});
