import { describe, expect, it } from 'vitest';
import { parseRequest } from '$lib/risk/schema';
import { catalog, findShoe } from '$lib/server/catalog';
import { toShoeInput } from './to-shoe-input';

const input = (id: string) => toShoeInput(findShoe(id)!);

describe('toShoeInput', () => {
	it.each([
		[
			'stated and lab drop, new-method toe box',
			'nike-pegasus-41',
			{
				name: 'Nike Pegasus 41',
				heelDropMm: 10,
				measuredDropMm: 11.4,
				toeBoxWidthMm: 94.6,
				support: 'neutral',
				minimalist: false
			}
		],
		[
			'lab drop only: it is both',
			'nike-vomero-18',
			{
				name: 'Nike Vomero 18',
				heelDropMm: 13.9,
				measuredDropMm: 13.9,
				toeBoxWidthMm: 95.6,
				support: 'neutral',
				minimalist: false
			}
		],
		[
			'old-method toe box left out',
			'mizuno-wave-rider-27',
			{
				name: 'Mizuno Wave Rider 27',
				heelDropMm: 12,
				measuredDropMm: 13.2,
				support: 'neutral',
				minimalist: false
			}
		],
		[
			'stability support, as RunRepeat labels it',
			'asics-gel-kayano-31',
			{
				name: 'ASICS Gel Kayano 31',
				heelDropMm: 10,
				measuredDropMm: 11.5,
				toeBoxWidthMm: 98.9,
				support: 'stability',
				minimalist: false
			}
		],
		[
			'barefoot shoe',
			'merrell-vapor-glove-6',
			{
				name: 'Merrell Vapor Glove 6',
				heelDropMm: 0,
				measuredDropMm: 0,
				toeBoxWidthMm: 93.3,
				support: 'neutral',
				minimalist: true
			}
		],
		[
			'no lab at all, stated stack only',
			'vivobarefoot-primus-lite-iii',
			{ name: 'Vivobarefoot Primus Lite III', heelDropMm: 0, minimalist: true }
		],
		[
			'cushioned zero-drop is not minimalist',
			'altra-torin-7',
			{
				name: 'Altra Torin 7',
				heelDropMm: 0,
				measuredDropMm: -0.8,
				toeBoxWidthMm: 101.1,
				support: 'neutral',
				minimalist: false
			}
		],
		[
			'no stack known: minimalist left out',
			'salomon-speedcross-6',
			{ name: 'Salomon Speedcross 6', heelDropMm: 10 }
		]
	])('%s (%s)', (_, id, expected) => {
		expect(input(id)).toEqual(expected);
	});

	it('gives every catalog shoe a shoe the assessment contract accepts', () => {
		const shoes = catalog.map(toShoeInput);
		for (let i = 0; i < shoes.length; i += 6) {
			const result = parseRequest({ runner: {}, shoes: shoes.slice(i, i + 6) });
			expect(result.ok ? [] : result.errors).toEqual([]);
		}
	});

	it('never passes an old-method width on', () => {
		const oldOnly = catalog.filter(
			(s) => s.lab?.toeboxWidestOldMethodMm !== undefined && s.lab.toeboxWidestMm === undefined
		);
		expect(oldOnly.length).toBeGreaterThan(100);
		for (const s of oldOnly) expect(toShoeInput(s).toeBoxWidthMm).toBeUndefined();
	});
});
