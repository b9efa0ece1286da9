/**
 * assess(request) → assessment. Pure: no clock, no randomness, no I/O; the same request always
 * gives the same answer.
 */
import {
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
import { dropFacts } from './findings/drop';
import { FINDING_RULES, textContext, type Rule, type TextContext } from './rules';
import {
	FACTOR_BAND_CUTS,
	MODEL_VERSION,
	confidenceOf,
	findingBand,
	overallBand,
	scoreBand,
	weightedScore
} from './scoring';
import type { Units } from '../units';
import { sharpen } from './sharpen';
import type { BandsById } from './tip-table';
import { selectTips } from './tips';
import { triage } from './triage';

/** "Your run of 20 km is 43% longer … (14 km)." from a why of several sentences. */
export function firstSentence(text: string): string {
	return /^.+?[.!?](?=\s+[A-Z]|$)/.exec(text)?.[0] ?? text;
}

/**
 * The findings of one shoe under `rules` (by default the whole table, in its order); `ctx` only
 * words the "why" sentences.
 */
export function evaluateFindings(
	runner: Runner,
	shoe: Shoe,
	ctx: TextContext,
	rules: readonly Rule[] = FINDING_RULES
): Finding[] {
	return rules.map((rule) => {
		const verdict = rule.evaluate({ runner, shoe, say: ctx.say });
		return {
			id: rule.id,
			factor: rule.factor,
			band: verdict.band,
			weight: rule.weight,
			why: verdict.why,
			headline: verdict.headline ?? firstSentence(verdict.why),
			evidence: rule.evidence,
			grade: rule.grade,
			opinion: rule.opinion || verdict.opinion === true
		};
	});
}

function factorScores(findings: readonly Finding[]): Record<Factor, FactorScore> {
	const score = (factor: Factor): FactorScore => {
		const s = weightedScore(findings.filter((f) => f.factor === factor));
		return { score: s, band: scoreBand(s, FACTOR_BAND_CUTS) };
	};
	return {
		overuse: score('overuse'),
		calf: score('calf'),
		form: score('form'),
		shoe: score('shoe'),
		load: score('load')
	};
}

function bandsById(result: Pick<ShoeResult, 'findings'>): BandsById {
	const out = {} as Record<FindingId, Band>;
	for (const id of FINDING_IDS) out[id] = findingBand(result, id);
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
 * as the JSON API gives them.
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
			tips: selectTips(runner, bandsById({ findings }), dropFacts(runner, shoe), tri.level, ctx)
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
