import { describe, expect, it } from 'vitest';
import { versionAlertsFor } from './index';

describe('versionAlertsFor', () => {
	it.each([
		[{ 'shoes.0.name': 'ASICS Gel Nimbus 27' }, ['asics gel nimbus 27']],
		[{ 'shoes.3.name': '  asics  GEL nimbus 27 ' }, ['asics gel nimbus 27']],
		[{ 'shoes.0.name': 'ASICS Gel Nimbus 28' }, []],
		[{ 'shoes.0.name': 'ASICS Gel Nimbus 27 (mine)' }, []],
		[{ 'runner.name': 'ASICS Gel Nimbus 27', 'shoes.0.heelDropMm': 'ASICS Gel Nimbus 27' }, []],
		[{ 'shoes.0.name': '' }, []]
	])('%j → %j', (values, keys) => {
		expect(Object.keys(versionAlertsFor(values))).toEqual(keys);
	});

	it('carries both lab drops and what the change means', () => {
		const alert = versionAlertsFor({ 'shoes.0.name': 'ASICS Gel Nimbus 27' })[
			'asics gel nimbus 27'
		];
		expect(alert).toMatchObject({
			from: { dropMm: 8.3 },
			to: { name: 'ASICS Gel Nimbus 28', dropMm: 5.2 },
			direction: 'lower'
		});
	});
});
