/**
 * assess(request) → assessment, exactly per design/api.md. Pure: no clock, no randomness, no
 * I/O; the same request always gives the same answer.
 */
import {
	FACTORS,
	FINDING_IDS,
	type AssessRequest,
	type Assessment,
	type Band,
	type Factor,
	type FactorScore,
	type Finding,
	type FindingId,
	type Runner,
	type Shoe,
	type ShoeResult
} from './schema';
import {
	BAND_LEVEL,
	FACTOR_BAND_CUTS,
	FINDING_RULES,
	HIGH_FINDING_LIFT,
	INDEX_BAND_CUTS,
	MODEL_VERSION,
	POINTS_PER_LEVEL,
	PREVIOUS_INJURY_MODIFIER,
	TOTAL_WEIGHT,
	dropFacts,
	raise,
	textContext,
	type TextContext
} from './rules';
import type { Units } from '../units';
import { sharpen } from './sharpen';
import { selectTips, type BandsById } from './tips';
import { triage } from './triage';

/** The findings of one shoe; `ctx` only words the "why" sentences (metric by default). */
export function evaluateFindings(
	runner: Runner,
	shoe: Shoe,
	ctx: TextContext = textContext()
): Finding[] {
	return FINDING_RULES.map((rule) => {
		const verdict = rule.evaluate({ runner, shoe, say: ctx.say });
		return {
			id: rule.id,
			factor: rule.factor,
			band: verdict.band,
			weight: rule.weight,
			why: verdict.why,
			evidence: rule.evidence,
			grade: rule.grade,
			opinion: rule.opinion || verdict.opinion === true
		};
	});
}

/** Weighted mean of band × 50 over the assessed findings, rounded; null when none is assessed. */
export function weightedScore(findings: readonly Finding[]): number | null {
	let weight = 0;
	let points = 0;
	for (const f of findings) {
		if (f.band === 'unknown') continue;
		weight += f.weight;
		points += f.weight * BAND_LEVEL[f.band] * POINTS_PER_LEVEL;
	}
	return weight === 0 ? null : Math.round(points / weight);
}

export function bandOf(
	score: number | null,
	cuts: { moderateFrom: number; highFrom: number }
): Band {
	if (score === null) return 'unknown';
	return score >= cuts.highFrom ? 'high' : score >= cuts.moderateFrom ? 'moderate' : 'low';
}

function factorScores(findings: readonly Finding[]): Record<Factor, FactorScore> {
	const entries = FACTORS.map((factor) => {
		const score = weightedScore(findings.filter((f) => f.factor === factor));
		return [factor, { score, band: bandOf(score, FACTOR_BAND_CUTS) }] as const;
	});
	return Object.fromEntries(entries) as Record<Factor, FactorScore>;
}

/** Index band, then the lift for a heavy high finding, then the previous-injury modifier. */
export function overallBand(
	index: number | null,
	findings: readonly Finding[],
	runner: Runner
): Band {
	let band = bandOf(index, INDEX_BAND_CUTS);
	if (band === 'unknown') return band;
	const heavyHigh = findings.some(
		(f) => f.band === 'high' && f.weight >= HIGH_FINDING_LIFT.minWeight
	);
	if (heavyHigh && band === 'low') band = HIGH_FINDING_LIFT.liftsTo;
	if (runner.previousCalfInjury === true) band = raise(band, PREVIOUS_INJURY_MODIFIER.levels);
	return band;
}

export function confidenceOf(findings: readonly Finding[]): number {
	const assessed = findings
		.filter((f) => f.band !== 'unknown')
		.reduce((sum, f) => sum + f.weight, 0);
	return Math.round((assessed / TOTAL_WEIGHT) * 100) / 100;
}

function bandsById(findings: readonly Finding[]): BandsById {
	const out = {} as Record<FindingId, Band>;
	for (const id of FINDING_IDS) out[id] = findings.find((f) => f.id === id)?.band ?? 'unknown';
	return out;
}

/** Positions by shown index ascending (null last), ties by name in code-unit order, then position. */
export function rankResults(results: readonly Pick<ShoeResult, 'index' | 'shoe'>[]): number[] {
	const key = (i: number | null) => (i === null ? Number.POSITIVE_INFINITY : i);
	return results
		.map((r, position) => ({ r, position }))
		.sort((a, b) => {
			const byIndex = key(a.r.index) - key(b.r.index);
			if (byIndex !== 0 && !Number.isNaN(byIndex)) return byIndex;
			if (a.r.shoe !== b.r.shoe) return a.r.shoe < b.r.shoe ? -1 : 1;
			return a.position - b.position;
		})
		.map(({ position }) => position);
}

/**
 * `units` words the sentences (findings' "why", tips, sharpen labels) in the runner's display
 * units; every number the engine decides with stays metric, so scores, bands, ranking and
 * every non-text field are the same whatever the units. Without it the sentences are metric,
 * as the JSON API gives them (design/api.md).
 */
export function assess(request: AssessRequest, units?: Units): Assessment {
	const { runner, shoes } = request;
	const ctx = textContext(units);
	const tri = triage(runner.redFlags);
	const results: ShoeResult[] = shoes.map((shoe) => {
		const findings = evaluateFindings(runner, shoe, ctx);
		const index = weightedScore(findings);
		return {
			shoe: shoe.name,
			index,
			band: overallBand(index, findings, runner),
			confidence: confidenceOf(findings),
			factors: factorScores(findings),
			findings,
			tips: selectTips(runner, bandsById(findings), dropFacts(runner, shoe), tri.level, ctx)
		};
	});
	return {
		model: MODEL_VERSION,
		triage: tri,
		results,
		ranking: rankResults(results),
		sharpen: sharpen(runner, results, ctx, tri.level)
	};
}
