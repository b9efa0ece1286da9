import { describe, expect, it } from 'vitest';
import { findShoe, versionAlert } from '$lib/server/catalog';
import { toRow } from './view';

const row = (id: string) => {
	const shoe = findShoe(id);
	if (!shoe) throw new Error(`no ${id} in the catalog`);
	return toRow(shoe, versionAlert(id));
};

describe('toRow: the version alert', () => {
	it.each([
		{
			id: 'asics-gel-nimbus-27',
			label: 'Newer version',
			changeMm: -3.1,
			detail:
				"Its newer version, ASICS Gel Nimbus 28, measures 5.2 mm of drop in RunRepeat's lab, 3.1 mm lower than this one's 8.3 mm.",
			meaning: 'A lower-drop switch: if you buy it, move to it gradually, with calf raises.'
		},
		{
			id: 'asics-gel-cumulus-25',
			label: 'Newest version',
			changeMm: 2.1,
			detail: expect.stringMatching(
				/^Its newest version, ASICS Gel Cumulus \d+, .* 2\.1 mm higher than this one's 11\.2 mm\.$/
			),
			meaning: expect.stringMatching(/^A higher-drop switch/)
		}
	])('$id: $label, $changeMm mm', ({ id, ...alert }) => {
		expect(row(id).alert).toEqual(alert);
	});

	it('the newest model of its line carries none', () => {
		expect(row('asics-gel-nimbus-28').alert).toBeNull();
	});
});
