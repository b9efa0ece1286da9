/**
 * Every sentence that puts a number before a noun agrees with it at 1 ("1 heel raise", "one
 * week earlier"), whether the number is the runner's own or a cut-point of the table (cuts are
 * changed to 1 with `withCuts` to reach the sentences that quote them).
 */
import { describe, expect, it } from 'vitest';
import { interpretations } from './notes';
import type { Cuts } from './rule';
import { ruleFor, textContext, type Rule, type TextContext } from './rules';
import { SHARPEN } from './sharpen-table';
import { inWords, plural } from './text';
import { TIPS } from './tip-table';
import type { FindingId, Runner, Shoe } from './schema';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

function row(id: FindingId, cuts: Cuts = {}): Rule {
	return ruleFor(id).withCuts(cuts);
}

const why = (id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}, cuts: Cuts = {}) =>
	row(id, cuts).evaluate({ runner, shoe: { ...SHOE, ...shoe } }).why;

const texts = (id: FindingId, cuts: Cuts) => {
	const r = row(id, cuts);
	return [r.question, ...r.bands.map((b) => b.when), r.opinionNote ?? ''].join('\n');
};

describe('plural', () => {
	it.each([
		['0 heel raises', plural(0, 'heel raise', 'heel raises')],
		['1 heel raise', plural(1, 'heel raise', 'heel raises')],
		['2 heel raises', plural(2, 'heel raise', 'heel raises')],
		['1.5 months', plural(1.5, 'month', 'months')],
		['one week', plural(1, 'week', 'weeks', inWords)],
		['three weeks', plural(3, 'week', 'weeks', inWords)]
	])('reads %s', (text, written) => {
		expect(written).toBe(text);
	});
});

/** [finding, runner, a sentence the "why" must contain]: the runner's own count is 1. */
const WHY_AT_ONE: [FindingId, Runner, string][] = [
	[
		'calf.strength',
		{ heelRaises: { left: 1, right: 20 } },
		'Your weaker leg managed 1 heel raise;'
	],
	[
		'calf.strength',
		{ heelRaises: { left: 2, right: 20 } },
		'Your weaker leg managed 2 heel raises;'
	],
	['calf.symmetry', { heelRaises: { left: 1, right: 1 } }, 'Both legs managed 1 heel raise.'],
	['calf.symmetry', { heelRaises: { left: 20, right: 20 } }, 'Both legs managed 20 heel raises.'],
	[
		'overuse.rest',
		{ restDaysPerWeek: 2, otherSportHoursPerWeek: 1 },
		'You take 2 rest days a week. Other sports (1 h a week) are linked to fewer running injuries (Malisoux 2015).'
	],
	[
		'overuse.rest',
		{ restDaysPerWeek: 1, otherSportHoursPerWeek: 3.5 },
		'You take one rest day a week. Other sports (3.5 h a week) are linked to fewer running injuries (Malisoux 2015).'
	]
];

/** [finding, runner, shoe, cuts changed, a sentence the "why" must contain]: a cut is 1. */
const WHY_AT_CUT_ONE: [FindingId, Runner, Partial<Shoe>, Cuts, string][] = [
	[
		'form.strike',
		{ footStrike: 'forefoot', footStrikeChangedRecently: true },
		{},
		{ recentChangeMonths: 1 },
		'You switched to a forefoot landing in the last 1 month,'
	],
	[
		'load.weekly',
		{ weeklyKm: [20, 25] },
		{},
		{ weeksBack: 1, minWeeks: 2 },
		'Your latest week (25 km) is 25% above the week one week earlier (20 km).'
	],
	[
		'load.weekly',
		{ weeklyKm: [0, 25] },
		{},
		{ weeksBack: 1, minWeeks: 2 },
		'follows a week with no running one week earlier.'
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12, weeklyKm: [40] },
		{ heelDropMm: 0, minimalist: true, monthsWorn: 0 },
		{ transitionMonths: 1 },
		'It is a minimalist shoe you have run in for under 1 month,'
	],
	[
		'shoe.drop',
		{ monthsRunningLast12: 12, pain: { duringRun: 1, nextMorning: 'same' } },
		{ heelDropMm: 7, monthsWorn: 1 },
		{ transitionMonths: 1 },
		'You have run in it for 1 month without calf pain'
	],
	[
		'shoe.wear',
		{ pairsInRotation: 1 },
		{ wornKm: 600 },
		{ rotationPairs: 1 },
		'This shoe has done 600 km, but you rotate 1 pair.'
	]
];

describe('sentences agree with a count of 1', () => {
	it.each(WHY_AT_ONE)('%s %o', (id, runner, sentence) => {
		expect(why(id, runner)).toContain(sentence);
	});

	it.each(WHY_AT_CUT_ONE)('%s %o %o %o', (id, runner, shoe, cuts, sentence) => {
		expect(why(id, runner, shoe, cuts)).toContain(sentence);
	});

	it.each([
		['form.strike', { recentChangeMonths: 1 }, 'forefoot adopted in the last 1 month (window'],
		['load.weekly', { weeksBack: 1, minWeeks: 2 }, 'above the week one week earlier?'],
		['shoe.drop', { transitionMonths: 1 }, 'run in < 1 month, with a latest week']
	] as const)('%s with %o: the method texts say "%s"', (id, cuts, text) => {
		expect(texts(id, cuts)).toContain(text);
	});

	const ctxWith = (id: FindingId, cuts: Cuts): TextContext =>
		textContext(undefined, [row(id, cuts)]);

	it('the weekly-distance sharpen label counts the weeks the rule needs', () => {
		const item = SHARPEN.find((s) => s.id === 'weekly-km')!;
		const label = (minWeeks: number) => item.label(ctxWith('load.weekly', { minWeeks }));
		expect(label(1)).toBe('Give at least one week of weekly distance');
		expect(label(3)).toBe('Give at least three weeks of weekly distance');
	});

	it('the recovery tip counts one rest day more than the moderate cut', () => {
		const tip = TIPS.find((t) => t.id === 'recovery-days')!;
		const text = (moderateAtMost: number) => tip.text(ctxWith('overuse.rest', { moderateAtMost }));
		expect(text(0)).toContain('Keep at least 1 easy or rest day a week;');
		expect(text(1)).toContain('Keep at least 2 easy or rest days a week;');
	});

	it('the interpretations agree at 1 too', () => {
		const { row: rows } = ctxWith('load.weekly', { weeksBack: 1 });
		expect(interpretations(rows).map((i) => i.decision)).toContainEqual(
			expect.stringContaining('Compares the latest week with the week one week before it')
		);
	});
});
