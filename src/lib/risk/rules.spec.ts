import { describe, expect, it } from 'vitest';
import { FACTOR_ROWS, FINDING_RULES, TOTAL_WEIGHT, factorFor, ruleFor, textContext } from './rules';
import { FACTORS, FINDING_IDS, type FindingId, type Runner, type Shoe } from './schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

function bandFor(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}) {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).band;
}

describe('the rule table', () => {
	it('has one row per finding id, in the order of the ids', () => {
		expect(FINDING_RULES.map((r) => r.id)).toEqual([...FINDING_IDS]);
	});

	it('weights add up to 18, each finding at its level of evidence', () => {
		expect(TOTAL_WEIGHT).toBe(18);
		const byWeight: Record<number, FindingId[]> = {};
		for (const r of FINDING_RULES) (byWeight[r.weight] ??= []).push(r.id);
		expect(byWeight).toEqual({
			3: ['load.spike', 'overuse.pain'],
			2: ['calf.strength', 'shoe.drop'],
			1: [
				'load.weekly',
				'overuse.volume',
				'calf.symmetry',
				'calf.flexibility',
				'form.strike',
				'form.posture'
			],
			0.5: ['load.pace', 'overuse.rest', 'shoe.toebox', 'shoe.wear']
		});
	});

	it('puts each finding in its factor and marks the shoe-dependent ones', () => {
		for (const r of FINDING_RULES) expect(r.id.startsWith(`${r.factor}.`)).toBe(true);
		expect(FINDING_RULES.filter((r) => r.perShoe).map((r) => r.id)).toEqual([
			'form.posture',
			'shoe.drop',
			'shoe.toebox',
			'shoe.wear'
		]);
	});

	it('gives every row a citation, a grade, band conditions and its inputs', () => {
		for (const r of FINDING_RULES) {
			expect(r.evidence.length, r.id).toBeGreaterThan(5);
			expect(r.grade.length, r.id).toBeGreaterThan(2);
			expect(r.bands.length, r.id).toBeGreaterThan(1);
			expect(r.inputs.length, r.id).toBeGreaterThan(0);
			if (r.opinion)
				expect(
					r.grade === 'opinion' ||
						r.opinionNote !== undefined ||
						r.evidence.includes('opinion') ||
						r.grade.includes('none'),
					r.id
				).toBe(true);
		}
	});

	it("evaluates with the row's own cut-points (changing the table changes the answer)", () => {
		const row = ruleFor('load.spike');
		const cuts = row.cuts as { moderateAbove: number };
		const runner: Runner = { longestRunLast30DaysKm: 10, nextRunKm: 12 };
		expect(row.evaluate({ runner, shoe: SHOE }).band).toBe('moderate');
		const saved = cuts.moderateAbove;
		try {
			cuts.moderateAbove = 1.5;
			expect(row.evaluate({ runner, shoe: SHOE }).band).toBe('low');
		} finally {
			cuts.moderateAbove = saved;
		}
	});
});

describe('every finding is unknown when none of its inputs is answered', () => {
	it.each(FINDING_IDS.filter((id) => id !== 'shoe.drop'))('%s', (id) => {
		expect(bandFor(id, {})).toBe('unknown');
	});

	it('shoe.drop always has its required input', () => {
		expect(bandFor('shoe.drop', {})).not.toBe('unknown');
	});
});

describe('one title per finding and per factor', () => {
	it('has one factor row per factor, in the order of the five causes', () => {
		expect(FACTOR_ROWS.map((f) => f.id)).toEqual([...FACTORS]);
		for (const id of FACTORS) expect(factorFor(id).id).toBe(id);
	});

	it('gives every finding and every factor a title of its own, and a short axis name', () => {
		const titles = [...FINDING_RULES.map((r) => r.title), ...FACTOR_ROWS.map((f) => f.title)];
		expect(new Set(titles).size).toBe(titles.length);
		for (const title of titles) expect(title).toMatch(/^[A-Z]/);
		for (const f of FACTOR_ROWS) {
			const axis = f.short ?? f.title;
			expect(axis.length, f.id).toBeLessThanOrEqual(8);
			expect(f.title.toLowerCase(), f.id).toContain(axis.toLowerCase());
		}
	});

	it.each([
		['load.spike', 'Single-run spike'],
		['calf.flexibility', 'Calf flexibility (knee-to-wall)'],
		['form.posture', 'Foot posture vs shoe support'],
		['shoe.toebox', 'Toe box fit']
	] as const)('calls %s "%s"', (id, title) => {
		expect(ruleFor(id).title).toBe(title);
	});
});

describe('the rows a text quotes', () => {
	it("reads a changed copy's cut-points, and the engine's row for an id the copy lacks", () => {
		const wear = ruleFor('shoe.wear').withCuts({ highAboveKm: 900 });
		const { row } = textContext(undefined, [wear]);
		expect(row('shoe.wear').cuts).toEqual({
			moderateFromKm: 500,
			highAboveKm: 900,
			rotationPairs: 2
		});
		expect(row('load.spike')).toBe(ruleFor('load.spike'));
		expect(textContext().row('shoe.wear').cuts.highAboveKm).toBe(800);
	});
});
