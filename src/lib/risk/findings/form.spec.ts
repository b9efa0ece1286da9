import { describe, expect, it } from 'vitest';
import { ruleFor } from '../rules';
import type { FindingId, Runner, Shoe } from '../schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

function bandFor(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}) {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).band;
}

describe('form.strike', () => {
	it.each([
		[{ footStrike: 'rearfoot' }, 'low'],
		[{ footStrike: 'midfoot', footStrikeChangedRecently: true }, 'low'],
		[{ footStrike: 'forefoot' }, 'moderate'],
		[{ footStrike: 'forefoot', footStrikeChangedRecently: false }, 'moderate'],
		[{ footStrike: 'forefoot', footStrikeChangedRecently: true }, 'high'],
		[{ footStrike: 'unsure' }, 'unknown'],
		[{ footStrikeChangedRecently: true }, 'unknown']
	] as [Runner, string][])('%j → %s', (runner, band) => {
		expect(bandFor('form.strike', runner)).toBe(band);
	});

	it('nudges toward a slow-motion video when unsure', () => {
		const why = ruleFor('form.strike').evaluate({
			runner: { footStrike: 'unsure' },
			shoe: SHOE
		}).why;
		expect(why).toMatch(/slow-motion/);
	});
});

describe('form.posture vs the shoe support', () => {
	it.each([
		['neutral', 'neutral', 'low'],
		['supinated', undefined, 'low'],
		['pronated', 'neutral', 'moderate'],
		['pronated', undefined, 'moderate'],
		['pronated', 'stability', 'low'],
		['pronated', 'motion-control', 'low'],
		['unsure', 'stability', 'unknown']
	] as const)('%s feet, %s shoe → %s', (footPosture, support, band) => {
		expect(bandFor('form.posture', { footPosture }, support ? { support } : {})).toBe(band);
	});

	it('says an unstated support counts as neutral', () => {
		const why = ruleFor('form.posture').evaluate({
			runner: { footPosture: 'pronated' },
			shoe: SHOE
		}).why;
		expect(why).toMatch(/counts as neutral/);
	});
});
