import { describe, expect, it } from 'vitest';
import {
	FINDING_RULES,
	HEEL_RAISE_NORMS,
	INTERPRETATIONS,
	METHOD_NOTES,
	TIPS,
	TOTAL_WEIGHT,
	heelRaiseNorm,
	judgeDrop,
	raise,
	ruleFor,
	textContext
} from './rules';
import { FINDING_IDS, TIP_IDS, type FindingId, type Runner, type Shoe } from './schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

function bandOf(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}) {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).band;
}

describe('the rule table', () => {
	it('has one row per finding id of api.md, in its order', () => {
		expect(FINDING_RULES.map((r) => r.id)).toEqual([...FINDING_IDS]);
	});

	it('weights add up to 18 as in risk-model.md section 3', () => {
		expect(TOTAL_WEIGHT).toBe(18);
		expect(Object.fromEntries(FINDING_RULES.map((r) => [r.id, r.weight]))).toEqual({
			'load.spike': 3,
			'overuse.pain': 3,
			'shoe.drop': 2,
			'calf.strength': 2,
			'calf.symmetry': 1,
			'calf.flexibility': 1,
			'form.strike': 1,
			'form.posture': 1,
			'load.weekly': 1,
			'overuse.volume': 1,
			'overuse.rest': 0.5,
			'load.pace': 0.5,
			'shoe.wear': 0.5,
			'shoe.toebox': 0.5
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

	it('lists the tips of section 5 in its order, with numbers in their text', () => {
		expect(TIPS.map((t) => t.id)).toEqual([...TIP_IDS]);
		for (const t of TIPS.filter((t) => t.id !== 'see-a-professional'))
			expect(t.text(textContext()), t.id).toMatch(/\d/);
	});

	it('describes every tip trigger for the method page', () => {
		for (const t of TIPS) {
			if (t.id === 'see-a-professional') expect(t.triggers).toEqual([]);
			else expect(t.triggers.length, t.id).toBeGreaterThan(0);
			for (const trigger of t.triggers) expect(trigger.when.length, t.id).toBeGreaterThan(5);
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

	it('carries the notes and interpretations the method page shows', () => {
		const notes = METHOD_NOTES.map((n) => n.id);
		expect(notes).toEqual(
			expect.arrayContaining([
				'toebox-no-calf-evidence',
				'in-toeing-not-scored',
				'acwr-not-scored',
				'cadence-tips-only',
				'cadence-180'
			])
		);
		expect(INTERPRETATIONS.length).toBeGreaterThanOrEqual(10);
	});
});

describe('every finding is unknown when none of its inputs is answered', () => {
	it.each(FINDING_IDS.filter((id) => id !== 'shoe.drop'))('%s', (id) => {
		expect(bandOf(id, {})).toBe('unknown');
	});

	it('shoe.drop always has its required input', () => {
		expect(bandOf('shoe.drop', {})).not.toBe('unknown');
	});
});

describe('load.spike: R = next ÷ 30-day longest, cuts 1.10 and 2.00', () => {
	it.each([
		[10, 0, 'low'],
		[10, 10, 'low'],
		[10, 11, 'low'],
		[3, 3.3, 'low'],
		[10, 11.01, 'moderate'],
		[10, 11.1, 'moderate'],
		[10, 20, 'moderate'],
		[10, 20.01, 'high'],
		[10, 20.1, 'high'],
		[0, 5, 'high'],
		[0, 0, 'low']
	])('longest %s km, next %s km → %s', (longest, next, band) => {
		expect(bandOf('load.spike', { longestRunLast30DaysKm: longest, nextRunKm: next })).toBe(band);
	});

	it('says the runner numbers', () => {
		const why = ruleFor('load.spike').evaluate({
			runner: { longestRunLast30DaysKm: 14, nextRunKm: 16 },
			shoe: SHOE
		}).why;
		expect(why).toBe(
			'Your run of 16 km is 14% longer than your longest run in the 30 days before it (14 km).'
		);
	});

	it('never reads a ratio just over the cut as the cut', () => {
		const why = ruleFor('load.spike').evaluate({
			runner: { longestRunLast30DaysKm: 100, nextRunKm: 110.4 },
			shoe: SHOE
		}).why;
		expect(why).toContain('10.4%');
	});

	it('is unknown with only one distance', () => {
		expect(bandOf('load.spike', { nextRunKm: 5 })).toBe('unknown');
		expect(bandOf('load.spike', { longestRunLast30DaysKm: 5 })).toBe('unknown');
	});
});

describe('load.weekly: latest vs two weeks earlier, cut 1.30', () => {
	it.each([
		[[10, 50, 13], 'low'],
		[[30, 0, 39], 'low'],
		[[10, 0, 13.1], 'moderate'],
		[[99, 10, 5, 13], 'low'],
		[[99, 10, 5, 13.01], 'moderate'],
		[[0, 20, 1], 'moderate'],
		[[0, 20, 0], 'low'],
		[[20, 20], 'unknown'],
		[[], 'unknown']
	])('%j → %s', (weeklyKm, band) => {
		expect(bandOf('load.weekly', { weeklyKm })).toBe(band);
	});
});

describe('load.pace', () => {
	it.each([
		['fewer', 'low'],
		['same', 'low'],
		['more', 'moderate']
	] as const)('%s → %s', (fastSessions, band) => {
		expect(bandOf('load.pace', { fastSessions })).toBe(band);
	});
});

describe('overuse.volume: < 6 regular months and latest week > 30 km', () => {
	it.each([
		[{ monthsRunningLast12: 6, weeklyKm: [100] }, 'low'],
		[{ monthsRunningLast12: 5.9, weeklyKm: [30] }, 'low'],
		[{ monthsRunningLast12: 5.9, weeklyKm: [30.1] }, 'moderate'],
		[{ monthsRunningLast12: 0, weeklyKm: [0, 31] }, 'moderate'],
		[{ monthsRunningLast12: 6 }, 'low'],
		[{ monthsRunningLast12: 5 }, 'unknown'],
		[{ weeklyKm: [30] }, 'low'],
		[{ weeklyKm: [31] }, 'unknown'],
		[{ weeklyKm: [] }, 'unknown']
	] as [Runner, string][])('%j → %s', (runner, band) => {
		expect(bandOf('overuse.volume', runner)).toBe(band);
	});
});

describe('overuse.rest', () => {
	it.each([
		[0, 'moderate'],
		[1, 'low'],
		[7, 'low']
	])('%s rest days → %s', (restDaysPerWeek, band) => {
		expect(bandOf('overuse.rest', { restDaysPerWeek })).toBe(band);
	});

	it('names other sports without changing the band', () => {
		const v = ruleFor('overuse.rest').evaluate({
			runner: { restDaysPerWeek: 0, otherSportHoursPerWeek: 3 },
			shoe: SHOE
		});
		expect(v.band).toBe('moderate');
		expect(v.why).toContain('3 h');
	});
});

describe('overuse.pain: pain-monitoring model, cuts 3 and 5', () => {
	it.each([
		[0, 'better', 'low'],
		[3, 'same', 'low'],
		[3.01, 'same', 'moderate'],
		[3.5, 'same', 'moderate'],
		[5, 'better', 'moderate'],
		[5.01, 'same', 'high'],
		[10, 'same', 'high'],
		[0, 'worse', 'high'],
		[3, 'worse', 'high']
	] as const)('%s/10, next morning %s → %s', (duringRun, nextMorning, band) => {
		expect(bandOf('overuse.pain', { pain: { duringRun, nextMorning } })).toBe(band);
	});
});

describe('heel-raise norms', () => {
	it.each([
		[25, 'male', 37],
		[25, 'female', 31],
		[29.9, 'female', 31],
		[30, 'female', 27],
		[39, 'male', 33],
		[40, 'male', 28],
		[45, 'female', 25],
		[55, 'male', 24],
		[59.5, 'female', 22],
		[60, 'male', 19],
		[65, 'female', 19],
		[70, 'male', 15],
		[79, 'female', 17],
		[10, 'male', 37],
		[19.9, 'female', 31],
		[80, 'male', 15],
		[100, 'female', 17]
	] as const)('age %s, %s → %s', (age, sex, reps) => {
		expect(heelRaiseNorm(age, sex).reps).toBe(reps);
	});

	it.each([
		[undefined, 'male'],
		[40, undefined],
		[40, 'unspecified'],
		[undefined, undefined]
	] as const)('age %s, sex %s → the default 25', (age, sex) => {
		expect(heelRaiseNorm(age, sex).reps).toBe(HEEL_RAISE_NORMS.default);
		expect(HEEL_RAISE_NORMS.default).toBe(25);
	});

	it('is labelled approximate with a ±6 day-to-day spread', () => {
		expect(HEEL_RAISE_NORMS.approximate).toBe(true);
		expect(HEEL_RAISE_NORMS.dayToDay).toBe(6);
	});
});

describe('calf.strength: either leg vs N − 6 and N ÷ 2', () => {
	it.each([
		// Default N = 25: N − 6 = 19, N ÷ 2 = 12.5.
		[{}, 19, 40, 'low'],
		[{}, 18, 40, 'moderate'],
		[{}, 13, 13, 'moderate'],
		[{}, 40, 12, 'high'],
		// Men 20–29, N = 37: N − 6 = 31, N ÷ 2 = 18.5.
		[{ age: 25, sex: 'male' }, 31, 31, 'low'],
		[{ age: 25, sex: 'male' }, 30, 31, 'moderate'],
		[{ age: 25, sex: 'male' }, 19, 31, 'moderate'],
		[{ age: 25, sex: 'male' }, 18, 31, 'high'],
		// Men 70–79, N = 15: N − 6 = 9, N ÷ 2 = 7.5.
		[{ age: 75, sex: 'male' }, 9, 9, 'low'],
		[{ age: 75, sex: 'male' }, 8, 9, 'moderate'],
		[{ age: 75, sex: 'male' }, 7, 9, 'high']
	] as [Runner, number, number, string][])('%j left %s right %s → %s', (r, left, right, band) => {
		expect(bandOf('calf.strength', { ...r, heelRaises: { left, right } })).toBe(band);
	});

	it.each([
		[{ heelRaises: { left: 40, right: 40 }, heelRaisePain: true }, 'high'],
		[{ heelRaisePain: true }, 'high'],
		[{ heelRaisePain: false }, 'unknown'],
		[{ age: 30, sex: 'female' }, 'unknown']
	] as [Runner, string][])('%j → %s', (runner, band) => {
		expect(bandOf('calf.strength', runner)).toBe(band);
	});
});

describe('calf.symmetry: weaker ÷ stronger, cuts 90% and 80%', () => {
	it.each([
		[90, 100, 'low'],
		[89, 100, 'moderate'],
		[100, 80, 'moderate'],
		[79, 100, 'high'],
		[0, 5, 'high'],
		[0, 0, 'low'],
		[9, 10, 'low']
	])('left %s right %s → %s', (left, right, band) => {
		expect(bandOf('calf.symmetry', { heelRaises: { left, right } })).toBe(band);
	});

	it('stays unknown on pain alone', () => {
		expect(bandOf('calf.symmetry', { heelRaisePain: true })).toBe('unknown');
	});
});

describe('calf.flexibility: worse leg 10/6 cm, side difference 2 cm', () => {
	it.each([
		[10, 11.9, 'low'],
		[10, 12, 'moderate'],
		[9.9, 10, 'moderate'],
		[6, 6, 'moderate'],
		[5.9, 6, 'high'],
		[5, 9, 'high'],
		[25, 25, 'low']
	])('left %s right %s → %s', (left, right, band) => {
		expect(bandOf('calf.flexibility', { kneeToWallCm: { left, right } })).toBe(band);
	});
});

describe('form.strike', () => {
	it.each([
		[{ footStrike: 'rearfoot' }, 'low'],
		[{ footStrike: 'midfoot', footStrikeChangedRecently: true }, 'low'],
		[{ footStrike: 'forefoot' }, 'moderate'],
		[{ footStrike: 'forefoot', footStrikeChangedRecently: false }, 'moderate'],
		[{ footStrike: 'forefoot', footStrikeChangedRecently: true }, 'high'],
		[{ footStrike: 'unsure' }, 'unknown'],
		[{ footStrikeChangedRecently: true }, 'unknown']
	] as [Runner, string][])('%j → %s', (runner, band) => {
		expect(bandOf('form.strike', runner)).toBe(band);
	});

	it('nudges toward a slow-motion video when unsure', () => {
		const why = ruleFor('form.strike').evaluate({
			runner: { footStrike: 'unsure' },
			shoe: SHOE
		}).why;
		expect(why).toMatch(/slow-motion/);
	});
});

describe('form.posture vs the shoe support', () => {
	it.each([
		['neutral', 'neutral', 'low'],
		['supinated', undefined, 'low'],
		['pronated', 'neutral', 'moderate'],
		['pronated', undefined, 'moderate'],
		['pronated', 'stability', 'low'],
		['pronated', 'motion-control', 'low'],
		['unsure', 'stability', 'unknown']
	] as const)('%s feet, %s shoe → %s', (footPosture, support, band) => {
		expect(bandOf('form.posture', { footPosture }, support ? { support } : {})).toBe(band);
	});

	it('says an unstated support counts as neutral', () => {
		const why = ruleFor('form.posture').evaluate({
			runner: { footPosture: 'pronated' },
			shoe: SHOE
		}).why;
		expect(why).toMatch(/counts as neutral/);
	});
});

describe('shoe.drop: the seven ordered steps', () => {
	const regular: Runner = { monthsRunningLast12: 12 };
	it.each([
		[
			'1 minimalist, new, heavy week',
			{ ...regular, weeklyKm: [36] },
			{ minimalist: true, monthsWorn: 2 },
			1,
			'high'
		],
		['1 zero-drop, heavy runner', { ...regular, bodyMassKg: 86 }, { heelDropMm: 1 }, 1, 'high'],
		[
			'1 measured zero-drop',
			{ ...regular, bodyMassKg: 86 },
			{ heelDropMm: 4, measuredDropMm: 1 },
			1,
			'high'
		],
		['not 1: week exactly 35 km', { ...regular, weeklyKm: [35] }, { minimalist: true }, 4, 'low'],
		['not 1: mass exactly 85 kg', { ...regular, bodyMassKg: 85 }, { heelDropMm: 1 }, 6, 'moderate'],
		['not 1: drop 1.1 mm', { ...regular, bodyMassKg: 86 }, { heelDropMm: 1.1 }, 6, 'moderate'],
		[
			'not 1: run in 6 months',
			{ ...regular, bodyMassKg: 86 },
			{ heelDropMm: 0, monthsWorn: 6 },
			6,
			'moderate'
		],
		[
			'1 applies to occasional runners',
			{ monthsRunningLast12: 2, bodyMassKg: 90 },
			{ heelDropMm: 0 },
			1,
			'high'
		],
		[
			'2 switch with pain',
			{ ...regular, usualDropMm: 10, pain: { duringRun: 4, nextMorning: 'same' } },
			{ heelDropMm: 6, monthsWorn: 2 },
			2,
			'high'
		],
		[
			'2 occasional switch with pain',
			{ monthsRunningLast12: 3, usualDropMm: 10, pain: { duringRun: 0, nextMorning: 'worse' } },
			{ heelDropMm: 6 },
			2,
			'high'
		],
		[
			'not 2: only 3.9 mm lower',
			{ ...regular, usualDropMm: 10, pain: { duringRun: 4, nextMorning: 'same' } },
			{ heelDropMm: 6.1, monthsWorn: 2 },
			7,
			'low'
		],
		[
			'not 2: pain low',
			{ ...regular, usualDropMm: 10, pain: { duringRun: 3, nextMorning: 'same' } },
			{ heelDropMm: 6, monthsWorn: 2 },
			6,
			'moderate'
		],
		[
			'not 2: run in 6 months',
			{ ...regular, usualDropMm: 10, pain: { duringRun: 4, nextMorning: 'same' } },
			{ heelDropMm: 6, monthsWorn: 6 },
			6,
			'moderate'
		],
		['3 occasional', { monthsRunningLast12: 5.9 }, { heelDropMm: 0 }, 3, 'low'],
		['4 drop 8 mm', regular, { heelDropMm: 8 }, 4, 'low'],
		['4 measured 8 mm beats stated 4', regular, { heelDropMm: 4, measuredDropMm: 8 }, 4, 'low'],
		[
			'5 adapted',
			{ ...regular, pain: { duringRun: 2, nextMorning: 'same' } },
			{ heelDropMm: 4, monthsWorn: 6 },
			5,
			'low'
		],
		['not 5: pain unanswered', regular, { heelDropMm: 4, monthsWorn: 12 }, 6, 'moderate'],
		[
			'not 5: 5.9 months',
			{ ...regular, pain: { duringRun: 2, nextMorning: 'same' } },
			{ heelDropMm: 4, monthsWorn: 5.9 },
			6,
			'moderate'
		],
		['6 drop 6 mm', regular, { heelDropMm: 6 }, 6, 'moderate'],
		['6 unsaid regularity judged regular', {}, { heelDropMm: 6 }, 6, 'moderate'],
		[
			'7 drop 7 mm, 4 below usual',
			{ ...regular, usualDropMm: 11 },
			{ heelDropMm: 7 },
			7,
			'moderate'
		],
		[
			'7 drop 7.9 mm, 4 below usual',
			{ ...regular, usualDropMm: 11.9 },
			{ heelDropMm: 7.9 },
			7,
			'moderate'
		],
		[
			'7 drop 7 mm, 3.9 below usual',
			{ ...regular, usualDropMm: 10.9 },
			{ heelDropMm: 7 },
			7,
			'low'
		],
		['7 drop 6.1 mm, usual unknown', regular, { heelDropMm: 6.1 }, 7, 'low']
	] as [string, Runner, Partial<Shoe>, number, string][])('%s', (_, runner, shoe, step, band) => {
		const v = judgeDrop(runner, { ...SHOE, ...shoe });
		expect({ step: v.step, band: v.band }).toEqual({ step, band });
	});

	it('says when regularity was not given', () => {
		expect(judgeDrop({}, { ...SHOE, heelDropMm: 6 }).why).toMatch(
			/regular runner \(the cautious reading\)/
		);
		expect(judgeDrop({ monthsRunningLast12: 12 }, { ...SHOE, heelDropMm: 6 }).why).not.toMatch(
			/cautious/
		);
	});

	it('shows both the measured and the stated drop', () => {
		expect(judgeDrop({}, { ...SHOE, heelDropMm: 10, measuredDropMm: 11.4 }).why).toMatch(
			/measured drop is 11\.4 mm \(the brand states 10 mm\)/
		);
	});
});

describe('shoe.drop: forefoot strike × drop ≤ 4 mm raises one band', () => {
	it.each([
		[
			'moderate → high at 4 mm',
			{ monthsRunningLast12: 12, footStrike: 'forefoot' },
			4,
			'high',
			true
		],
		[
			'no raise at 4.1 mm',
			{ monthsRunningLast12: 12, footStrike: 'forefoot' },
			4.1,
			'moderate',
			false
		],
		[
			'occasional low → moderate',
			{ monthsRunningLast12: 1, footStrike: 'forefoot' },
			0,
			'moderate',
			true
		],
		[
			'high stays high',
			{ monthsRunningLast12: 12, footStrike: 'forefoot', bodyMassKg: 90 },
			0,
			'high',
			false
		],
		[
			'rearfoot not raised',
			{ monthsRunningLast12: 12, footStrike: 'rearfoot' },
			4,
			'moderate',
			false
		],
		[
			'recent forefoot raised too',
			{ monthsRunningLast12: 12, footStrike: 'forefoot', footStrikeChangedRecently: true },
			3,
			'high',
			true
		]
	] as [string, Runner, number, string, boolean][])('%s', (_, runner, heelDropMm, band, raised) => {
		const v = judgeDrop(runner, { ...SHOE, heelDropMm });
		expect({ band: v.band, raised: v.raisedByStrike }).toEqual({ band, raised });
	});
});

describe('shoe.toebox: toe box vs forefoot, cut 6 mm; fit when widths are missing', () => {
	it.each([
		[100, 100, undefined, 'low'],
		[100, 105, 'squeezed', 'high'],
		[100, 99.9, undefined, 'moderate'],
		[100, 94.1, 'roomy', 'low'],
		[100, 94, undefined, 'high'],
		[66.1, 60.1, undefined, 'high'],
		[undefined, 94, 'roomy', 'low'],
		[100, undefined, 'snug', 'moderate'],
		[undefined, undefined, 'squeezed', 'high'],
		[100, undefined, undefined, 'unknown']
	] as const)('forefoot %s, toe box %s, fit %s → %s', (foot, box, fit, band) => {
		const runner: Runner = foot === undefined ? {} : { forefootWidthMm: foot };
		const shoe: Partial<Shoe> = {};
		if (box !== undefined) shoe.toeBoxWidthMm = box;
		if (fit !== undefined) shoe.toeBoxFit = fit;
		expect(bandOf('shoe.toebox', runner, shoe)).toBe(band);
	});

	it('says the calf claim is unsupported', () => {
		const why = ruleFor('shoe.toebox').evaluate({
			runner: {},
			shoe: { ...SHOE, toeBoxFit: 'snug' }
		}).why;
		expect(why).toMatch(/No study ties toe-box width to calf pain/);
	});
});

describe('shoe.wear: 500 / 800 km, rotation turns moderate into low', () => {
	it.each([
		[499.9, 1, 'low'],
		[500, undefined, 'moderate'],
		[800, 1, 'moderate'],
		[800.1, 1, 'high'],
		[500, 2, 'low'],
		[800, 3, 'low'],
		[801, 2, 'high'],
		[0, 1, 'low']
	])('%s km, %s pairs → %s', (wornKm, pairs, band) => {
		const runner: Runner = pairs === undefined ? {} : { pairsInRotation: pairs };
		expect(bandOf('shoe.wear', runner, { wornKm })).toBe(band);
	});
});

describe('raise', () => {
	it.each([
		['low', 1, 'moderate'],
		['moderate', 1, 'high'],
		['high', 1, 'high'],
		['unknown', 1, 'unknown'],
		['low', 2, 'high']
	] as const)('%s + %s → %s', (band, levels, out) => {
		expect(raise(band, levels)).toBe(out);
	});
});
