/**
 * The answer a result opens with: what is most likely behind the calf ("Most likely behind
 * it": the findings with the largest weight × band, one sentence each) and what to do first
 * (the first tip, in one line with its dose).
 */
import { ruleFor } from '../risk/rules';
import { BAND_LEVEL } from '../risk/scoring';
import type { Finding, ShoeResult, Tip } from '../risk/schema';

/** At most this many causes: more would no longer be an answer. */
export const MAX_CAUSES = 3;

export interface Cause {
	id: Finding['id'];
	/** The finding's title, as the findings list names it. */
	title: string;
	band: 'moderate' | 'high';
	/** One plain sentence. */
	headline: string;
}

/** A finding's pull on the index: its weight times its band's level (low counts nothing). */
function pull(f: Finding): number {
	return f.band === 'unknown' ? 0 : f.weight * BAND_LEVEL[f.band];
}

/**
 * The moderate and high findings with the largest weight × band, largest first; equal pulls
 * keep the rule table's order (the findings' order in the result).
 */
export function likelyCauses(result: Pick<ShoeResult, 'findings'>, max = MAX_CAUSES): Cause[] {
	return result.findings
		.map((f, order) => ({ f, order, pull: pull(f) }))
		.filter(({ f, pull }) => pull > 0 && (f.band === 'moderate' || f.band === 'high'))
		.sort((a, b) => b.pull - a.pull || a.order - b.order)
		.slice(0, max)
		.map(({ f }) => ({
			id: f.id,
			title: ruleFor(f.id).title,
			band: f.band as Cause['band'],
			headline: f.headline
		}));
}

/** The first tip: the engine orders tips by what matters most for this runner. */
export function firstStep(result: Pick<ShoeResult, 'tips'>): Tip | undefined {
	return result.tips[0];
}
