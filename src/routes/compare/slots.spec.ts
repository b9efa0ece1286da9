import { describe, expect, it } from 'vitest';
import * as shoeSlots from './slots';
import { parseForm } from '../../lib/form/parse';
import { type FormValues } from '../../lib/form/fields';
import { toShoeInput } from '../../lib/catalog';
import { findShoe } from '../../lib/server/catalog';
import { METRIC } from '../../lib/units';

const IMPERIAL = { length: 'in', distance: 'mi' } as const;

describe('slotsOf and filledSlots', () => {
	const cases: [string, FormValues, number[], number[]][] = [
		['no shoes', { 'runner.age': '40' }, [], []],
		['a blank fieldset counts as a slot, not as a shoe', { 'shoes.0.name': '' }, [0], []],
		[
			'sparse indices stay sorted',
			{ 'shoes.3.name': 'C', 'shoes.1.name': '', 'shoes.0.heelDropMm': '8' },
			[0, 1, 3],
			[0, 3]
		],
		['unknown shoe fields are ignored', { 'shoes.2.colour': 'red' }, [], []],
		['whitespace is blank', { 'shoes.0.name': '  ' }, [0], []]
	];
	it.each(cases)('%s', (_name, values, slots, filled) => {
		expect(shoeSlots.slotsOf(values)).toEqual(slots);
		expect(shoeSlots.filledSlots(values)).toEqual(filled);
	});

	it('filledSlots lists the shoes in the order parseForm puts them in the request', () => {
		const values = {
			'shoes.4.name': 'Late',
			'shoes.4.heelDropMm': '4',
			'shoes.1.name': '',
			'shoes.0.name': 'Early',
			'shoes.0.heelDropMm': '10'
		};
		const parsed = parseForm(values).result;
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(
			shoeSlots.filledSlots(values).map((i) => values[`shoes.${i}.name` as keyof typeof values])
		).toEqual(parsed.value.shoes.map((s) => s.name));
	});
});

describe('addShoe and removeShoe', () => {
	it('adds a blank fieldset after the last one', () => {
		expect(shoeSlots.addShoe({ 'shoes.0.name': 'A', 'shoes.2.name': 'B' }, METRIC)).toEqual({
			'shoes.0.name': 'A',
			'shoes.2.name': 'B',
			'shoes.3.name': ''
		});
		expect(shoeSlots.addShoe({}, METRIC)).toEqual({ 'shoes.0.name': '' });
	});

	it('prefills an added shoe in the form units', () => {
		const added = shoeSlots.addShoe({}, IMPERIAL, {
			name: 'X',
			heelDropMm: 25.4,
			wornKm: 160.9344
		});
		expect(added).toMatchObject({
			'shoes.0.name': 'X',
			'shoes.0.heelDropMm': '1',
			'shoes.0.wornKm': '100'
		});
	});

	it(`stops at ${shoeSlots.MAX_SHOES} shoes`, () => {
		let values: FormValues = {};
		for (let i = 0; i < shoeSlots.MAX_SHOES + 2; i++) values = shoeSlots.addShoe(values, METRIC);
		expect(shoeSlots.slotsOf(values)).toHaveLength(shoeSlots.MAX_SHOES);
	});

	it('removes every field of one shoe and nothing else', () => {
		const values = {
			'shoes.1.name': 'A',
			'shoes.1.heelDropMm': '8',
			'shoes.10.name': 'B',
			'runner.age': '40'
		};
		expect(shoeSlots.removeShoe(values, 1)).toEqual({ 'shoes.10.name': 'B', 'runner.age': '40' });
	});
});

describe('placeShoe', () => {
	const shoe = { name: 'Picked', heelDropMm: 8 };
	const cases: [string, FormValues, number | null, string[]][] = [
		[
			'the first of two blank forms',
			{ 'shoes.0.name': '', 'shoes.0.heelDropMm': '', 'shoes.1.name': '' },
			0,
			['Picked', '']
		],
		[
			'a blank form after a typed shoe',
			{ 'shoes.0.name': 'Mine', 'shoes.3.name': '', 'shoes.3.heelDropMm': '' },
			3,
			['Mine', 'Picked']
		],
		[
			'a blank form before a typed one',
			{ 'shoes.0.name': '', 'shoes.1.name': 'Mine', 'shoes.1.heelDropMm': '6' },
			0,
			['Picked', 'Mine']
		],
		['after the last when none is blank', { 'shoes.0.name': 'Mine' }, 1, ['Mine', 'Picked']],
		[
			'a form with only a drop typed is not blank',
			{ 'shoes.0.name': '', 'shoes.0.heelDropMm': '4' },
			1,
			['', 'Picked']
		]
	];
	it.each(cases)('fills %s', (_name, values, slot, names) => {
		const placed = shoeSlots.placeShoe(values, METRIC, shoe);
		expect(placed.slot).toBe(slot);
		expect(shoeSlots.slotsOf(placed.values).map((k) => placed.values[`shoes.${k}.name`])).toEqual(
			names
		);
		// Nothing of the blank form survives beside the pick.
		expect(placed.values[`shoes.${slot}.heelDropMm`]).toBe('8');
	});

	it('changes nothing when the form is full', () => {
		let values: FormValues = {};
		for (let i = 0; i < shoeSlots.MAX_SHOES; i++)
			values = shoeSlots.addShoe(values, METRIC, { name: `S${i}`, heelDropMm: 4 });
		expect(shoeSlots.placeShoe(values, METRIC, shoe)).toEqual({ values, slot: null });
	});
});

describe('picksToValues', () => {
	it('puts each picked catalog shoe in its own fieldset, in the order picked', () => {
		const shoes = ['nike-vomero-18', 'nike-pegasus-41'].map((id) => toShoeInput(findShoe(id)!));
		const values = shoeSlots.picksToValues(shoes, METRIC);
		expect(shoeSlots.slotsOf(values)).toEqual([0, 1]);
		const parsed = parseForm(values).result;
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.shoes).toEqual(shoes);
	});

	it('makes no fieldset without picks', () => {
		expect(shoeSlots.slotsOf(shoeSlots.picksToValues([], METRIC))).toEqual([]);
	});
});

describe('answersOf', () => {
	it("keeps the answers and drops the page's controls and the units shown", () => {
		expect(
			shoeSlots.answersOf({
				'shoes.0.name': 'A',
				'runner.age': '40',
				'units.length': 'in',
				'units.from.length': 'mm',
				slot: '0',
				catalog: 'nike-pegasus-41',
				catalogQuery: 'pegasus'
			})
		).toEqual({ 'shoes.0.name': 'A', 'runner.age': '40', 'units.length': 'in' });
	});
});
