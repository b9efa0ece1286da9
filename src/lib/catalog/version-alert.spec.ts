import { describe, expect, it } from 'vitest';
import {
	compareVersions,
	describeAlert,
	MEANING,
	newestVersion,
	versionAlertFor,
	VERSION_ALERT_MM
} from './version-alert';

type V = Parameters<typeof compareVersions>[0];
const shoe = (id: string, dropMm: number | undefined, nextVersion: string | null = null): V => ({
	id,
	name: `Brand ${id.toUpperCase()}`,
	lab: dropMm === undefined ? null : { source: `https://runrepeat.com/${id}`, dropMm },
	nextVersion,
	current: nextVersion === null,
	released: null
});
const line = (...shoes: V[]) => {
	const byId = new Map(shoes.map((s) => [s.id, s]));
	return (id: string) => byId.get(id);
};

describe('compareVersions', () => {
	it.each([
		['2.0 mm lower counts (10.5 → 8.5 is 1.999… in floating point)', 10.5, 8.5, -2],
		['2.1 mm higher counts', 6, 8.1, 2.1],
		['1.9 mm does not', 8, 6.1, null],
		['the same drop does not', 8, 8, null]
	])('%s', (_, a, b, change) => {
		const alert = compareVersions(shoe('a', a), shoe('b', b));
		expect(alert?.changeMm ?? null).toBe(change);
		if (alert) {
			expect(Math.abs(alert.changeMm)).toBeGreaterThanOrEqual(VERSION_ALERT_MM);
			expect(alert.meaning).toBe(alert.changeMm < 0 ? MEANING.lower : MEANING.higher);
		}
	});

	it('says nothing without both lab drops', () => {
		expect(compareVersions(shoe('a', undefined), shoe('b', 2))).toBeNull();
		expect(compareVersions(shoe('a', 10), shoe('b', undefined))).toBeNull();
	});
});

describe('newestVersion and versionAlertFor', () => {
	it('follows the line to its newest model the catalog holds', () => {
		const find = line(shoe('a', 10, 'b'), shoe('b', 9.5, 'c'), shoe('c', 6, 'd-missing'));
		expect(newestVersion(find('a')!, find)).toEqual({ shoe: find('c'), steps: 2 });
		expect(versionAlertFor(find('a')!, find)).toMatchObject({
			to: { id: 'c', dropMm: 6 },
			steps: 2,
			changeMm: -4,
			direction: 'lower'
		});
		// b → c is 3.5 mm too; c itself is the newest
		expect(versionAlertFor(find('b')!, find)?.steps).toBe(1);
		expect(versionAlertFor(find('c')!, find)).toBeNull();
	});

	it('ends a loop in the data instead of walking forever', () => {
		const find = line(shoe('a', 10, 'b'), shoe('b', 6, 'a'));
		expect(newestVersion(find('a')!, find)).toEqual({ shoe: find('b'), steps: 1 });
	});
});

describe('describeAlert', () => {
	it('names both shoes and both lab drops, crediting RunRepeat', () => {
		const find = line(shoe('a', 8.3, 'b'), shoe('b', 5.2));
		expect(describeAlert(versionAlertFor(find('a')!, find)!)).toBe(
			"Its newer version, Brand B, measures 5.2 mm of drop in RunRepeat's lab, 3.1 mm lower than this one's 8.3 mm."
		);
	});
});
