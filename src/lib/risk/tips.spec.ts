import { describe, expect, it } from 'vitest';
import { dropFacts } from './findings/drop';
import type { BandsById } from './tip-table';
import { selectTips } from './tips';
import {
	FINDING_IDS,
	type Band,
	type FindingId,
	type Runner,
	type Shoe,
	type TipId
} from './schema';

const SHOE: Shoe = { name: 'S', heelDropMm: 10 };
const ALL_LOW = Object.fromEntries(FINDING_IDS.map((id) => [id, 'low'])) as Record<FindingId, Band>;

function ids(
	bands: Partial<Record<FindingId, Band>>,
	opts: { runner?: Runner; shoe?: Partial<Shoe>; triage?: 'none' | 'urgent' } = {}
): TipId[] {
	const runner = opts.runner ?? {};
	const shoe = { ...SHOE, ...opts.shoe };
	const all: BandsById = { ...ALL_LOW, ...bands };
	return selectTips(runner, all, dropFacts(runner, shoe), opts.triage ?? 'none').map((t) => t.id);
}

describe('tip triggers', () => {
	it('gives no tip when everything is low and no flag', () => {
		expect(ids({})).toEqual([]);
	});

	it.each([
		[{ 'load.spike': 'high' }, ['rest-reduce-load']],
		[{ 'load.spike': 'moderate' }, []],
		[{ 'overuse.pain': 'high' }, ['rest-reduce-load', 'cadence', 'ice-compression-elevation']],
		[{ 'overuse.pain': 'moderate' }, ['hold-load', 'cadence', 'massage-foam-roller']],
		[{ 'calf.strength': 'moderate' }, ['calf-strengthening']],
		[{ 'calf.symmetry': 'high' }, ['calf-strengthening']],
		[{ 'calf.flexibility': 'moderate' }, ['calf-strengthening']],
		[{ 'form.strike': 'moderate' }, ['calf-strengthening', 'cadence']],
		[{ 'form.strike': 'high' }, ['calf-strengthening', 'gradual-transition', 'cadence']],
		[{ 'shoe.drop': 'moderate' }, ['corrective-shoes']],
		[{ 'shoe.toebox': 'high' }, ['corrective-shoes']],
		[{ 'form.posture': 'moderate' }, ['corrective-shoes']],
		[{ 'shoe.wear': 'moderate' }, []],
		[{ 'shoe.wear': 'high' }, ['corrective-shoes']],
		[{ 'overuse.rest': 'moderate' }, ['recovery-days']],
		[{ 'overuse.volume': 'moderate' }, ['recovery-days']],
		[{ 'load.weekly': 'moderate', 'load.pace': 'moderate' }, []],
		[{ 'overuse.pain': 'unknown', 'calf.strength': 'unknown' }, []]
	] as [Partial<Record<FindingId, Band>>, TipId[]][])('%j → %j', (bands, expected) => {
		expect(ids(bands)).toEqual(expected);
	});

	it('heel wedges: current pain with a moderate or high drop finding', () => {
		expect(ids({ 'overuse.pain': 'moderate', 'shoe.drop': 'moderate' })).toContain('heel-wedges');
		expect(ids({ 'overuse.pain': 'moderate' })).not.toContain('heel-wedges');
		expect(ids({ 'shoe.drop': 'high' })).not.toContain('heel-wedges');
	});

	it('heel wedges: forefoot strike in a drop of 6 mm or less (the scored drop)', () => {
		expect(ids({ 'form.strike': 'moderate' }, { shoe: { heelDropMm: 6 } })).toContain(
			'heel-wedges'
		);
		expect(ids({ 'form.strike': 'moderate' }, { shoe: { heelDropMm: 6.1 } })).not.toContain(
			'heel-wedges'
		);
		expect(
			ids({ 'form.strike': 'moderate' }, { shoe: { heelDropMm: 4, measuredDropMm: 7 } })
		).not.toContain('heel-wedges');
	});

	it('a lower-drop switch earns calf strengthening and a gradual transition', () => {
		const runner: Runner = { usualDropMm: 10 };
		expect(ids({}, { runner, shoe: { heelDropMm: 6, monthsWorn: 1 } })).toEqual([
			'calf-strengthening',
			'gradual-transition'
		]);
		expect(ids({}, { runner, shoe: { heelDropMm: 6, monthsWorn: 6 } })).toEqual([]);
	});

	it('see-a-professional comes first whenever triage is not none, with an empty because', () => {
		const runner: Runner = {};
		const tips = selectTips(
			runner,
			{ ...ALL_LOW, 'load.spike': 'high' },
			dropFacts(runner, SHOE),
			'see-clinician'
		);
		expect(tips.map((t) => t.id)).toEqual(['see-a-professional', 'rest-reduce-load']);
		expect(tips[0]?.because).toEqual([]);
		expect(ids({}, { triage: 'none' })).not.toContain('see-a-professional');
	});

	it.each(['urgent', 'emergency'] as const)(
		'under %s triage see-a-professional is the only tip, whatever else was earned',
		(level) => {
			const runner: Runner = { pain: { duringRun: 8, nextMorning: 'worse' } };
			const tips = selectTips(
				runner,
				{ ...ALL_LOW, 'load.spike': 'high', 'overuse.pain': 'high', 'calf.strength': 'high' },
				dropFacts(runner, SHOE),
				level
			);
			expect(tips.map((t) => t.id)).toEqual(['see-a-professional']);
			expect(tips[0]?.text).toContain('Do not run, exercise or test the calf');
		}
	);
});

describe('tip order: the largest weight × band among the triggers, ties in table order', () => {
	it.each([
		// load.spike high (3 × 2 = 6) outranks calf.strength high (2 × 2 = 4).
		[{ 'load.spike': 'high', 'calf.strength': 'high' }, ['rest-reduce-load', 'calf-strengthening']],
		// shoe.drop moderate (2) beats calf.flexibility moderate (1).
		[
			{ 'calf.flexibility': 'moderate', 'shoe.drop': 'moderate' },
			['corrective-shoes', 'calf-strengthening']
		],
		// calf.strength moderate (2) ties shoe.drop moderate (2): table order.
		[
			{ 'calf.strength': 'moderate', 'shoe.drop': 'moderate' },
			['calf-strengthening', 'corrective-shoes']
		],
		// overuse.volume moderate (1 × 1) ties shoe.wear high (0.5 × 2): table order.
		[{ 'overuse.volume': 'moderate', 'shoe.wear': 'high' }, ['corrective-shoes', 'recovery-days']],
		// overuse.rest moderate (0.5) loses to form.posture moderate (1).
		[
			{ 'overuse.rest': 'moderate', 'form.posture': 'moderate' },
			['corrective-shoes', 'recovery-days']
		],
		// overuse.pain high (6) ranks its tips above calf.strength high (4).
		[
			{ 'overuse.pain': 'high', 'calf.strength': 'high' },
			['rest-reduce-load', 'cadence', 'ice-compression-elevation', 'calf-strengthening']
		]
	] as [Partial<Record<FindingId, Band>>, TipId[]][])('%j → %j', (bands, expected) => {
		expect(ids(bands)).toEqual(expected);
	});

	it('lists every triggering finding in because, in the order of finding ids', () => {
		const runner: Runner = {};
		const tips = selectTips(
			runner,
			{
				...ALL_LOW,
				'form.strike': 'moderate',
				'calf.symmetry': 'high',
				'calf.strength': 'moderate'
			},
			dropFacts(runner, SHOE),
			'none'
		);
		expect(tips.find((t) => t.id === 'calf-strengthening')?.because).toEqual([
			'calf.strength',
			'calf.symmetry',
			'form.strike'
		]);
	});

	it('adds the runner numbers where they were given', () => {
		const runner: Runner = { cadenceSpm: 160, longestRunLast30DaysKm: 14 };
		const tips = selectTips(
			runner,
			{ ...ALL_LOW, 'form.strike': 'moderate', 'load.spike': 'high' },
			dropFacts(runner, SHOE),
			'none'
		);
		expect(tips.find((t) => t.id === 'cadence')?.text).toMatch(
			/from 160 to 168–176 steps per minute/
		);
		expect(tips.find((t) => t.id === 'rest-reduce-load')?.text).toMatch(/at most 15\.4 km/);
	});
});
