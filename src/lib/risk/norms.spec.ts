import { describe, expect, it } from 'vitest';
import { HEEL_RAISE_NORMS, heelRaiseNorm } from './norms';

describe('heel-raise norms', () => {
	// As the norms table reads: an age, then the men's and the women's norm. Ages outside the
	// table take its nearest decade.
	it.each([
		[10, 37, 31],
		[19.9, 37, 31],
		[25, 37, 31],
		[29.9, 37, 31],
		[30, 33, 27],
		[39, 33, 27],
		[40, 28, 25],
		[45, 28, 25],
		[55, 24, 22],
		[59.5, 24, 22],
		[60, 19, 19],
		[65, 19, 19],
		[70, 15, 17],
		[79, 15, 17],
		[80, 15, 17],
		[100, 15, 17]
	])('age %s: men %s, women %s', (age, men, women) => {
		expect(heelRaiseNorm(age, 'male').reps).toBe(men);
		expect(heelRaiseNorm(age, 'female').reps).toBe(women);
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
