import fc from 'fast-check';
import lz from 'lz-string';
import { describe, expect, it } from 'vitest';
import { parsedRequestArb, unitsArb } from '../risk/arbitraries';
import { expectNoPollution } from '../hostile';
import { RunnerSchema, ShoeSchema, RED_FLAGS, type AssessRequest, type Shoe } from '../risk/schema';
import {
	decodeShare,
	encodeShare,
	RUNNER_KEYS_V1,
	SHARE_MAX_FRAGMENT,
	SHARE_MAX_JSON,
	SHOE_KEYS_V1
} from './share';

const runner = {
	age: 38,
	sex: 'female',
	bodyMassKg: 61.5,
	monthsRunningLast12: 12,
	weeklyKm: [28, 30, 34, 31.5, 36, 40, 22, 38, 41, 43.5, 45, 47],
	longestRunLast30DaysKm: 14.5,
	nextRunKm: 16,
	restDaysPerWeek: 2,
	otherSportHoursPerWeek: 1.5,
	fastSessions: 'same',
	footStrike: 'forefoot',
	footStrikeChangedRecently: false,
	footPosture: 'pronated',
	cadenceSpm: 168,
	heelRaises: { left: 19, right: 24 },
	heelRaisePain: false,
	kneeToWallCm: { left: 9.5, right: 11 },
	forefootWidthMm: 97,
	usualDropMm: 10,
	pairsInRotation: 3,
	previousCalfInjury: true,
	pain: { duringRun: 3, nextMorning: 'same' },
	redFlags: [...RED_FLAGS]
} satisfies AssessRequest['runner'];

const names = [
	'Nike Pegasus 41',
	'Hoka Clifton 9',
	'Brooks Ghost 16',
	'ASICS Novablast 4',
	'Saucony Endorphin Speed 4',
	'Altra Escalante 4'
];

function shoeWith(name: string, i: number): Shoe {
	return {
		name,
		heelDropMm: 10 - i,
		measuredDropMm: 9.4 + i,
		toeBoxWidthMm: 94.6 + i,
		toeBoxFit: 'snug',
		support: 'stability',
		minimalist: i % 2 === 0,
		wornKm: 350 + 37 * i,
		monthsWorn: 4 + i
	};
}

const sixShoes: AssessRequest = { runner, shoes: names.map(shoeWith) };
const units = { length: 'in', distance: 'mi' } as const;

/** JSON cannot tell -0 from 0, so a round trip is compared with what JSON keeps. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('encodeShare / decodeShare', () => {
	it('round-trips a full six-shoe assessment with units', () => {
		expect(decodeShare(encodeShare(sixShoes, units))).toEqual({
			ok: true,
			value: { request: sixShoes, units }
		});
	});

	it('round-trips without units, and with a leading #', () => {
		const small = { runner: {}, shoes: [{ name: 'Trainer', heelDropMm: 8 }] };
		expect(decodeShare(`#${encodeShare(small)}`)).toEqual({ ok: true, value: { request: small } });
	});

	// Measured at the time of writing: 712 characters (plain JSON + lz-string: 1,452).
	it('keeps a six-shoe link with every field filled under 2,000 characters', () => {
		const fragment = encodeShare(sixShoes, units);
		expect(fragment.length).toBeLessThan(2000);
		expect(fragment.length).toBeLessThan(
			lz.compressToEncodedURIComponent(JSON.stringify(sixShoes)).length
		);
	});

	// Measured: 980 characters with six distinct 80-character names.
	it('keeps it under 2,000 with six names of the longest allowed length', () => {
		const long = names.map((n, i) =>
			shoeWith(`${n} wide, second colourway bought ${2020 + i} `.repeat(3).slice(0, 80), i)
		);
		expect(long.every((s) => s.name.length === 80)).toBe(true);
		expect(encodeShare({ runner, shoes: long }, units).length).toBeLessThan(2000);
	});

	it('fits the worst valid request under the decoder cap', () => {
		// A fixed LCG (Numerical Recipes constants) so the test is repeatable: random UTF-16 names
		// and full-precision numbers are what compresses worst.
		let seed = 1;
		const rand = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
		const within = (min: number, max: number) => min + (max - min) * rand();
		const text = () =>
			Array.from({ length: 80 }, () =>
				String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000))
			).join('');
		const worst: AssessRequest = {
			runner: {
				...runner,
				age: within(10, 100),
				bodyMassKg: within(25, 250),
				monthsRunningLast12: within(0, 12),
				weeklyKm: Array.from({ length: 12 }, () => within(0, 400)),
				longestRunLast30DaysKm: within(0, 250),
				nextRunKm: within(0, 250),
				otherSportHoursPerWeek: within(0, 40),
				cadenceSpm: within(100, 230),
				kneeToWallCm: { left: within(0, 25), right: within(0, 25) },
				forefootWidthMm: within(60, 140),
				usualDropMm: within(-5, 25),
				pain: { duringRun: within(0, 10), nextMorning: 'worse' }
			},
			shoes: Array.from({ length: 6 }, () => ({
				name: text(),
				heelDropMm: within(-5, 25),
				measuredDropMm: within(-5, 25),
				toeBoxWidthMm: within(60, 140),
				toeBoxFit: 'squeezed',
				support: 'motion-control',
				minimalist: true,
				wornKm: within(0, 5000),
				monthsWorn: within(0, 240)
			}))
		};
		const fragment = encodeShare(worst, units);
		// Measured: 3,443 characters.
		expect(fragment.length).toBeGreaterThan(2000);
		expect(fragment.length).toBeLessThan(SHARE_MAX_FRAGMENT);
		expect(decodeShare(fragment)).toEqual({ ok: true, value: { request: worst, units } });
	});

	it('round-trips any valid request, with or without units', () => {
		fc.assert(
			fc.property(parsedRequestArb, fc.option(unitsArb, { nil: undefined }), (request, u) => {
				const fragment = encodeShare(request, u);
				expect(fragment.length).toBeLessThanOrEqual(SHARE_MAX_FRAGMENT);
				const expected = u
					? { request: viaJson(request), units: u }
					: { request: viaJson(request) };
				expect(decodeShare(fragment)).toEqual({ ok: true, value: expected });
			}),
			{ numRuns: 300 }
		);
	});

	it('still reads a version 1 link made when the format was fixed', () => {
		// Links already sent must keep opening: this one was encoded on 2026-11-26.
		const sent =
			'v1.NrDMA4BoDsFcBt4wUujnralHuZ1rkYcAIwCckATACwC6xBT+LSYkARAM4CGAtgFMOdBiA4ARHgEt4ATwAEAFwBO06AOUdIpAAyNWndbBU94w0Rz58tHANbWRQA';
		expect(decodeShare(sent)).toEqual({
			ok: true,
			value: {
				request: {
					runner: {
						age: 38,
						heelRaises: { left: 19, right: 24 },
						pain: { duringRun: 3, nextMorning: 'same' }
					},
					shoes: [{ name: 'Daily trainer', heelDropMm: 10, support: 'neutral' }]
				},
				units: { length: 'mm', distance: 'km' }
			}
		});
	});

	it('packs answers by position and drops trailing gaps', () => {
		const fragment = encodeShare({
			runner: { age: 38, heelRaises: { left: 19, right: 24 } },
			shoes: [{ name: 'A', heelDropMm: 3, support: 'neutral' }]
		});
		expect(lz.decompressFromEncodedURIComponent(fragment.slice(3))).toBe(
			'[[38' + ',null'.repeat(13) + ',[19,24]],[["A",3,null,null,null,"neutral"]]]'
		);
	});

	it('lists every schema field in the frozen link positions', () => {
		expect([...RUNNER_KEYS_V1].sort()).toEqual(Object.keys(RunnerSchema.entries).sort());
		expect([...SHOE_KEYS_V1].sort()).toEqual(Object.keys(ShoeSchema.entries).sort());
	});

	const valid = encodeShare(sixShoes, units);
	const body = valid.slice(3);
	const packed = (payload: unknown) =>
		`v1.${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`;

	it.each([
		['an empty fragment', '', 'not a Stridecheck share link'],
		['a page anchor', '#main', 'not a Stridecheck share link'],
		['version 0', `v0.${body}`, 'not a Stridecheck share link'],
		['a future version', `v3.${body}`, 'newer Stridecheck'],
		['a cut-off link', valid.slice(0, valid.length / 2), 'damaged or incomplete'],
		['a link cut after the prefix', 'v1.', 'damaged or incomplete'],
		['characters outside the alphabet', `v1.${body.slice(0, 20)}!!`, 'damaged or incomplete'],
		['a broken percent escape', `v1.${body}%E0%A4%A`, 'damaged or incomplete'],
		['an oversized link', `v1.${'A'.repeat(SHARE_MAX_FRAGMENT)}`, 'too long'],
		['text that is not JSON', `v1.${lz.compressToEncodedURIComponent('{nope')}`, 'damaged'],
		['JSON that is not a list', packed({ runner: {}, shoes: [] }), 'damaged'],
		['a runner that is not a list', packed([{}, [['A', 3]]]), 'damaged'],
		['too many runner positions', packed([Array(24).fill(null), [['A', 3]]]), 'damaged'],
		['a shoe that is not a list', packed([[], [{ name: 'A' }]]), 'damaged'],
		['a half pair', packed([[...Array(14).fill(null), [19]], [['A', 3]]]), 'damaged'],
		['bad units', packed([[], [['A', 3]], ['cm', 'km']]), 'damaged'],
		['units that are not a list', packed([[], [['A', 3]], 'metric']), 'damaged'],
		['no shoes', packed([[], []]), 'shoes: Add at least one shoe'],
		[
			'an out-of-range drop',
			packed([[], [['A', 40]]]),
			'shoes.0.heelDropMm: Must be at most 25 mm'
		],
		['a string for a number', packed([['38'], [['A', 3]]]), 'runner.age: Enter a number'],
		[
			'a pair given as an object',
			packed([[...Array(14).fill(null), { left: 1, right: 2 }], [['A', 3]]]),
			'damaged'
		],
		[
			'a hostile answer object',
			`v1.${lz.compressToEncodedURIComponent('[[null,null,null,null,{"__proto__":{"polluted":1}}],[["A",3]]]')}`,
			'Forbidden key: __proto__'
		]
	])('refuses %s with a friendly message', (_, fragment, message) => {
		expect(decodeShare(fragment)).toEqual({ ok: false, message: expect.stringContaining(message) });
		expectNoPollution();
	});

	it('refuses a short link that nests too deep for a validator to walk', () => {
		const depth = 19_000;
		const nested = `v1.${lz.compressToEncodedURIComponent(`[[${'['.repeat(depth)}${']'.repeat(depth)}],[["A",3]]]`)}`;
		expect(nested.length).toBeLessThan(SHARE_MAX_FRAGMENT);
		expect(decodeShare(nested)).toEqual({ ok: false, message: expect.stringContaining('damaged') });
	});

	it('refuses a link that decompresses beyond the cap', () => {
		// LZ expands a run of one letter roughly quadratically: a short link, a huge text.
		const bomb = lz.compressToEncodedURIComponent('a'.repeat(SHARE_MAX_JSON * 4));
		expect(bomb.length).toBeLessThan(SHARE_MAX_FRAGMENT);
		expect(decodeShare(`v1.${bomb}`)).toEqual({
			ok: false,
			message: expect.stringContaining('too much data')
		});
	});

	it('accepts a link whose $ and + were percent-encoded on the way', () => {
		// The first of these whose link holds a `$` or a `+`.
		const request = Array.from({ length: 500 }, (_, i) => ({
			runner: { age: 10 + (i % 90), cadenceSpm: 100 + (i % 130) },
			shoes: [{ name: `Shoe ${i}`, heelDropMm: i % 25 }]
		})).find((r) => /[$+]/.test(encodeShare(r)));
		expect(request).toBeDefined();
		if (!request) return;
		const fragment = encodeShare(request);
		const escaped = fragment.replaceAll('$', '%24').replaceAll('+', '%2B');
		expect(escaped).not.toBe(fragment);
		expect(decodeShare(escaped)).toEqual({ ok: true, value: { request } });
	});

	it('never throws on any string', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((s) => `v1.${s}`),
					fc.stringMatching(/^v1\.[A-Za-z0-9+\-$]{0,400}$/),
					fc.jsonValue().map((j) => `v1.${lz.compressToEncodedURIComponent(JSON.stringify(j))}`),
					fc
						.tuple(fc.array(fc.jsonValue()), fc.array(fc.array(fc.jsonValue())))
						.map(
							([r, shoes]) => `v1.${lz.compressToEncodedURIComponent(JSON.stringify([r, shoes]))}`
						),
					parsedRequestArb.chain((r) =>
						fc.nat(encodeShare(r).length).map((cut) => encodeShare(r).slice(0, cut))
					)
				),
				(fragment) => {
					const result = decodeShare(fragment);
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
				}
			),
			{ numRuns: 500 }
		);
	});
});
