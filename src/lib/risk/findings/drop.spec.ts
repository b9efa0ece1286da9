import { describe, expect, it } from 'vitest';
import type { Runner, Shoe } from '../schema';
import { SHOE } from './cases';
import { drop } from './drop';

/** The drop row's verdict, with the step that decided and whether the strike raised it. */
const judge = (runner: Runner, shoe: Shoe) => drop.evaluate({ runner, shoe });

describe('shoe.drop: the seven ordered steps', () => {
	const regular: Runner = { monthsRunningLast12: 12 };
	/** A regular runner who came from 10 mm shoes. */
	const switcher: Runner = { ...regular, usualDropMm: 10 };
	const pain = (duringRun: number, nextMorning: 'better' | 'same' | 'worse' = 'same') => ({
		pain: { duringRun, nextMorning }
	});
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
			{ ...switcher, ...pain(4) },
			{ heelDropMm: 6, monthsWorn: 2 },
			2,
			'high'
		],
		[
			'2 occasional switch with pain',
			{ monthsRunningLast12: 3, usualDropMm: 10, ...pain(0, 'worse') },
			{ heelDropMm: 6 },
			2,
			'high'
		],
		[
			'not 2: only 3.9 mm lower',
			{ ...switcher, ...pain(4) },
			{ heelDropMm: 6.1, monthsWorn: 2 },
			7,
			'low'
		],
		[
			'not 2: pain low',
			{ ...switcher, ...pain(3) },
			{ heelDropMm: 6, monthsWorn: 2 },
			6,
			'moderate'
		],
		[
			'not 2: run in 6 months',
			{ ...switcher, ...pain(4) },
			{ heelDropMm: 6, monthsWorn: 6 },
			6,
			'moderate'
		],
		['3 occasional', { monthsRunningLast12: 5.9 }, { heelDropMm: 0 }, 3, 'low'],
		['4 drop 8 mm', regular, { heelDropMm: 8 }, 4, 'low'],
		['4 measured 8 mm beats stated 4', regular, { heelDropMm: 4, measuredDropMm: 8 }, 4, 'low'],
		['5 adapted', { ...regular, ...pain(2) }, { heelDropMm: 4, monthsWorn: 6 }, 5, 'low'],
		['not 5: pain unanswered', regular, { heelDropMm: 4, monthsWorn: 12 }, 6, 'moderate'],
		[
			'not 5: 5.9 months',
			{ ...regular, ...pain(2) },
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
		const v = judge(runner, { ...SHOE, ...shoe });
		expect({ step: v.step, band: v.band }).toEqual({ step, band });
	});

	it('says when regularity was not given', () => {
		expect(judge({}, { ...SHOE, heelDropMm: 6 }).why).toMatch(
			/regular runner \(the cautious reading\)/
		);
		expect(judge({ monthsRunningLast12: 12 }, { ...SHOE, heelDropMm: 6 }).why).not.toMatch(
			/cautious/
		);
	});

	it('shows both the measured and the stated drop', () => {
		expect(judge({}, { ...SHOE, heelDropMm: 10, measuredDropMm: 11.4 }).why).toMatch(
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
		const v = judge(runner, { ...SHOE, heelDropMm });
		expect({ band: v.band, raised: v.raisedByStrike }).toEqual({ band, raised });
	});
});
