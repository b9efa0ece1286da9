import { describe, expect, it } from 'vitest';
import { SHARPEN } from '../risk/sharpen-table';
import { RUNNER_FIELDS, SHOE_FIELDS, WEEKS_SHOWN } from './fields';
import { FOLLOW_UPS, offeredSteps, stepFields } from './follow-ups';
import { QUICK_RUNNER, QUICK_SHARPEN, QUICK_SHOE } from './quick';

describe('follow-up steps', () => {
	it('ask every runner and shoe question the quick check does not, once', () => {
		const runner = [
			...QUICK_RUNNER,
			...FOLLOW_UPS.flatMap((s) => s.runner.filter((n) => !n.startsWith('runner.weeklyKm.')))
		];
		const expected = Object.keys(RUNNER_FIELDS)
			.filter((k) => k !== 'weeklyKm' && k !== 'redFlags')
			.map((k) => `runner.${k}`);
		expect([...runner].sort()).toEqual([...expected].sort());
		expect(new Set(runner).size).toBe(runner.length);
		const shoe = [...QUICK_SHOE, ...FOLLOW_UPS.flatMap((s) => s.shoe)];
		expect([...shoe].sort()).toEqual(Object.keys(SHOE_FIELDS).sort());
		expect(FOLLOW_UPS[0]?.runner.filter((n) => n.startsWith('runner.weeklyKm.')).length).toBe(
			WEEKS_SHOWN
		);
	});

	it('answer every item of the sharpen table the quick check leaves', () => {
		const offered = [...QUICK_SHARPEN, ...FOLLOW_UPS.flatMap((s) => s.sharpen)];
		expect([...offered].sort()).toEqual(SHARPEN.map((r) => r.id).sort());
	});

	it('come in the order of what they add, then the table, answered steps last', () => {
		const sharpen = [
			{ id: 'knee-to-wall', label: '', findings: [], adds: 0.2 },
			{ id: 'rest-days', label: '', findings: [], adds: 0.05 },
			{ id: 'toe-box', label: '', findings: [], adds: 0.2 }
		];
		const values = Object.fromEntries(
			stepFields(
				FOLLOW_UPS.find((s) => s.id === 'about')!,
				0
			).map((n) => [n, '1'])
		);
		const ids = offeredSteps(sharpen, values, 0).map((o) => o.step.id);
		expect(ids).toEqual([
			'knee-to-wall',
			'fit',
			'habits',
			'weeks',
			'heel-raises',
			'form',
			'shoe',
			'about'
		]);
		expect(offeredSteps([], {}, null).map((o) => o.step.id)).toEqual(FOLLOW_UPS.map((s) => s.id));
	});

	it('leave out a shoe`s fields where the shoes have their own fieldsets', () => {
		const fit = FOLLOW_UPS.find((s) => s.id === 'fit')!;
		expect(stepFields(fit, null)).toEqual(['runner.forefootWidthMm']);
		expect(stepFields(fit, 2)).toContain('shoes.2.toeBoxFit');
	});
});
