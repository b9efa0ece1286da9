import { describe, expect, it } from 'vitest';
import { HEEL_RAISE_NORMS, heelRaiseNorm } from './norms';

describe('heel-raise norms', () => {
	it.each([
		[25, 'male', 37],
		[25, 'female', 31],
		[29.9, 'female', 31],
		[30, 'female', 27],
		[39, 'male', 33],
		[40, 'male', 28],
		[45, 'female', 25],
		[55, 'male', 24],
		[59.5, 'female', 22],
		[60, 'male', 19],
		[65, 'female', 19],
		[70, 'male', 15],
		[79, 'female', 17],
		[10, 'male', 37],
		[19.9, 'female', 31],
		[80, 'male', 15],
		[100, 'female', 17]
	] as const)('age %s, %s → %s', (age, sex, reps) => {
		expect(heelRaiseNorm(age, sex).reps).toBe(reps);
	});

	it.each([
		[undefined, 'male'],
		[40, undefined],
		[40, 'unspecified'],
		[undefined, undefined]
	] as const)('age %s, sex %s → the default 25', (age, sex) => {
		expect(heelRaiseNorm(age, sex).reps).toBe(HEEL_RAISE_NORMS.default);
		expect(HEEL_RAISE_NORMS.default).toBe(25);
	});

	it('is labelled approximate with a ±6 day-to-day spread', () => {
		expect(HEEL_RAISE_NORMS.approximate).toBe(true);
		expect(HEEL_RAISE_NORMS.dayToDay).toBe(6);
	});
});
