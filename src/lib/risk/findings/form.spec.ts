import { describe, expect, it } from 'vitest';
import type { Runner, Shoe } from '../schema';
import { bandCases, verdictFor } from './cases';

describe('form.strike', () => {
	bandCases(
		'form.strike',
		'%j → %s',
		[
			[{ footStrike: 'rearfoot' }, 'low'],
			[{ footStrike: 'midfoot', footStrikeChangedRecently: true }, 'low'],
			[{ footStrike: 'forefoot' }, 'moderate'],
			[{ footStrike: 'forefoot', footStrikeChangedRecently: false }, 'moderate'],
			[{ footStrike: 'forefoot', footStrikeChangedRecently: true }, 'high'],
			[{ footStrike: 'unsure' }, 'unknown'],
			[{ footStrikeChangedRecently: true }, 'unknown']
		],
		(runner: Runner) => [runner]
	);

	it('nudges toward a slow-motion video when unsure', () => {
		const why = verdictFor('form.strike', { footStrike: 'unsure' }).why;
		expect(why).toMatch(/slow-motion/);
	});
});

describe('form.posture vs the shoe support', () => {
	bandCases(
		'form.posture',
		'%s feet, %s shoe → %s',
		[
			['neutral', 'neutral', 'low'],
			['supinated', undefined, 'low'],
			['pronated', 'neutral', 'moderate'],
			['pronated', undefined, 'moderate'],
			['pronated', 'stability', 'low'],
			['pronated', 'motion-control', 'low'],
			['unsure', 'stability', 'unknown']
		],
		(footPosture: Runner['footPosture'], support?: Shoe['support']) => [
			{ footPosture },
			support ? { support } : {}
		]
	);

	it('says an unstated support counts as neutral', () => {
		const why = verdictFor('form.posture', { footPosture: 'pronated' }).why;
		expect(why).toMatch(/counts as neutral/);
	});
});
