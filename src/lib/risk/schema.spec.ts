import { describe, expect, it } from 'vitest';
import { findHazard, parseRequest } from './schema';
import { expectNoPollution } from '../hostile';

const shoe = { name: 'Daily trainer', heelDropMm: 10 };

describe('parseRequest', () => {
	it('accepts the smallest valid request', () => {
		expect(parseRequest({ runner: {}, shoes: [shoe] })).toEqual({
			ok: true,
			value: { runner: {}, shoes: [shoe] }
		});
	});

	it.each([
		[
			'out-of-range drop',
			{ runner: {}, shoes: [{ ...shoe, heelDropMm: -40 }] },
			'shoes.0.heelDropMm',
			'at least -5'
		],
		['string for a number', { runner: { age: '38' }, shoes: [shoe] }, 'runner.age', 'number'],
		['NaN', { runner: { age: NaN }, shoes: [shoe] }, 'runner.age', 'number'],
		['null', { runner: { sex: null }, shoes: [shoe] }, 'runner.sex', 'Choose one of'],
		[
			'unknown runner key',
			{ runner: { shoeSize: 9 }, shoes: [shoe] },
			'runner.shoeSize',
			'Unknown field'
		],
		[
			'unknown shoe key',
			{ runner: {}, shoes: [{ ...shoe, colour: 'red' }] },
			'shoes.0.colour',
			'Unknown field'
		],
		['no shoes', { runner: {}, shoes: [] }, 'shoes', 'at least one'],
		['seven shoes', { runner: {}, shoes: Array(7).fill(shoe) }, 'shoes', 'At most 6'],
		[
			'half a pair',
			{ runner: { heelRaises: { left: 3 } }, shoes: [shoe] },
			'runner.heelRaises.right',
			'Missing field: right'
		],
		[
			'fractional rest days',
			{ runner: { restDaysPerWeek: 1.5 }, shoes: [shoe] },
			'runner.restDaysPerWeek',
			'whole'
		],
		[
			'duplicate red flag',
			{ runner: { redFlags: ['sudden-pop', 'sudden-pop'] }, shoes: [shoe] },
			'runner.redFlags',
			'once'
		],
		[
			'empty name',
			{ runner: {}, shoes: [{ ...shoe, name: '  ' }] },
			'shoes.0.name',
			'Enter a name'
		],
		['unknown top-level key', { runner: {}, shoes: [shoe], extra: 1 }, 'extra', 'Unknown']
	])('refuses %s', (_label, input, path, message) => {
		const result = parseRequest(input);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const error = result.errors.find((e) => e.path === path);
		expect(error, JSON.stringify(result.errors)).toBeDefined();
		expect(error?.message).toContain(message);
	});

	it('refuses __proto__ and constructor keys at any depth', () => {
		for (const body of [
			'{"runner":{"__proto__":{"polluted":1}},"shoes":[{"name":"a","heelDropMm":1}]}',
			'{"runner":{},"shoes":[{"name":"a","heelDropMm":1,"constructor":{"prototype":{"x":1}}}]}',
			'{"__proto__":{"polluted":1},"runner":{},"shoes":[{"name":"a","heelDropMm":1}]}'
		]) {
			const result = parseRequest(JSON.parse(body));
			expect(result.ok).toBe(false);
		}
		expectNoPollution();
	});

	it('refuses deeply nested input without overflowing the stack', () => {
		const depth = 100_000;
		for (const text of [
			`{"runner":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"shoes":[]}`,
			`{"runner":{},"shoes":${'['.repeat(depth)}${']'.repeat(depth)}}`
		]) {
			const result = parseRequest(JSON.parse(text));
			expect(result.ok).toBe(false);
		}
	});

	it('names the path of a forbidden key found deep inside', () => {
		const result = parseRequest(
			JSON.parse('{"runner":{"pain":{"constructor":1}},"shoes":[{"name":"a","heelDropMm":1}]}')
		);
		expect(result).toEqual({
			ok: false,
			errors: [{ path: 'runner.pain.constructor', message: 'Forbidden key: constructor' }]
		});
	});
});

describe('an array where an object belongs', () => {
	const shoe = { name: 'a', heelDropMm: 8 };
	it.each([
		[[], '', 'Must be an object with runner and shoes'],
		[{ runner: [], shoes: [shoe] }, 'runner', 'Must be an object of runner answers'],
		[
			{ runner: { heelRaises: [] }, shoes: [shoe] },
			'runner.heelRaises',
			'Must be an object with left and right'
		],
		[
			{ runner: { pain: [] }, shoes: [shoe] },
			'runner.pain',
			'Must be an object with duringRun and nextMorning'
		],
		[{ runner: {}, shoes: [shoe, []] }, 'shoes.1', 'Must be an object describing a shoe']
	])('%j is refused at "%s"', (input, path, message) => {
		expect(parseRequest(input)).toEqual({ ok: false, errors: [{ path, message }] });
	});

	it('is still read where the contract has a list', () => {
		const result = parseRequest({ runner: { weeklyKm: [10, 12], redFlags: [] }, shoes: [shoe] });
		expect(result.ok).toBe(true);
	});
});

describe('findHazard', () => {
	it.each([
		['plain data', { a: [1, { b: 2 }] }, null],
		['a primitive', 'x', null],
		[
			'an object’s own forbidden key before one in its children',
			JSON.parse('{"a":{"constructor":1},"__proto__":1}'),
			{ kind: 'forbidden', path: ['__proto__'] }
		],
		[
			'a forbidden key inside a list',
			{ a: [{}, { prototype: 1 }] },
			{ kind: 'forbidden', path: ['a', '1', 'prototype'] }
		],
		['nesting at the limit', JSON.parse('['.repeat(32) + ']'.repeat(32)), null],
		[
			'nesting past the limit',
			JSON.parse('['.repeat(33) + ']'.repeat(33)),
			{ kind: 'deep', path: Array(32).fill('0') }
		]
	])('finds %s (32 levels at most, as saved data)', (_, input, expected) => {
		expect(findHazard(input, 32)).toEqual(expected);
	});

	it('walks 100 000 levels of nesting without a limit, and finds a key at the bottom', () => {
		const deep = '{"a":'.repeat(100_000) + '{"__proto__":1}' + '}'.repeat(100_000);
		const hazard = findHazard(JSON.parse(deep));
		expect(hazard?.kind).toBe('forbidden');
		expect(hazard?.path).toHaveLength(100_001);
		expect(findHazard(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toBeNull();
	});
});
