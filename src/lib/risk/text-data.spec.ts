/**
 * Every cut-point a text quotes is written from the rule table's data: change a cut and the
 * question, the band conditions, the "why", the tips, the notes and the method page follow.
 * Two scans back that up: one perturbs every cut and looks for numbers that did not move, the
 * other reads the engine's source for digits typed into strings. Numbers that are not
 * cut-points (citations, input definitions, prescriptions) are listed below with the reason.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
	FACTOR_BAND_CUTS,
	FINDING_RULES,
	INDEX_BAND_CUTS,
	SHARPEN,
	TIPS,
	cutsOf,
	interpretations,
	methodNotes,
	ruleFor,
	type FindingRule
} from './rules';
import { selectTips } from './tips';
import { METRIC_SAY } from './text';
import type { Band, FindingId, Runner, Shoe } from './schema';
import { FINDING_IDS } from './schema';
import { buildMethod, ENGINE_TABLE } from '../../routes/method/method';

const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

/** A copy of a row with some cut-points changed: texts and verdicts rebuilt from them. */
function changed<C extends object>(id: FindingId, change: Partial<C>): FindingRule<C> {
	const row = ruleFor(id) as unknown as FindingRule<C>;
	return row.withCuts({ ...row.cuts, ...change });
}

const textsOf = (r: FindingRule<object>) =>
	[r.question, ...r.bands.map((b) => b.when), r.opinionNote ?? ''].join('\n');

describe('a changed cut changes the texts that quote it', () => {
	it('shoe.wear: 800 km → 900 km in the bands, the verdict and the why', () => {
		const row = changed('shoe.wear', { highAboveKm: 900 });
		expect(textsOf(ruleFor('shoe.wear'))).toContain('over 800 km');
		expect(textsOf(row)).toContain('over 900 km');
		expect(textsOf(row)).toContain('500–900 km');
		expect(textsOf(row)).not.toContain('800');
		const v = row.evaluate({ runner: {}, shoe: { ...SHOE, wornKm: 850 } });
		expect(v).toEqual({
			band: 'moderate',
			why: 'This shoe has done 850 km (500–900 km) and you run in one pair.'
		});
		// The engine's own row is untouched.
		expect(ruleFor('shoe.wear').evaluate({ runner: {}, shoe: { ...SHOE, wornKm: 850 } }).band).toBe(
			'high'
		);
	});

	it('load.spike: a 20% margin in the bands and the why', () => {
		const row = changed('load.spike', { moderateAbove: 1.2 });
		expect(textsOf(row)).toContain('R = next run ÷ 30-day longest ≤ 1.20');
		expect(textsOf(row)).toContain('1.20 < R ≤ 2.00');
		const why = row.evaluate({
			runner: { longestRunLast30DaysKm: 10, nextRunKm: 11.5 },
			shoe: SHOE
		}).why;
		expect(why).toBe(
			'Your next run (11.5 km) is 15% longer than your longest run in the last 30 days (10 km), within the 20% margin.'
		);
	});

	it.each([
		['load.weekly', { moderateAbove: 1.5 }, 'more than 50% above', 'more than 30% above'],
		['load.weekly', { weeksBack: 3 }, 'the week three weeks earlier', 'two weeks'],
		['overuse.volume', { weeklyKmAbove: 40 }, 'latest week over 40 km', 'over 30 km'],
		['overuse.rest', { moderateAtMost: 1 }, 'one rest day or fewer in a typical week', 'no rest'],
		['overuse.pain', { highAbove: 6 }, 'pain > 6/10', 'pain > 5/10'],
		['calf.strength', { moderateBelowNormMinus: 8 }, 'either leg < N − 8', 'N − 6'],
		['calf.strength', { highBelowNormFraction: 0.25 }, 'either leg < N ÷ 4', 'N ÷ 2'],
		['calf.symmetry', { highBelow: 0.75 }, 'weaker ÷ stronger < 75%', '< 80%'],
		['calf.flexibility', { sideDifferenceCm: 3 }, 'sides within 3 cm', 'within 2 cm'],
		['form.strike', { recentChangeMonths: 4 }, 'the last 4 months', 'last 3 months'],
		['shoe.drop', { highDropFromMm: 9 }, '4. drop ≥ 9 mm', 'drop ≥ 8 mm'],
		['shoe.drop', { strikeInteractionAtMostMm: 3 }, 'a drop ≤ 3 mm raises', 'drop ≤ 4 mm'],
		['shoe.drop', { transitionMonths: 9 }, 'The 9-month adaptation window', '6-month'],
		['shoe.toebox', { highNarrowerFromMm: 5 }, 'narrower by 5 mm or more', 'by 6 mm']
	] as [FindingId, object, string, string][])('%s %o', (id, change, now, before) => {
		const row = changed(id, change);
		expect(textsOf(ruleFor(id))).toContain(before);
		expect(textsOf(row)).toContain(now);
		expect(textsOf(row)).not.toContain(before);
	});

	it('the drop row words the strike interaction as a one-level raise, not a band', () => {
		const last = ruleFor('shoe.drop').bands.at(-1);
		expect(last).toEqual({
			raise: 1,
			when: 'then: a forefoot strike with a drop ≤ 4 mm raises the band found above one level, up to high at most (opinion)'
		});
		const view = buildMethod().factors.flatMap((f) => f.findings);
		const drop = view.find((f) => f.id === 'shoe.drop')!.bands.at(-1);
		expect(drop).toMatchObject({ band: 'raise', label: 'up one level', opinion: true });
	});

	it('tips, notes, interpretations and the method page quote a copied table', () => {
		const findings = FINDING_RULES.map((r) =>
			r.id === 'shoe.wear'
				? changed('shoe.wear', { highAboveKm: 900 })
				: r.id === 'load.spike'
					? changed('load.spike', { moderateAbove: 1.2 })
					: r
		) as FindingRule<object>[];
		const cuts = cutsOf(findings);
		const ctx = { say: METRIC_SAY, cuts };
		const tip = (id: string) => TIPS.find((t) => t.id === id)!;
		expect(tip('corrective-shoes').text(ctx)).toContain('past about 900 km');
		expect(tip('corrective-shoes').text({ ...ctx, cuts: cutsOf() })).toContain('past about 800 km');
		expect(tip('rest-reduce-load').text(ctx)).toContain('within 20% of your longest run');
		expect(tip('rest-reduce-load').personal?.({ longestRunLast30DaysKm: 10 }, ctx)).toBe(
			'For you: at most 12 km while your 30-day longest is 10 km.'
		);
		const decided = interpretations(cuts)
			.map((i) => i.decision)
			.join('\n');
		expect(decided).toContain('R = 1.20 is low');
		expect(decided).toContain('wear 500 and 900 km moderate');
		const notes = methodNotes(cuts, {
			factor: { moderateFrom: 30, highFrom: 70 },
			index: INDEX_BAND_CUTS
		});
		expect(notes.map((n) => n.text).join('\n')).toContain('factor scores (30/70)');
		const page = buildMethod({ ...ENGINE_TABLE, findings });
		expect(page.tips.find((t) => t.id === 'corrective-shoes')?.text).toContain('900 km');
		expect(page.interpretations.map((i) => i.decision).join()).toContain('R = 1.20 is low');
		const wear = page.factors.flatMap((f) => f.findings).find((f) => f.id === 'shoe.wear');
		expect(wear?.bands.map((b) => b.when)).toContain('over 900 km, whatever the rotation');
	});

	it('a changed cut changes the tips a runner gets', () => {
		const pain: Runner = { pain: { duringRun: 5, nextMorning: 'same' } };
		const bands = Object.fromEntries(FINDING_IDS.map((id) => [id, 'low'])) as Record<
			FindingId,
			Band
		>;
		const drop = { stated: 10, measured: undefined, scored: 10, transitioning: false };
		const facts = { ...drop, lowerDropSwitch: false, regular: true };
		const text = (cuts = cutsOf()) =>
			selectTips(pain, { ...bands, 'overuse.pain': 'moderate' }, facts, 'none', {
				say: METRIC_SAY,
				cuts
			}).find((t) => t.id === 'hold-load')?.text;
		expect(text()).toContain('is 3/10 or less');
		const painRow = changed('overuse.pain', { moderateAbove: 2 }) as FindingRule<object>;
		expect(text(cutsOf([painRow]))).toContain('is 2/10 or less');
	});
});

/* ------------------------------------------------------------------ number scans */

/**
 * Numbers in texts that are not cut-points of the rule rows, each with why it may be typed.
 * Every entry must still be needed (the last test checks), so the list cannot go stale.
 */
const ALLOWED: { pattern: RegExp; reason: string }[] = [
	{ pattern: /\b2026\.\d+\.\d+/g, reason: 'MODEL_VERSION, a version string' },
	{ pattern: /\b(19|20)\d\d\b/g, reason: "a citation's year" },
	{ pattern: /\bL30\b/g, reason: "risk-model.md's name for the 30-day longest run" },
	{ pattern: /"10% rule"/g, reason: 'the folk rule Buist 2008 tested, by its name' },
	{
		pattern: /last 30 days|30-day|\b30\+ days|over 30 days/g,
		reason: 'the input itself: longestRunLast30DaysKm (api.md)'
	},
	{ pattern: /\b12 months|\bof 12\b/g, reason: 'the input itself: monthsRunningLast12 (api.md)' },
	{ pattern: /\/10\b/g, reason: 'the pain scale of the input, 0–10 (api.md)' },
	{ pattern: /^[1-7]\. /g, reason: "risk-model.md's step number, from the row's position" },
	{
		pattern: /\b25 if not given/g,
		reason: 'HEEL_RAISE_NORMS.default, the norms table (a norm, not a cut)'
	},
	{ pattern: /±6 reps/g, reason: 'HEEL_RAISE_NORMS.dayToDay, the norms table' },
	{
		pattern: /3 sets of 15|3 times a week|every 1–2 weeks|once 15 feel|3 × 30–60 s|3 × 10 each/g,
		reason: 'the calf-strengthening prescription, common practice (said so in its evidence)'
	},
	{ pattern: /2E\/4E|D\/2E/g, reason: 'names of shoe-last widths' },
	{
		pattern: /over 2–4 weeks/g,
		reason: 'heel-lift weaning time, opinion (said so in its evidence)'
	},
	{ pattern: /heel lift of 5–10 mm/g, reason: 'HEEL_LIFT_MM, tip data beside the rows' },
	{ pattern: /by 5–10%/g, reason: 'CADENCE_RAISE / Heiderscheit 2011, a cited range' },
	{
		pattern: /over 8–12 weeks|about 10% of/g,
		reason: 'transition timeline, opinion (said so in its evidence)'
	},
	{ pattern: /\b180 steps per minute/g, reason: 'the folk target the text debunks' },
	{ pattern: /1–2 minutes/g, reason: 'massage duration, common practice' },
	{ pattern: /first 2–3 days/g, reason: 'PEACE & LOVE (Dubois & Esculier 2020)' },
	{ pattern: /\b5,205 runners/g, reason: 'Frandsen 2025 cohort size, cited' },
	{ pattern: /20\.8% vs 20\.3%/g, reason: 'Buist 2008 result, cited' },
	{ pattern: /\(5–10%|it 5–10%/g, reason: 'Heiderscheit 2011 cadence range, cited' },
	{
		pattern: /\b43%/g,
		reason: 'Vincent 2024: runners name their strike correctly 43% of the time'
	},
	{ pattern: /\bn−1\]|\[n−1\]/g, reason: 'the latest week, weeklyKm[n−1], an index' },
	{ pattern: /\b0 km\b|= 0\b|\(0 when/g, reason: 'zero, the case the sentence is about' },
	{
		pattern: /39\.9 is in 30–39|under 20 use 20–29|80 and over use 70–79/g,
		reason: "the heel-raise norms table's decades (HEEL_RAISE_NORMS.byDecade)"
	},
	{ pattern: /over 4 hours/g, reason: 'NHS DVT pages: travel over 4 hours, cited' },
	{ pattern: /\bat 0\b|manages 0\b|^0%$/g, reason: 'zero, the case the sentence is about' },
	{ pattern: /^no-improvement-2-weeks$/g, reason: 'a red-flag id of api.md' },
	{ pattern: /\$\d/g, reason: "a regular expression's replacement group" }
];
const used = new Set<RegExp>();

/** The text with every allowed number phrase blanked out. */
function withoutAllowed(text: string): string {
	let out = text;
	for (const { pattern } of ALLOWED) {
		out = out.replace(pattern, () => {
			used.add(pattern);
			return ' ';
		});
	}
	return out;
}

const numbers = (text: string) => withoutAllowed(text).match(/\d+(?:[.,]\d+)?/g) ?? [];

/** Every numeric cut moved off its value: 0.37 is not a step any cut takes. */
function perturbed(rule: FindingRule<object>): FindingRule<object> {
	const cuts = Object.fromEntries(
		Object.entries(rule.cuts).map(([k, v]) => [k, typeof v === 'number' ? v + 0.37 : v])
	);
	return rule.withCuts(cuts);
}

/** The texts written from a table: rows, tips, sharpen labels, notes and interpretations. */
function tableTexts(
	rules: readonly FindingRule<object>[],
	bandCuts: { moderateFrom: number; highFrom: number }
) {
	const cuts = cutsOf(rules);
	const ctx = { say: METRIC_SAY, cuts };
	const index = { moderateFrom: bandCuts.moderateFrom, highFrom: bandCuts.highFrom };
	return [
		...rules.flatMap((r) => [r.question, ...r.bands.map((b) => b.when), r.opinionNote ?? '']),
		...TIPS.map((t) => t.text(ctx)),
		...SHARPEN.map((s) => s.label(ctx)),
		...methodNotes(cuts, { factor: bandCuts, index }).map((n) => n.text),
		...interpretations(cuts).map((i) => i.decision)
	];
}

describe('no cut-point is typed into a text', () => {
	it('every number in a table text moves when the cuts move, or is allowed', () => {
		const original = tableTexts(FINDING_RULES, FACTOR_BAND_CUTS);
		const moved = tableTexts(FINDING_RULES.map(perturbed), {
			moderateFrom: FACTOR_BAND_CUTS.moderateFrom + 0.37,
			highFrom: FACTOR_BAND_CUTS.highFrom + 0.37
		});
		expect(moved.length).toBe(original.length);
		const stuck = original.flatMap((text, i) => {
			const after = new Set(numbers(moved[i]!));
			return numbers(text)
				.filter((n) => after.has(n))
				.map((n) => `${n} in: ${text}`);
		});
		expect(stuck).toEqual([]);
	});

	/** The string parts of the engine's source, templates' `${}` left out. */
	function stringsIn(file: string): string[] {
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
		// Citations are quoted as published; ids and dot paths name things.
		const SKIP = new Set(['evidence', 'source', 'defaultSource', 'id', 'inputs', 'grade']);
		const out: string[] = [];
		const visit = (node: ts.Node): void => {
			if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
			if (ts.isPropertyAssignment(node) && SKIP.has(node.name.getText(source))) return;
			if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
				out.push(node.text);
				return;
			}
			if (ts.isTemplateExpression(node)) {
				out.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}'));
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
		return out;
	}

	it.each([
		'src/lib/risk/rules.ts',
		'src/lib/risk/notes.ts',
		'src/lib/risk/compare.ts',
		'src/lib/risk/norms.ts',
		'src/lib/risk/triage.ts',
		'src/routes/method/method.ts'
	])('%s types no number into a string but allowed ones', (file) => {
		const typed = stringsIn(file).flatMap((s) =>
			// Type and key strings such as 'load.spike' carry no digits; tell the rest apart.
			numbers(s).map((n) => `${n} in: ${s}`)
		);
		expect(typed).toEqual([]);
	});

	it('a number typed into a text is caught', () => {
		expect(numbers('Keep every run within 10% of your longest run')).toEqual(['10']);
		expect(numbers('Your next run is your first in over 30 days')).toEqual([]);
	});

	it('every allowed phrase is still needed', () => {
		const stale = ALLOWED.filter((a) => !used.has(a.pattern)).map((a) => a.reason);
		expect(stale).toEqual([]);
	});
});
