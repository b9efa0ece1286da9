import { describe, expect, it } from 'vitest';
import { specRows } from './specs';
import { assess } from '../risk/assess';
import type { AssessRequest, Runner, Shoe } from '../risk/schema';
import { METRIC } from '../units';

const IMPERIAL = { length: 'in', distance: 'mi' } as const;

describe('specRows', () => {
	const runner: Runner = { footStrike: 'forefoot', usualDropMm: 10, forefootWidthMm: 97 };
	function rows(shoes: Shoe[], r: Runner = runner) {
		const request: AssessRequest = { runner: r, shoes };
		return specRows(shoes, assess(request).results, METRIC);
	}

	it('marks a spec as differing only when the shown values differ', () => {
		const out = rows([
			{ name: 'A', heelDropMm: 10, minimalist: false },
			{ name: 'B', heelDropMm: 10.0, minimalist: true }
		]);
		expect(out.map((r) => [r.key, r.differs])).toEqual([
			['heelDropMm', false],
			['minimalist', true]
		]);
	});

	it('leaves out specs no shoe gives and shows a dash where one shoe lacks it', () => {
		const out = rows([
			{ name: 'A', heelDropMm: 10, wornKm: 100 },
			{ name: 'B', heelDropMm: 8 }
		]);
		expect(out.map((r) => r.key)).toEqual(['heelDropMm', 'wornKm']);
		expect(out[1]!.cells.map((c) => c.text)).toEqual(['100 km', '–']);
		// Only one shoe gives a distance: nothing to tell apart.
		expect(out[1]!.differs).toBe(false);
	});

	it('marks best the drop the engine scores better for this runner, not the biggest or smallest number', () => {
		const forefoot = rows([
			{ name: 'Low', heelDropMm: 4 },
			{ name: 'High', heelDropMm: 10 }
		]);
		expect(forefoot[0]!.cells.map((c) => c.best)).toEqual([false, true]);
	});

	it('marks nothing best when the finding does not separate the shoes', () => {
		const out = rows([
			{ name: 'A', heelDropMm: 10 },
			{ name: 'B', heelDropMm: 11 }
		]);
		expect(out[0]!.cells.map((c) => c.best)).toEqual([false, false]);
		expect(out[0]!.differs).toBe(true);
	});

	it('marks the roomier toe box best against the runner forefoot', () => {
		const out = rows([
			{ name: 'Tight', heelDropMm: 10, toeBoxWidthMm: 90 },
			{ name: 'Roomy', heelDropMm: 10, toeBoxWidthMm: 100 }
		]);
		const toe = out.find((r) => r.key === 'toeBoxWidthMm')!;
		expect(toe.cells).toEqual([
			{ text: '90 mm', best: false },
			{ text: '100 mm', best: true }
		]);
	});

	it.each([
		// A catalog measurement in inches: 2 decimals, not the 4 an input keeps.
		[{ heelDropMm: 13.9 }, 'heelDropMm', IMPERIAL, '0.55 in'],
		[{ heelDropMm: 8 }, 'heelDropMm', IMPERIAL, '0.31 in'],
		[{ heelDropMm: 10, toeBoxWidthMm: 101.6 }, 'toeBoxWidthMm', IMPERIAL, '4 in'],
		[{ heelDropMm: 10, measuredDropMm: 9.87 }, 'measuredDropMm', IMPERIAL, '0.39 in'],
		// A typed 300 mi is kept as 482.8 km; it reads back 300 mi, not 299.9993.
		[{ heelDropMm: 10, wornKm: 482.8 }, 'wornKm', IMPERIAL, '300 mi'],
		[{ heelDropMm: 10, wornKm: 500 }, 'wornKm', IMPERIAL, '310.69 mi'],
		// Millimetres and kilometres as they are.
		[{ heelDropMm: 13.9 }, 'heelDropMm', METRIC, '13.9 mm'],
		[{ heelDropMm: 10, wornKm: 482.8 }, 'wornKm', METRIC, '482.8 km']
	] as const)('a shoe %o shows %s in %o as %s', (spec, key, units, text) => {
		const shoes: Shoe[] = [{ name: 'A', ...spec }];
		const results = assess({ runner: {}, shoes }).results;
		const row = specRows(shoes, results, units).find((r) => r.key === key);
		expect(row?.cells[0]?.text).toBe(text);
	});

	it('shows lengths in the runner units', () => {
		const shoes: Shoe[] = [
			{ name: 'A', heelDropMm: 25.4 },
			{ name: 'B', heelDropMm: 12.7 }
		];
		const results = assess({ runner: {}, shoes }).results;
		expect(specRows(shoes, results, IMPERIAL)[0]!.cells.map((c) => c.text)).toEqual([
			'1 in',
			'0.5 in'
		]);
	});
});
