import { describe, expect, it } from 'vitest';
import { FINDING_RULES } from '$lib/risk/rules';
import {
	DEFAULT_TIE_ORDER,
	PERSONAL_ANSWERS,
	listInWords,
	missingAnswers,
	tieOrder,
	tieSentence
} from './for-your-calf';

describe('shoes for your calf', () => {
	it('names exactly the answers the rows about the shoe read', () => {
		const read = new Set(
			FINDING_RULES.filter((r) => r.perShoe)
				.flatMap((r) => r.inputs)
				.filter((i) => i.startsWith('runner.'))
				.map((i) => i.slice('runner.'.length).split('.')[0])
		);
		expect(new Set(PERSONAL_ANSWERS.map((a) => a.key))).toEqual(read);
	});

	it.each([
		[{}, PERSONAL_ANSWERS.length],
		[{ footStrike: 'forefoot', weeklyKm: [] }, PERSONAL_ANSWERS.length - 1],
		[Object.fromEntries(PERSONAL_ANSWERS.map((a) => [a.key, a.key === 'weeklyKm' ? [20] : 1])), 0]
	])('counts %j as missing %i answers', (runner, missing) => {
		expect(missingAnswers(runner as never)).toHaveLength(missing);
	});

	it.each([
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a and b'],
		[['a', 'b', 'c'], 'a, b and c']
	])('lists %j as "%s"', (items, words) => {
		expect(listInWords(items)).toBe(words);
	});

	it('says a tie is equal for the calf and its order is the runner’s', () => {
		expect(tieSentence(1, DEFAULT_TIE_ORDER)).toBeNull();
		expect(tieSentence(28, DEFAULT_TIE_ORDER)).toBe(
			"28 shoes tie at the top: for your calf they are equal; within the tie they are ordered by drop, highest first (your choice, not the model's)."
		);
		expect(tieSentence(2, tieOrder('weight'))).toMatch(/ordered by weight, lightest first/);
		expect(tieOrder('nonsense')).toBe(DEFAULT_TIE_ORDER);
	});
});
