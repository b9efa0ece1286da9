import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RUNNER_FIELDS, SHOE_FIELDS, WEEKS_SHOWN, fieldLabel, type FormValues } from './fields';
import { WEEK_GAP_MESSAGE, liveErrors, parseForm } from './parse';
import { convertValues, flagsOf, inChosenUnits, requestToValues } from './values';
import { numberProblem, readNumber } from './numbers';
import {
	FAST_SESSIONS,
	FOOT_POSTURES,
	FOOT_STRIKES,
	NEXT_MORNING,
	RED_FLAGS,
	RunnerSchema,
	SEXES,
	ShoeSchema,
	SUPPORTS,
	TOE_BOX_FITS,
	type AssessRequest
} from '../risk/schema';
import { METRIC, type Units } from '../units';
import { assess } from '../risk/assess';

const shoe = { 'shoes.0.name': 'Daily trainer', 'shoes.0.heelDropMm': '10' };

function ok(input: Record<string, string>) {
	const parsed = parseForm(input);
	if (!parsed.result.ok) throw new Error(JSON.stringify(parsed.result.errors));
	return parsed.result.value;
}

function errors(input: Record<string, string>) {
	const parsed = parseForm(input);
	if (parsed.result.ok) throw new Error('expected errors');
	return Object.fromEntries(parsed.result.errors.map((e) => [e.path, e.message]));
}

describe('parseForm', () => {
	it('builds the smallest request, blank answers left out', () => {
		expect(ok({ ...shoe, 'runner.age': '', 'runner.sex': '', 'shoes.0.support': '' })).toEqual({
			runner: {},
			shoes: [{ name: 'Daily trainer', heelDropMm: 10 }]
		});
	});

	it('reads every kind of field', () => {
		const request = ok({
			...shoe,
			'runner.age': '38',
			'runner.sex': 'female',
			'runner.footStrikeChangedRecently': 'false',
			'runner.heelRaisePain': 'true',
			'runner.heelRaises.left': '19',
			'runner.heelRaises.right': '24',
			'runner.pain.duringRun': '3,5',
			'runner.pain.nextMorning': 'same',
			'runner.weeklyKm.0': '',
			'runner.weeklyKm.1': ' ',
			'runner.weeklyKm.2': '28',
			'runner.weeklyKm.3': '34',
			'runner.redFlags.sudden-pop': 'on',
			'runner.redFlags.hard-veins': 'on',
			'shoes.0.minimalist': 'true',
			'shoes.0.wornKm': '350'
		});
		expect(request.runner).toEqual({
			age: 38,
			sex: 'female',
			footStrikeChangedRecently: false,
			heelRaisePain: true,
			heelRaises: { left: 19, right: 24 },
			pain: { duringRun: 3.5, nextMorning: 'same' },
			weeklyKm: [28, 34],
			// the contract's order, not the order of the fields.
			redFlags: ['hard-veins', 'sudden-pop']
		});
		expect(request.shoes[0]).toMatchObject({ minimalist: true, wornKm: 350 });
	});

	it('converts inches and miles to the engine units', () => {
		const request = ok({
			'units.length': 'in',
			'units.distance': 'mi',
			'shoes.0.name': 'X',
			'shoes.0.heelDropMm': '0.3937',
			'runner.nextRunKm': '10',
			'runner.kneeToWallCm.left': '3.937',
			'runner.kneeToWallCm.right': '4'
		});
		expect(request.shoes[0]!.heelDropMm).toBe(10);
		expect(request.runner.nextRunKm).toBe(16.09);
		expect(request.runner.kneeToWallCm).toEqual({ left: 10, right: 10.16 });
	});

	it.each([
		['letters in a number', { 'runner.age': '3x8' }, 'runner.age', 'Enter a number'],
		['letters only', { 'shoes.0.heelDropMm': 'ten' }, 'shoes.0.heelDropMm', 'Enter a number'],
		[
			'drop below the range',
			{ 'shoes.0.heelDropMm': '-40' },
			'shoes.0.heelDropMm',
			'Must be at least -5 mm'
		],
		['a name too long', { 'shoes.0.name': 'x'.repeat(81) }, 'shoes.0.name', 'At most 80'],
		['a decimal count', { 'runner.restDaysPerWeek': '1.5' }, 'runner.restDaysPerWeek', 'whole'],
		[
			'half a pair',
			{ 'runner.heelRaises.left': '20' },
			'runner.heelRaises.right',
			'Answer this too, or leave both blank'
		],
		['a tampered choice', { 'runner.sex': 'robot' }, 'runner.sex', 'Choose one of'],
		['a tampered yes/no', { 'shoes.0.minimalist': 'maybe' }, 'shoes.0.minimalist', 'true or false']
	])('%s → a message on its field', (_what, fields, path, message) => {
		expect(errors({ ...shoe, ...fields })[path]).toContain(message);
	});

	it('names a shoe left unnamed by its place: "Your shoe" alone, "Shoe 2" among others', () => {
		const one = parseForm({ 'shoes.0.heelDropMm': '8' }).result;
		expect(one.ok && one.value.shoes.map((s) => s.name)).toEqual(['Your shoe']);
		const two = parseForm({
			'shoes.0.heelDropMm': '8',
			'shoes.1.heelDropMm': '4',
			'shoes.1.name': ''
		}).result;
		expect(two.ok && two.value.shoes.map((s) => s.name)).toEqual(['Shoe 1', 'Shoe 2']);
		const named = parseForm({ 'shoes.0.heelDropMm': '8', 'shoes.0.name': ' Pegasus ' }).result;
		expect(named.ok && named.value.shoes[0]?.name).toBe('Pegasus');
	});

	it('maps a skipped week back to the field the runner typed in', () => {
		expect(
			errors({
				...shoe,
				'runner.weeklyKm.0': '',
				'runner.weeklyKm.1': '20',
				'runner.weeklyKm.2': '999'
			})
		).toEqual({ 'runner.weeklyKm.2': 'Must be at most 400 km' });
	});

	it('states limits in the displayed unit, with the metric figure beside it', () => {
		expect(
			errors({ 'units.length': 'in', 'shoes.0.name': 'X', 'shoes.0.heelDropMm': '-2' })
		).toEqual({ 'shoes.0.heelDropMm': 'Must be at least -0.197 in (-5 mm)' });
		expect(errors({ ...shoe, 'units.distance': 'mi', 'runner.nextRunKm': '200' })).toEqual({
			'runner.nextRunKm': 'Must be at most 155.343 mi (250 km)'
		});
	});

	it('asks for the first shoe when none is given and keeps later shoes at their own index', () => {
		expect(errors({})).toEqual({ 'shoes.0.heelDropMm': 'Enter a number' });
		expect(errors({ ...shoe, 'shoes.2.name': 'Racer', 'shoes.2.heelDropMm': '30' })).toEqual({
			'shoes.2.heelDropMm': 'Must be at most 25 mm'
		});
	});

	it('accepts URLSearchParams and FormData alike', () => {
		const params = new URLSearchParams({ ...shoe, 'runner.age': '40' });
		const data = new FormData();
		for (const [k, v] of params) data.append(k, v);
		expect(parseForm(params).result).toEqual(parseForm(data).result);
		expect(ok(Object.fromEntries(params)).runner.age).toBe(40);
	});
});

const twoDecimals = (min: number, max: number) =>
	fc.integer({ min: min * 100, max: max * 100 }).map((h) => h / 100);

/** The weekly fields as a browser sends them: all six, oldest first, blank ones as ''. */
const weeks = (...typed: string[]): FormValues => {
	expect(typed).toHaveLength(WEEKS_SHOWN);
	return Object.fromEntries(typed.map((value, i) => [`runner.weeklyKm.${i}`, value]));
};
const week = (i: number) => `runner.weeklyKm.${i}`;

describe('weekly distances: consecutive weeks ending with the last full week', () => {
	it.each<[string, FormValues, number[] | undefined]>([
		['all blank: no answer', weeks('', '', '', '', '', ''), undefined],
		['only the last full week', weeks('', '', '', '', '', '40'), [40]],
		['the oldest left blank', weeks('', '', '10', '20', '30', '40'), [10, 20, 30, 40]],
		['all six', weeks('1', '2', '3', '4', '5', '6'), [1, 2, 3, 4, 5, 6]],
		['0 is a week without running, not a blank', weeks('', '', '', '0', '0', '12'), [0, 0, 12]],
		['spaces alone are blank', weeks(' ', '\t', '', '', '20', '40'), [20, 40]],
		// Clients that post only some fields (tests/bench): the last one sent is the last full week.
		['fewer fields sent', { [week(0)]: '28', [week(1)]: '30', [week(2)]: '34' }, [28, 30, 34]]
	])('%s', (_what, values, expected) => {
		expect(ok({ ...shoe, ...values }).runner.weeklyKm).toEqual(expected);
	});

	it.each<[string, FormValues, Record<string, string>]>([
		[
			// Closing up the blanks would compare 40 with 10, "two weeks earlier".
			'blanks between given weeks, each on its own field',
			weeks('10', '', '', '20', '', '40'),
			{ [week(1)]: WEEK_GAP_MESSAGE, [week(2)]: WEEK_GAP_MESSAGE, [week(4)]: WEEK_GAP_MESSAGE }
		],
		[
			'a blank last full week after earlier weeks',
			weeks('', '', '10', '20', '30', ''),
			{ [week(5)]: WEEK_GAP_MESSAGE }
		],
		[
			'only the oldest three: "3 weeks earlier" is not the latest week',
			weeks('10', '20', '30', '', '', ''),
			{ [week(3)]: WEEK_GAP_MESSAGE, [week(4)]: WEEK_GAP_MESSAGE, [week(5)]: WEEK_GAP_MESSAGE }
		],
		['a gap of spaces', weeks('', '', '10', '  ', '30', '40'), { [week(3)]: WEEK_GAP_MESSAGE }],
		[
			'a gap beside a week out of range: each field its own message',
			weeks('', '999', '', '30', '40', '50'),
			{ [week(1)]: 'Must be at most 400 km', [week(2)]: WEEK_GAP_MESSAGE }
		],
		[
			'a field not sent between two that were',
			{ [week(0)]: '10', [week(2)]: '20' },
			{ [week(1)]: WEEK_GAP_MESSAGE }
		]
	])('%s → refused on the blank field', (_what, values, expected) => {
		expect(errors({ ...shoe, ...values })).toEqual(expected);
	});

	it('keeps every value as typed after a refused gap (the page shows them again)', () => {
		const typed = { ...shoe, ...weeks('10', '', '', '20', '', '40'), 'runner.age': '38' };
		expect(parseForm(typed).values).toEqual(typed);
	});

	it('stays quick and refused for a huge index posted by hand', () => {
		const parsed = parseForm({ ...shoe, [week(0)]: '10', [week(999_999_999)]: '20' });
		expect(parsed.result.ok).toBe(false);
		expect((parsed.raw.runner.weeklyKm as unknown[]).length).toBeLessThanOrEqual(13);
	});

	const weekList = fc.array(twoDecimals(0, 400), { minLength: 1, maxLength: WEEKS_SHOWN });
	const blank = fc.constantFrom('', ' ', '  ');

	it('any run of weeks typed into the last fields, blanks before, parses back to itself', () => {
		fc.assert(
			fc.property(weekList, fc.array(blank, { minLength: WEEKS_SHOWN }), (list, blanks) => {
				const lead = WEEKS_SHOWN - list.length;
				const typed = weeks(...blanks.slice(0, lead), ...list.map(String));
				expect(ok({ ...shoe, ...typed }).runner.weeklyKm).toEqual(list);
				// And the form a saved list is put back into reads the same list.
				const request = { runner: { weeklyKm: list }, shoes: [{ name: 'A', heelDropMm: 10 }] };
				expect(parseForm(requestToValues(request, METRIC)).result).toEqual({
					ok: true,
					value: request
				});
			})
		);
	});

	it('a blank anywhere after the first week given is refused there, and only there', () => {
		fc.assert(
			fc.property(
				fc.array(twoDecimals(0, 400), { minLength: 2, maxLength: WEEKS_SHOWN }),
				fc.nat(),
				blank,
				(list, at, gap) => {
					const lead = WEEKS_SHOWN - list.length;
					const blanked = 1 + (at % (list.length - 1));
					const typed = list.map((km, i) => (i === blanked ? gap : String(km)));
					const values = weeks(...Array<string>(lead).fill(''), ...typed);
					expect(errors({ ...shoe, ...values })).toEqual({
						[week(lead + blanked)]: WEEK_GAP_MESSAGE
					});
				}
			)
		);
	});
});

describe('numbers as typed', () => {
	it.each<[string, number]>([
		['8,5', 8.5],
		['0,5', 0.5],
		[',5', 0.5],
		['1,20', 1.2],
		// A comma before 4 digits is no thousands separator (those group by 3): a decimal comma.
		['1,2345', 1.2345],
		// A leading 0 is never grouped in thousands either.
		['0,500', 0.5],
		['-1,5', -1.5],
		[' 10 ', 10],
		['+8', 8],
		['10.', 10],
		['10,', 10],
		['1200', 1200],
		['1200.5', 1200.5]
	])('%s → %s', (typed, value) => {
		expect(readNumber(typed)).toBe(value);
		expect(numberProblem(typed)).toBeNull();
	});

	it.each<[string, string | null]>([
		// One comma grouping 3 digits: a thousands separator or a decimal comma, never guessed.
		['1,200', 'Is it 1200 or 1.2? Write it without the comma.'],
		['1,000', 'Is it 1000 or 1? Write it without the comma.'],
		['12,000', 'Is it 12000 or 12? Write it without the comma.'],
		[' -1,000 ', 'Is it -1000 or -1? Write it without the comma.'],
		// With two commas, or a decimal point too, the comma can only group thousands.
		['1,200,000', 'Write 1200000 without the commas.'],
		['1,200.5', 'Write 1200.5 without the comma.'],
		['1,200.', 'Write 1200 without the comma.'],
		['1 200', 'Write 1200 without the space.'],
		['1\u202f200,5', 'Write 1200,5 without the space.'],
		['12 345 678', 'Write 12345678 without the spaces.'],
		// Not numbers at all: the schema's "Enter a number".
		['1e3', null],
		['Infinity', null],
		['0x10', null],
		['1,2,3', null],
		['1.200,5', null],
		['1 20', null],
		['', null]
	])('%j is refused: %s', (typed, problem) => {
		expect(readNumber(typed)).toBeNull();
		expect(numberProblem(typed)).toBe(problem);
	});

	it.each<[string, FormValues, string, string]>([
		[
			'distance run in the shoe',
			{ 'shoes.0.wornKm': '1,200' },
			'shoes.0.wornKm',
			'Is it 1200 or 1.2? Write it without the comma.'
		],
		[
			'heel drop',
			{ 'shoes.0.heelDropMm': '1,000' },
			'shoes.0.heelDropMm',
			'Is it 1000 or 1? Write it without the comma.'
		],
		[
			'a weekly distance',
			weeks('', '', '', '', '30', '1,200'),
			'runner.weeklyKm.5',
			'Is it 1200 or 1.2? Write it without the comma.'
		],
		[
			'in inches: the figure as typed, nothing converted',
			{ 'units.length': 'in', 'runner.usualDropMm': '1,000' },
			'runner.usualDropMm',
			'Is it 1000 or 1? Write it without the comma.'
		],
		['a space', { 'runner.age': '1 200' }, 'runner.age', 'Write 1200 without the space.'],
		['not a number', { 'runner.age': '1e3' }, 'runner.age', 'Enter a number']
	])('%s → the message on its field', (_what, fields, path, message) => {
		expect(errors({ ...shoe, ...fields })[path]).toBe(message);
	});

	it('"8,5" still reads as 8.5 on a form', () => {
		expect(ok({ ...shoe, 'shoes.0.heelDropMm': '8,5' }).shoes[0]!.heelDropMm).toBe(8.5);
	});

	it('a choice tampered to look like thousands keeps its own message', () => {
		expect(errors({ ...shoe, 'runner.sex': '1,200' })['runner.sex']).toContain('Choose one of');
	});

	it('a unit switch leaves "1,200" as typed instead of converting 1.2', () => {
		const out = convertValues(
			{ ...shoe, 'shoes.0.wornKm': '1,200', 'runner.age': '38' },
			{
				length: 'in',
				distance: 'mi'
			}
		);
		expect(out['shoes.0.wornKm']).toBe('1,200');
		expect(out['shoes.0.heelDropMm']).toBe('0.3937');
	});

	it('any whole number written with thousands commas is refused, naming the plain figure', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1000, max: 5_000_000 }), (km) => {
				const typed = km.toLocaleString('en-US');
				expect(readNumber(typed)).toBeNull();
				expect(numberProblem(typed)).toContain(`${km} `);
			})
		);
	});
});

describe('requestToValues: weekly distances', () => {
	it('puts a short list in the last fields, ending at "Last full week"', () => {
		const values = requestToValues({ runner: { weeklyKm: [30, 34] }, shoes: [] }, METRIC);
		expect(values[week(4)]).toBe('30');
		expect(values[week(5)]).toBe('34');
		expect(values[week(3)]).toBeUndefined();
	});

	it('keeps the latest weeks of a list longer than the form shows (the API takes 12)', () => {
		const list = Array.from({ length: 12 }, (_, i) => i + 1);
		const values = requestToValues({ runner: { weeklyKm: list }, shoes: [] }, METRIC);
		const shown = Object.keys(values).filter((name) => name.startsWith('runner.weeklyKm.'));
		expect(shown.sort()).toEqual(Array.from({ length: WEEKS_SHOWN }, (_, i) => week(i)));
		expect(values[week(5)]).toBe('12');
		expect(values[week(0)]).toBe('7');
	});
});

const requestArb: fc.Arbitrary<AssessRequest> = fc.record({
	runner: fc.record(
		{
			age: fc.integer({ min: 10, max: 100 }),
			sex: fc.constantFrom(...SEXES),
			bodyMassKg: twoDecimals(25, 250),
			monthsRunningLast12: fc.integer({ min: 0, max: 12 }),
			weeklyKm: fc.array(twoDecimals(0, 400), { maxLength: 6 }),
			longestRunLast30DaysKm: twoDecimals(0, 250),
			nextRunKm: twoDecimals(0, 250),
			restDaysPerWeek: fc.integer({ min: 0, max: 7 }),
			fastSessions: fc.constantFrom(...FAST_SESSIONS),
			footStrike: fc.constantFrom(...FOOT_STRIKES),
			footStrikeChangedRecently: fc.boolean(),
			footPosture: fc.constantFrom(...FOOT_POSTURES),
			heelRaises: fc.record({
				left: fc.integer({ min: 0, max: 200 }),
				right: fc.integer({ min: 0, max: 200 })
			}),
			kneeToWallCm: fc.record({ left: twoDecimals(0, 25), right: twoDecimals(0, 25) }),
			forefootWidthMm: twoDecimals(60, 140),
			usualDropMm: twoDecimals(-5, 25),
			pain: fc.record({
				duringRun: fc.integer({ min: 0, max: 10 }),
				nextMorning: fc.constantFrom(...NEXT_MORNING)
			}),
			redFlags: fc.subarray([...RED_FLAGS], { minLength: 1 })
		},
		{ requiredKeys: [] }
	),
	shoes: fc.array(
		fc.record(
			{
				name: fc.constantFrom('Daily trainer', 'Racer'),
				heelDropMm: twoDecimals(-5, 25),
				measuredDropMm: twoDecimals(-5, 25),
				toeBoxWidthMm: twoDecimals(60, 140),
				toeBoxFit: fc.constantFrom(...TOE_BOX_FITS),
				support: fc.constantFrom(...SUPPORTS),
				minimalist: fc.boolean(),
				wornKm: twoDecimals(0, 5000),
				monthsWorn: fc.integer({ min: 0, max: 240 })
			},
			{ requiredKeys: ['name', 'heelDropMm'] }
		),
		{ minLength: 1, maxLength: 6 }
	)
}) as fc.Arbitrary<AssessRequest>;

const unitsArb = fc.record({
	length: fc.constantFrom('mm' as const, 'in' as const),
	distance: fc.constantFrom('km' as const, 'mi' as const)
}) satisfies fc.Arbitrary<Units>;

describe('form ↔ request round trip', () => {
	it('gives back the same request in any units, and after switching units', () => {
		fc.assert(
			fc.property(requestArb, unitsArb, unitsArb, (request, a, b) => {
				// An empty weekly list is not an answer: the form leaves it out.
				const expected = structuredClone(request);
				if (expected.runner.weeklyKm?.length === 0) delete expected.runner.weeklyKm;
				const inA = requestToValues(request, a);
				expect(parseForm(inA).result).toEqual({ ok: true, value: expected });
				expect(parseForm(convertValues(inA, b)).result).toEqual({ ok: true, value: expected });
			})
		);
	});
});

describe('field tables', () => {
	it('cover every runner and shoe field of the schema', () => {
		const runnerKeys = Object.keys(RunnerSchema.entries).sort();
		const covered = new Set([
			...Object.keys(RUNNER_FIELDS).map((k) => k.split('.')[0]!),
			'weeklyKm',
			'redFlags'
		]);
		expect([...covered].sort()).toEqual(runnerKeys);
		expect(Object.keys(SHOE_FIELDS).sort()).toEqual(Object.keys(ShoeSchema.entries).sort());
	});
});

describe('fieldLabel', () => {
	it('names every field in words', () => {
		for (const key of Object.keys(RUNNER_FIELDS))
			expect(fieldLabel(`runner.${key}`)).not.toContain('.');
		for (const key of Object.keys(SHOE_FIELDS))
			expect(fieldLabel(`shoes.0.${key}`)).not.toContain('.');
	});

	it.each([
		['runner.age', 1, 'Age'],
		// As the form labels the boxes, so the summary names the one the runner sees.
		['runner.weeklyKm.0', 1, 'Weekly distance, 5 weeks earlier'],
		['runner.weeklyKm.4', 1, 'Weekly distance, 1 week earlier'],
		['runner.weeklyKm.5', 1, 'Weekly distance, last full week'],
		['runner.weeklyKm.6', 1, 'Weekly distance 7'],
		['shoes.0.heelDropMm', 1, 'Heel drop, stated'],
		['shoes.2.heelDropMm', 3, 'Shoe 3: Heel drop, stated'],
		['shoes', 1, 'shoes']
	])('%s → %s', (name, count, label) => {
		expect(fieldLabel(name, count)).toBe(label);
	});
});

describe('inChosenUnits', () => {
	const IMPERIAL = { length: 'in', distance: 'mi' } as const;
	const typed: FormValues = {
		'units.length': 'mm',
		'units.distance': 'km',
		'runner.usualDropMm': '10',
		'runner.weeklyKm.5': '30',
		'shoes.0.name': 'A',
		'shoes.0.heelDropMm': '10',
		'shoes.0.wornKm': '300',
		'shoes.1.name': 'B',
		'shoes.1.heelDropMm': '4',
		'shoes.1.toeBoxWidthMm': '103.5'
	};
	const from = (u: { length: string; distance: string }) => ({
		'units.from.length': u.length,
		'units.from.distance': u.distance
	});

	it.each<[string, FormValues, Record<string, string>]>([
		[
			'mm/km shown, in/mi picked: the figures are converted',
			{ ...typed, ...from(METRIC), 'units.length': 'in', 'units.distance': 'mi' },
			{
				'shoes.0.heelDropMm': '0.3937',
				'shoes.0.wornKm': '186.4114',
				'runner.weeklyKm.5': '18.6411',
				'shoes.1.toeBoxWidthMm': '4.0748'
			}
		],
		[
			'only lengths switched: distances stay',
			{ ...typed, ...from(METRIC), 'units.length': 'in' },
			{ 'shoes.0.heelDropMm': '0.3937', 'shoes.0.wornKm': '300' }
		],
		[
			'the same units shown and picked: nothing changes',
			{ ...typed, ...from(METRIC) },
			{ 'shoes.0.heelDropMm': '10', 'shoes.0.wornKm': '300' }
		],
		[
			'no units.from fields: read as typed in the picked units',
			{ ...typed, 'units.length': 'in' },
			{ 'shoes.0.heelDropMm': '10' }
		]
	])('%s', (_name, submitted, expected) => {
		const out = inChosenUnits(submitted);
		expect(out).toMatchObject(expected);
		expect(unitsOfOut(out)).toEqual({
			length: submitted['units.length'],
			distance: submitted['units.distance']
		});
	});

	it('keeps every index and the ranking, both ways', () => {
		const metric = parseForm(typed).result;
		const there = inChosenUnits({ ...typed, ...from(METRIC), ...unitFields(IMPERIAL) });
		const back = inChosenUnits({ ...there, ...from(IMPERIAL), ...unitFields(METRIC) });
		expect(back).toMatchObject(typed);
		for (const values of [there, back]) {
			const parsed = parseForm(values).result;
			expect(parsed.ok && metric.ok).toBe(true);
			if (!parsed.ok || !metric.ok) return;
			expect(parsed.value).toEqual(metric.value);
			const a = assess(parsed.value);
			const b = assess(metric.value);
			expect(a.ranking).toEqual(b.ranking);
			expect(a.results.map((r) => r.index)).toEqual(b.results.map((r) => r.index));
		}
	});

	it('leaves text that is not a number as typed', () => {
		const out = inChosenUnits({
			...typed,
			...from(METRIC),
			'units.length': 'in',
			'shoes.0.heelDropMm': '1o'
		});
		expect(out['shoes.0.heelDropMm']).toBe('1o');
	});
});

const unitFields = (u: { length: string; distance: string }) => ({
	'units.length': u.length,
	'units.distance': u.distance
});
const unitsOfOut = (values: FormValues) => ({
	length: values['units.length'],
	distance: values['units.distance']
});

describe('limits in the units shown', () => {
	it('states a limit in inches, with the millimetres beside it', () => {
		const parsed = parseForm({
			'units.length': 'in',
			'units.distance': 'km',
			'shoes.0.name': 'A',
			'shoes.0.heelDropMm': '4'
		});
		expect(parsed.result.ok).toBe(false);
		if (parsed.result.ok) return;
		expect(parsed.result.errors).toContainEqual({
			path: 'shoes.0.heelDropMm',
			message: expect.stringContaining('Must be at most 0.984 in (25 mm)')
		});
	});
});

describe('flagsOf (the triage card of a form that does not parse yet)', () => {
	it('reads ticked flags from the fields alone, in the schema order', () => {
		expect(
			flagsOf({
				'runner.redFlags.sudden-pop': 'on',
				'runner.redFlags.breathless-chest-pain': 'on',
				'runner.cadenceSpm': '17O'
			})
		).toEqual(['breathless-chest-pain', 'sudden-pop']);
		expect(flagsOf({})).toEqual([]);
		expect(flagsOf({ 'runner.redFlags.not-a-flag': 'on' })).toEqual([]);
	});

	it('gives the flags the engine gets from the same fields, whatever else the form holds', () => {
		fc.assert(
			fc.property(
				fc.subarray([...RED_FLAGS]),
				fc.dictionary(
					fc.constantFrom('runner.cadenceSpm', 'runner.age', 'shoes.0.name', 'shoes.0.heelDropMm'),
					fc.string({ maxLength: 6 })
				),
				(flags, other) => {
					const values: FormValues = { ...other };
					for (const f of flags) values[`runner.redFlags.${f}`] = 'on';
					expect(flagsOf(values)).toEqual(parseForm(values).raw.runner.redFlags ?? []);
				}
			)
		);
	});
});

describe('liveErrors (before a submit)', () => {
	const gap = (i: number) => ({ path: `runner.weeklyKm.${i}`, message: WEEK_GAP_MESSAGE });
	const age = { path: 'runner.age', message: 'Enter a number' };
	it.each([
		['nothing touched: nothing shown', {}, []],
		['a touched field shows its own error only', { 'runner.age': true }, [age]],
		[
			'a touched week shows every gap, untouched as they are',
			{ 'runner.weeklyKm.3': true },
			[gap(4), gap(5)]
		],
		['both', { 'runner.age': true, 'runner.weeklyKm.3': true }, [age, gap(4), gap(5)]]
	] as const)('%s', (_name, touched, shown) => {
		expect(liveErrors([age, gap(4), gap(5)], touched)).toEqual(shown);
	});
});
