/**
 * How findings become scores: band points, the weighted means, the band cut-points of the
 * factor scores and of the index, the lift for a heavy high finding and the previous-injury
 * modifier, with the model's version. Every number carries its source, or says opinion.
 */
import type { Band, Finding, FindingId, Runner, ShoeResult } from './schema';

/** Bumped whenever a rule, weight, cut-point, tip or the triage changes. */
export const MODEL_VERSION = '2026.12.1';

/** What changed in this version of the rules, for the method page. */
export const MODEL_CHANGES: readonly string[] = [
	'Warning signs: fourteen signs at three levels. A cold, pale or blue foot, and a tense, swollen calf with severe pain that keeps getting worse, are emergencies; fever with a hot, spreading patch and a possible clot are urgent; clot risks such as the combined pill or a recent journey are asked about.',
	'Under an urgent or emergency sign the only advice is to get care: no exercise, heel lift, running distance or self-test is suggested until you have been checked.',
	'With calf pain now, no tip offers a run longer than your latest one.',
	'A pain that came on suddenly during a run reads as a possible calf strain: relative rest, not the pain-monitoring rules.',
	'The long-run question asks for your latest run first, then your longest run in the 30 days before it.',
	'Evidence lines say in plain words what was found, in whom and for which injury; figures without a source are labelled opinion.'
];

/**
 * Each finding's weight: how strongly the evidence ties it to calf and Achilles problems. Our
 * judgement (opinion), not a study's figure; heaviest first. They add up to 18.
 */
export const WEIGHTS: Readonly<Record<FindingId, number>> = {
	'load.spike': 3,
	'overuse.pain': 3,
	'shoe.drop': 2,
	'calf.strength': 2,
	'calf.symmetry': 1,
	'calf.flexibility': 1,
	'form.strike': 1,
	'form.posture': 1,
	'load.weekly': 1,
	'overuse.volume': 1,
	'overuse.rest': 0.5,
	'load.pace': 0.5,
	'shoe.wear': 0.5,
	'shoe.toebox': 0.5
};

export type KnownBand = Exclude<Band, 'unknown'>;

/** Low 0, moderate 1, high 2; a finding scores its level × 50 points. */
export const BAND_LEVEL: Record<KnownBand, number> = { low: 0, moderate: 1, high: 2 };
export const POINTS_PER_LEVEL = 50;
const LEVEL_BAND: readonly KnownBand[] = ['low', 'moderate', 'high'];

/** Opinion: one moderate finding reads moderate, one high reads high. */
export const FACTOR_BAND_CUTS = { moderateFrom: 25, highFrom: 75 } as const;
/** Opinion, read from the index rounded to a whole number. */
export const INDEX_BAND_CUTS = { moderateFrom: 25, highFrom: 60 } as const;
/** Because a mean dilutes: an assessed high finding of at least this weight lifts the index band to moderate. */
export const HIGH_FINDING_LIFT = { minWeight: 2, liftsTo: 'moderate' } as const;
/**
 * A previous calf strain or Achilles problem raises the overall band one level
 * (Green & Pizzari 2017: previous calf strain and age are the strongest risk factors;
 * Malisoux 2015: previous injury HR 1.72).
 */
export const PREVIOUS_INJURY_MODIFIER = {
	levels: 1,
	evidence:
		'A previous calf strain is among the strongest risk factors for another (Green & Pizzari 2017, a review), and a previous injury was linked to more running injuries of all kinds (Malisoux et al. 2015: hazard ratio 1.72)'
} as const;

/** One level up (or more), capped at high; unknown stays unknown. */
export function raise(band: Band, levels: number): Band {
	if (band === 'unknown') return band;
	const next = Math.min(BAND_LEVEL[band] + levels, LEVEL_BAND.length - 1);
	return LEVEL_BAND[next] ?? 'high';
}

/** A score's band under the given cut-points; no score (nothing assessed) is unknown. */
export function scoreBand(
	score: number | null,
	cuts: { readonly moderateFrom: number; readonly highFrom: number }
): Band {
	if (score === null) return 'unknown';
	return score >= cuts.highFrom ? 'high' : score >= cuts.moderateFrom ? 'moderate' : 'low';
}

/** Weighted mean of level × 50 over the assessed findings, rounded; null when none is assessed. */
export function weightedScore(
	findings: readonly Pick<Finding, 'band' | 'weight'>[]
): number | null {
	let weight = 0;
	let points = 0;
	for (const f of findings) {
		if (f.band === 'unknown') continue;
		weight += f.weight;
		points += f.weight * BAND_LEVEL[f.band] * POINTS_PER_LEVEL;
	}
	return weight === 0 ? null : Math.round(points / weight);
}

/** Index band, then the lift for a heavy high finding, then the previous-injury modifier. */
export function overallBand(
	index: number | null,
	findings: readonly Pick<Finding, 'band' | 'weight'>[],
	runner: Pick<Runner, 'previousCalfInjury'>
): Band {
	let band = scoreBand(index, INDEX_BAND_CUTS);
	if (band === 'unknown') return band;
	const heavyHigh = findings.some(
		(f) => f.band === 'high' && f.weight >= HIGH_FINDING_LIFT.minWeight
	);
	if (heavyHigh && band === 'low') band = HIGH_FINDING_LIFT.liftsTo;
	if (runner.previousCalfInjury === true) band = raise(band, PREVIOUS_INJURY_MODIFIER.levels);
	return band;
}

/**
 * The share of the weight whose findings are assessed, to two decimals. A result lists every
 * finding, so the weight of the list is the total weight of the table.
 */
export function confidenceOf(findings: readonly Pick<Finding, 'band' | 'weight'>[]): number {
	const total = findings.reduce((sum, f) => sum + f.weight, 0);
	const assessed = findings
		.filter((f) => f.band !== 'unknown')
		.reduce((sum, f) => sum + f.weight, 0);
	return Math.round((assessed / total) * 100) / 100;
}

/** A finding's band in one shoe's result; a finding the result lacks reads unknown. */
export function findingBand(result: Pick<ShoeResult, 'findings'>, id: FindingId): Band {
	return result.findings.find((f) => f.id === id)?.band ?? 'unknown';
}
