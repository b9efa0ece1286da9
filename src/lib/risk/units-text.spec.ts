/**
 * The engine's sentences in the runner's display units. Inputs are chosen to be round in the
 * other unit (25.4 mm = 1 in, 1.609344 km = 1 mi) so that every expected sentence can be
 * checked by hand; the runner's figures read back as formatReading rounds them, cut-points as
 * formatCut does (30 km → 18.6 mi, 800 km → 497 mi, 8 mm → 0.31 in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { explainRanking } from './compare';
import { requestArb, unitsArb } from './arbitraries';
import { ruleFor } from './rules';
import { sayIn } from './text';
import type { Assessment, AssessRequest, FindingId, Runner, Shoe } from './schema';
import { METRIC, type Units } from '../units';

const IMPERIAL: Units = { length: 'in', distance: 'mi' };
const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };
/** Miles and inches as the engine's kilometres and millimetres. */
const mi = (x: number) => x * 1.609344;
const inch = (x: number) => x * 25.4;

function why(id: FindingId, runner: Runner, shoe: Partial<Shoe>, units: Units): string {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe }, say: sayIn(units) }).why;
}

describe('sayIn', () => {
	it.each([
		['km', 16, METRIC, '16 km'],
		['km', 11.44, METRIC, '11.4 km'],
		['km', mi(10), IMPERIAL, '10 mi'],
		['km', 30, IMPERIAL, '18.64 mi'],
		['mm', 6, METRIC, '6 mm'],
		['mm', inch(0.5), IMPERIAL, '0.5 in'],
		['mm', 8, IMPERIAL, '0.315 in'],
		// 10 mi and 0.33 in as the forms keep them (16.09 km, 8.38 mm) read back as typed.
		['km', 16.09, IMPERIAL, '10 mi'],
		['mm', 8.38, IMPERIAL, '0.33 in'],
		['cm', 7.62, IMPERIAL, '3 in'],
		['cm', 7.62, METRIC, '7.6 cm'],
		['km', 5, { length: 'in', distance: 'km' }, '5 km'],
		['mm', 5, { length: 'mm', distance: 'mi' }, '5 mm']
	] as const)('%s %s in %o reads %s', (q, value, units, text) => {
		const say = sayIn(units);
		expect(q === 'km' ? say.km(value) : q === 'mm' ? say.mm(value) : say.cm(value)).toBe(text);
	});

	it('writes a range in one unit and spells imperial unit words out', () => {
		expect(sayIn(METRIC).range(500, 800, 'km')).toBe('500–800 km');
		expect(sayIn(IMPERIAL).range(mi(300), mi(500), 'km')).toBe('300–500 mi');
		expect(sayIn(METRIC).unitWord('mm')).toBe('mm');
		expect(sayIn(IMPERIAL).unitWord('mm')).toBe('inches');
		expect(sayIn(IMPERIAL).unitWord('km')).toBe('miles');
	});
});

describe("sayIn(...).cut: the rules' figures", () => {
	it.each([
		['km', 30, undefined, IMPERIAL, '18.6 mi'],
		['km', 800, undefined, IMPERIAL, '497 mi'],
		['mm', 8, undefined, IMPERIAL, '0.31 in'],
		['cm', 2, undefined, IMPERIAL, '0.79 in'],
		['km', 30, undefined, METRIC, '30 km'],
		['mm', 8, undefined, METRIC, '8 mm'],
		// The runner's figure beside the cut is on the same side of it as shown: rounded.
		['km', 30, mi(10), IMPERIAL, '18.6 mi'],
		['km', 500, mi(400), IMPERIAL, '311 mi'],
		// ...inside the rounding gap, the cut is written as precisely as the figure.
		['km', 30, mi(18.63), IMPERIAL, '18.64 mi'],
		['km', 500, mi(310.8), IMPERIAL, '310.69 mi'],
		['mm', 8, inch(0.312), IMPERIAL, '0.315 in'],
		['mm', 8, 8, IMPERIAL, '0.315 in']
	] as const)('%s %s beside %s in %o reads %s', (q, value, beside, units, text) => {
		const cut = sayIn(units).cut;
		expect(
			q === 'km'
				? cut.km(value, beside)
				: q === 'mm'
					? cut.mm(value, beside)
					: cut.cm(value, beside)
		).toBe(text);
	});

	it('writes a cut range in one unit', () => {
		expect(sayIn(METRIC).cut.range(500, 800, 'km')).toBe('500–800 km');
		expect(sayIn(IMPERIAL).cut.range(500, 800, 'km')).toBe('311–497 mi');
		expect(sayIn(IMPERIAL).cut.range(5, 10, 'mm')).toBe('0.2–0.39 in');
	});

	it("never shows the runner's figure on the wrong side of a cut beside it", () => {
		const cases = fc.record({
			q: fc.constantFrom('km', 'mm', 'cm' as const),
			cut: fc.constantFrom(1, 2, 4, 6, 8, 10, 30, 35, 500, 800),
			offset: fc.double({ min: -3, max: 3, noNaN: true })
		});
		fc.assert(
			fc.property(cases, ({ q, cut, offset }) => {
				const beside = Math.round((cut + offset) * 100) / 100;
				if (beside < 0) return;
				const say = sayIn(IMPERIAL);
				const shown = Number(say.num(beside, q));
				const cutShown = Number(say.cut.num(cut, q, beside));
				const side = Math.sign(beside - cut);
				// Equal as shown is allowed (both read the same), the opposite side never is.
				expect([side, 0]).toContain(Math.sign(shown - cutShown));
			}),
			{ numRuns: 500 }
		);
	});
});

/** The runner's figure inside a cut's rounding gap keeps the sentence true. */
const GAP_CASES: [FindingId, Runner, Partial<Shoe>, string][] = [
	[
		'overuse.volume',
		{ weeklyKm: [mi(18.63)] },
		{},
		'Your latest week (18.63 mi) is within 18.64 mi.'
	],
	[
		'shoe.wear',
		{},
		{ wornKm: mi(310.8) },
		'This shoe has done 310.8 mi (310.69–497 mi) and you run in one pair.'
	],
	[
		'shoe.wear',
		{},
		{ wornKm: mi(497.05) },
		'This shoe has done 497.05 mi (311–497.1 mi) and you run in one pair.'
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12 },
		{ heelDropMm: inch(0.312) },
		"This shoe's drop is 0.312 in. A drop between 0.24 and 0.315 in."
	]
];

describe('a runner figure inside the rounding of a cut', () => {
	it.each(GAP_CASES)('%s %o %o', (id, runner, shoe, imperial) => {
		expect(why(id, runner, shoe, IMPERIAL)).toBe(imperial);
	});
});

/** [finding, runner, shoe, metric sentence, imperial sentence]: every finding that quotes a number. */
const CASES: [FindingId, Runner, Partial<Shoe>, string, string][] = [
	[
		'load.spike',
		{ longestRunLast30DaysKm: mi(10), nextRunKm: mi(11) },
		{},
		'Your run of 17.7 km is 10% longer than your longest run in the 30 days before it (16.1 km), within the 10% margin.',
		'Your run of 11 mi is 10% longer than your longest run in the 30 days before it (10 mi), within the 10% margin.'
	],
	[
		'load.spike',
		{ longestRunLast30DaysKm: 0, nextRunKm: mi(5) },
		{},
		'Your run of 8 km is your first in over 30 days: start well below your old longest run.',
		'Your run of 5 mi is your first in over 30 days: start well below your old longest run.'
	],
	[
		'load.weekly',
		{ weeklyKm: [mi(20), 30, mi(25)] },
		{},
		'Your latest week (40.2 km) is 25% above the week two weeks earlier (32.2 km).',
		'Your latest week (25 mi) is 25% above the week two weeks earlier (20 mi).'
	],
	[
		'load.weekly',
		{ weeklyKm: [0, 10, mi(2)] },
		{},
		'Your latest week (3.2 km) follows a week with no running two weeks earlier.',
		'Your latest week (2 mi) follows a week with no running two weeks earlier.'
	],
	[
		'overuse.volume',
		{ monthsRunningLast12: 3, weeklyKm: [mi(30)] },
		{},
		'You ran regularly in only 3 of the last 12 months, and your latest week is 48.3 km (over 30 km).',
		'You ran regularly in only 3 of the last 12 months, and your latest week is 30 mi (over 18.6 mi).'
	],
	[
		'overuse.volume',
		{ weeklyKm: [mi(10)] },
		{},
		'Your latest week (16.1 km) is within 30 km.',
		'Your latest week (10 mi) is within 18.6 mi.'
	],
	[
		'calf.flexibility',
		{ kneeToWallCm: { left: 7.62, right: 10.16 } },
		{},
		'Knee-to-wall left 7.6 cm, right 10.2 cm; the worse leg reaches 7.6 cm.',
		'Knee-to-wall left 3 in, right 4 in; the worse leg reaches 3 in.'
	],
	[
		'calf.flexibility',
		{ kneeToWallCm: { left: 12.7, right: 10.16 } },
		{},
		'Knee-to-wall left 12.7 cm, right 10.2 cm: the sides differ by 2.5 cm (2 cm or more).',
		'Knee-to-wall left 5 in, right 4 in: the sides differ by 1 in (0.79 in or more).'
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12 },
		{ heelDropMm: inch(0.5) },
		"This shoe's drop is 12.7 mm. At 8 mm or more we read the drop as low risk for the calf (our opinion: the trial behind it compared three drops and counted injuries of all kinds).",
		"This shoe's drop is 0.5 in. At 0.31 in or more we read the drop as low risk for the calf (our opinion: the trial behind it compared three drops and counted injuries of all kinds)."
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12 },
		{ heelDropMm: inch(0.5), measuredDropMm: inch(0.2) },
		"This shoe's measured drop is 5.1 mm (the brand states 12.7 mm). In regular runners, a drop of 6 mm or less was linked to more running injuries of all kinds.",
		"This shoe's measured drop is 0.2 in (the brand states 0.5 in). In regular runners, a drop of 0.24 in or less was linked to more running injuries of all kinds."
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12, usualDropMm: inch(0.5) },
		{ heelDropMm: inch(0.3) },
		"This shoe's drop is 7.6 mm. It is 5.1 mm below your usual 12.7 mm.",
		"This shoe's drop is 0.3 in. It is 0.2 in below your usual 0.5 in."
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12, usualDropMm: inch(0.3) },
		{ heelDropMm: inch(0.28) },
		"This shoe's drop is 7.1 mm. A drop between 6 and 8 mm, less than 4 mm below your usual 7.6 mm.",
		"This shoe's drop is 0.28 in. A drop between 0.24 and 0.31 in, less than 0.16 in below your usual 0.3 in."
	],
	[
		'shoe.drop',
		{
			monthsRunningLast12: 12,
			usualDropMm: inch(0.5),
			pain: { duringRun: 4, nextMorning: 'same' }
		},
		{ heelDropMm: inch(0.2), monthsWorn: 2 },
		"This shoe's drop is 5.1 mm. It is 7.6 mm below your usual 12.7 mm, run in for under 6 months, and your calf hurts now.",
		"This shoe's drop is 0.2 in. It is 0.3 in below your usual 0.5 in, run in for under 6 months, and your calf hurts now."
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12, weeklyKm: [mi(40)], footStrike: 'forefoot' },
		{ heelDropMm: 0, minimalist: true },
		"This shoe's drop is 0 mm. It is a minimalist shoe you have run in for under 6 months, and your latest week is 64.4 km (over 35 km). With your forefoot landing, a drop of 4 mm or less compounds the calf load.",
		"This shoe's drop is 0 in. It is a minimalist shoe you have run in for under 6 months, and your latest week is 40 mi (over 21.7 mi). With your forefoot landing, a drop of 0.16 in or less compounds the calf load."
	],
	[
		'shoe.toebox',
		{ forefootWidthMm: inch(4) },
		{ toeBoxWidthMm: inch(3.8) },
		"The toe box (96.5 mm) is 5.1 mm narrower than your forefoot (101.6 mm). A catalog's width is the inside of a men's US 9 sample, so this is a rough comparison; how the shoe feels to you is the better guide. No study ties toe-box width to calf pain.",
		"The toe box (3.8 in) is 0.2 in narrower than your forefoot (4 in). A catalog's width is the inside of a men's US 9 sample, so this is a rough comparison; how the shoe feels to you is the better guide. No study ties toe-box width to calf pain."
	],
	[
		'shoe.toebox',
		{ forefootWidthMm: inch(4) },
		{ toeBoxWidthMm: inch(4.1) },
		"The toe box (104.1 mm) is at least as wide as your forefoot (101.6 mm). A catalog's width is the inside of a men's US 9 sample, so this is a rough comparison; how the shoe feels to you is the better guide. No study ties toe-box width to calf pain.",
		"The toe box (4.1 in) is at least as wide as your forefoot (4 in). A catalog's width is the inside of a men's US 9 sample, so this is a rough comparison; how the shoe feels to you is the better guide. No study ties toe-box width to calf pain."
	],
	[
		'shoe.toebox',
		{},
		{},
		'Give your forefoot width and the toe-box width in mm, or say how the toe box fits.',
		'Give your forefoot width and the toe-box width in inches, or say how the toe box fits.'
	],
	[
		'shoe.wear',
		{},
		{ wornKm: mi(100) },
		'This shoe has done 160.9 km (under 500 km).',
		'This shoe has done 100 mi (under 311 mi).'
	],
	[
		'shoe.wear',
		{},
		{ wornKm: mi(400) },
		'This shoe has done 643.7 km (500–800 km) and you run in one pair.',
		'This shoe has done 400 mi (311–497 mi) and you run in one pair.'
	],
	[
		'shoe.wear',
		{},
		{ wornKm: mi(1000) },
		'This shoe has done 1609.3 km (over 800 km).',
		'This shoe has done 1000 mi (over 497 mi).'
	],
	[
		'shoe.wear',
		{},
		{},
		'Give how many km this shoe has done.',
		'Give how many miles this shoe has done.'
	]
];

describe('finding sentences in metric and imperial units', () => {
	it.each(CASES)('%s %o %o', (id, runner, shoe, metric, imperial) => {
		expect(why(id, runner, shoe, METRIC)).toBe(metric);
		expect(why(id, runner, shoe, IMPERIAL)).toBe(imperial);
		// Without units the engine speaks metric, as the JSON API does.
		expect(ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).why).toBe(metric);
	});

	it('words tips and the sharpen list in the runner units', () => {
		const request: AssessRequest = {
			runner: { longestRunLast30DaysKm: mi(10), nextRunKm: mi(25) },
			shoes: [{ name: 'Worn', heelDropMm: 10, wornKm: mi(600) }]
		};
		const tips = (units: Units) =>
			Object.fromEntries(assess(request, units).results[0]!.tips.map((t) => [t.id, t.text]));
		expect(tips(METRIC)['rest-reduce-load']).toContain(
			'For you: at most 17.7 km while your longest run in the 30 days before was 16.1 km.'
		);
		expect(tips(IMPERIAL)['rest-reduce-load']).toContain(
			'For you: at most 11 mi while your longest run in the 30 days before was 10 mi.'
		);
		expect(tips(METRIC)['corrective-shoes']).toContain('replace pairs past about 800 km');
		expect(tips(IMPERIAL)['corrective-shoes']).toContain('past about 497 mi, or rotate');
		const low = { runner: {}, shoes: [{ name: 'Flat', heelDropMm: 4 }] };
		const shoeTip = (units: Units) =>
			assess(low, units).results[0]!.tips.find((t) => t.id === 'corrective-shoes')?.text;
		expect(shoeTip(METRIC)).toContain('a drop of 8 mm or more');
		expect(shoeTip(IMPERIAL)).toContain('a drop of 0.31 in or more');
		const bare = { runner: {}, shoes: [{ name: 'A', heelDropMm: 10 }] };
		const labels = (units: Units) => assess(bare, units).sharpen.map((s) => s.label);
		expect(labels(METRIC)).toContain('Give how many km each shoe has done');
		expect(labels(IMPERIAL)).toContain('Give how many miles each shoe has done');
	});

	it('words the heel-lift tip in inches', () => {
		const request: AssessRequest = {
			runner: { pain: { duringRun: 4, nextMorning: 'same' }, monthsRunningLast12: 12 },
			shoes: [{ name: 'Flat', heelDropMm: 4 }]
		};
		const text = (units: Units) =>
			assess(request, units).results[0]!.tips.find((t) => t.id === 'heel-wedges')?.text;
		expect(text(METRIC)).toContain('a heel lift of 5–10 mm in the shoe');
		expect(text(IMPERIAL)).toContain('a heel lift of 0.2–0.39 in in the shoe');
	});
});

describe('ranking sentences in metric and imperial units', () => {
	const request: AssessRequest = {
		runner: { monthsRunningLast12: 12, forefootWidthMm: inch(4) },
		shoes: [
			{ name: 'Flat', heelDropMm: inch(0.2), toeBoxWidthMm: inch(3.7), wornKm: mi(600) },
			{ name: 'High', heelDropMm: inch(0.5), toeBoxWidthMm: inch(4.1), wornKm: mi(100) }
		]
	};
	it.each([
		[
			METRIC,
			'Its 12.7 mm drop suits you better than the 5.1 mm of Flat; its toe box (104.1 mm) leaves more room for your 101.6 mm forefoot than that of Flat (94 mm); it has done 160.9 km, against 965.6 km for Flat.'
		],
		[
			IMPERIAL,
			'Its 0.5 in drop suits you better than the 0.2 in of Flat; its toe box (4.1 in) leaves more room for your 4 in forefoot than that of Flat (3.7 in); it has done 100 mi, against 600 mi for Flat.'
		]
	] as const)('in %o', (units, reasons) => {
		const lines = explainRanking(request, assess(request, units), units);
		expect(lines[0]).toMatch(
			/^High ranks first with a calf-risk index of \d+, against \d+ for Flat\.$/
		);
		expect(lines[1]).toBe(reasons);
	});

	it('speaks metric without units, as the JSON API does', () => {
		const a = assess(request);
		expect(explainRanking(request, a)).toEqual(explainRanking(request, a, METRIC));
	});
});

/** Every field of an assessment except the sentences. */
function numbersOnly(a: Assessment) {
	return {
		...a,
		results: a.results.map((r) => ({
			...r,
			findings: r.findings.map((f) => ({ ...f, why: '', headline: '' })),
			tips: r.tips.map((t) => ({ ...t, text: '', dose: '' }))
		})),
		sharpen: a.sharpen.map((s) => ({ ...s, label: '' }))
	};
}

/**
 * The sentences a runner reads: "why", tip texts, sharpen labels and the ranking. Shoes are
 * renamed first: the ranking quotes their names, and a shoe the generator named "km" is no
 * unit.
 */
function sentences(given: AssessRequest, units: Units): string[] {
	const request = { ...given, shoes: given.shoes.map((s, i) => ({ ...s, name: `Shoe ${i}` })) };
	const a = assess(request, units);
	return [
		...a.results.flatMap((r) => [
			...r.findings.flatMap((f) => [f.why, f.headline]),
			...r.tips.flatMap((t) => [t.text, t.dose])
		]),
		...a.sharpen.map((s) => s.label),
		...explainRanking(request, a, units)
	];
}

describe('display units change words only', () => {
	it('index, bands, factors, confidence, tips chosen, sharpen and ranking are the same in any units', () => {
		fc.assert(
			fc.property(requestArb, unitsArb, (request, units) => {
				const metric = assess(request);
				const shown = assess(request, units);
				expect(numbersOnly(shown)).toEqual(numbersOnly(metric));
				expect(explainRanking(request, shown, units).length).toBe(
					explainRanking(request, metric).length
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('imperial sentences name no metric unit; metric ones name no imperial unit', () => {
		fc.assert(
			fc.property(requestArb, (request) => {
				for (const s of sentences(request, IMPERIAL)) expect(s).not.toMatch(/ (km|mm|cm)\b/);
				for (const s of sentences(request, METRIC)) expect(s).not.toMatch(/\d (mi|in)\b/);
			}),
			{ numRuns: 300 }
		);
	});

	it('mixed units convert each quantity on its own', () => {
		fc.assert(
			fc.property(requestArb, (request) => {
				for (const s of sentences(request, { length: 'in', distance: 'km' }))
					expect(s).not.toMatch(/ (mm|cm|mi)\b/);
				for (const s of sentences(request, { length: 'mm', distance: 'mi' }))
					expect(s).not.toMatch(/ km\b|\d in\b/);
			}),
			{ numRuns: 150 }
		);
	});
});
