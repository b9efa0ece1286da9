/**
 * rank(runner, shoes) → one runner's shoes, best for their calf first: "Shoes for your calf".
 * Pure, like assess, and scored exactly as assess scores each shoe (same index, same band);
 * only faster for many shoes. The findings that do not read the shoe (the rows with
 * `perShoe: false`) are judged once for the runner, and each shoe adds only its own rows.
 */
import { MODEL_VERSION, overallBand, weightedScore } from './scoring';
import { firstSentence } from './assess';
import { FINDING_RULES, textContext, type Rule } from './rules';
import type { Verdict } from './rule';
import type { Band, Finding, Runner, Shoe, Triage } from './schema';
import { stopsSelfCare, triage } from './triage';
import type { Units } from '../units';

/** A shoe to rank: its engine input and the id the answer names it by. */
export interface Candidate {
	id: string;
	shoe: Shoe;
}

export interface RankedShoe {
	id: string;
	name: string;
	index: number | null;
	band: Band;
	/**
	 * Why it placed where it did: the headline of each of its own findings (the rows that read
	 * the shoe) that raised its risk, high first; when none did, those that read low.
	 */
	why: string[];
}

export interface Ranking {
	model: string;
	triage: Triage;
	/** Shoes ranked (every candidate, or none under urgent or emergency triage). */
	total: number;
	/** Candidates sharing the lowest index, all of them, not only those returned. */
	tiedAtTop: number;
	/** The first `limit` shoes, lowest index first. */
	shoes: RankedShoe[];
}

export interface RankOptions<C extends Candidate> {
	/** How many shoes to return (all by default); total and tiedAtTop always count every one. */
	limit?: number;
	/** Words the sentences, as for assess; metric when not given. */
	units?: Units;
	/**
	 * The order within one index, which the model does not decide: by default the shoe's name in
	 * code-unit order (as assess ranks ties), then the id.
	 */
	within?: (a: C, b: C) => number;
}

const RUNNER_RULES: readonly Rule[] = FINDING_RULES.filter((r) => !r.perShoe);
const SHOE_RULES: readonly Rule[] = FINDING_RULES.filter((r) => r.perShoe);
/** Rows that read the runner only, by table position: assess sums them in table order. */
const FROM_RUNNER: readonly boolean[] = FINDING_RULES.map((r) => !r.perShoe);

const BAND_ORDER: Record<Band, number> = { high: 0, moderate: 1, low: 2, unknown: 3 };

/** What scoring reads of a finding, and what `why` quotes. */
type Scored = Pick<Finding, 'band' | 'weight' | 'headline'>;

function byName(a: Candidate, b: Candidate): number {
	if (a.shoe.name !== b.shoe.name) return a.shoe.name < b.shoe.name ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The shoe's own findings that placed it: raised ones (high first), else the low ones. */
export function whyPlaced(own: readonly Scored[]): string[] {
	const raised = own.filter((f) => f.band === 'high' || f.band === 'moderate');
	const chosen = raised.length ? raised : own.filter((f) => f.band === 'low');
	return chosen
		.map((f, position) => ({ f, position }))
		.sort(
			(a, b) =>
				BAND_ORDER[a.f.band] - BAND_ORDER[b.f.band] ||
				b.f.weight - a.f.weight ||
				a.position - b.position
		)
		.map(({ f }) => f.headline);
}

/** Table order again: the runner's findings and one shoe's, merged by row position. */
function merge<F>(runner: readonly F[], own: readonly F[]): F[] {
	let r = 0;
	let s = 0;
	return FROM_RUNNER.map((fromRunner) => (fromRunner ? runner[r++] : own[s++]) as F);
}

/** One row's verdict as scoring reads it, with the verdict for wording `why` later. */
function judged(rule: Rule, verdict: Verdict) {
	return { band: verdict.band, weight: rule.weight, verdict };
}
type Judged = ReturnType<typeof judged>;

/**
 * The shoe fields each of the shoe's rows reads, from the row's declared inputs
 * (`shoes[].heelDropMm`): two shoes alike in them get the same verdict from that row (a test
 * holds every row to its declaration).
 */
const SHOE_FIELDS: readonly (keyof Shoe)[][] = SHOE_RULES.map((rule) =>
	rule.inputs.filter((i) => i.startsWith('shoes[].')).map((i) => i.slice(8) as keyof Shoe)
);

/**
 * Per shoe, per row of the shoe: the values of the fields that row reads, as one key. They read
 * the shoe alone, so they are kept with the shoe object (the server ranks the same catalog
 * objects every time) and dropped with it.
 */
const keysOf = new WeakMap<Shoe, readonly string[]>();
function shoeKeys(shoe: Shoe): readonly string[] {
	let keys = keysOf.get(shoe);
	if (!keys) {
		keys = SHOE_FIELDS.map((fields) => fields.map((f) => String(shoe[f])).join('|'));
		keysOf.set(shoe, keys);
	}
	return keys;
}

/**
 * The headline of each finding, worded only for the shoes returned: most shoes of a ranking
 * are never shown.
 */
function worded(own: readonly Judged[]): Scored[] {
	return own.map(({ band, weight, verdict }) => ({
		band,
		weight,
		headline: verdict.headline ?? firstSentence(verdict.why)
	}));
}

export function rank<C extends Candidate>(
	runner: Runner,
	candidates: readonly C[],
	options: RankOptions<C> = {}
): Ranking {
	const tri = triage(runner.redFlags);
	const none = { model: MODEL_VERSION, triage: tri, total: 0, tiedAtTop: 0, shoes: [] };
	const first = candidates[0];
	// Care first: under urgent or emergency signs no shoe is offered at all.
	if (stopsSelfCare(tri.level) || first === undefined) return none;

	const { say } = textContext(options.units);
	// The runner's rows do not read the shoe: any candidate stands in for all of them.
	const fromRunner = RUNNER_RULES.map((rule) =>
		judged(rule, rule.evaluate({ runner, shoe: first.shoe, say }))
	);
	// Row by row rather than shoe by shoe (one row's judge over every shoe runs several times
	// faster than the rows taking turns), and once per distinct value of the shoe fields the row
	// reads: a catalog's 461 shoes hold about 150 drops and 100 toe-box widths.
	const keys = candidates.map(({ shoe }) => shoeKeys(shoe));
	const columns = SHOE_RULES.map((rule, r) => {
		const seen = new Map<string, Judged>();
		return candidates.map(({ shoe }, i) => {
			const key = keys[i]![r]!;
			let verdict = seen.get(key);
			if (!verdict) {
				verdict = judged(rule, rule.evaluate({ runner, shoe, say }));
				seen.set(key, verdict);
			}
			return verdict;
		});
	});
	// Index and band once per distinct set of the shoe's own bands: they read nothing else.
	const scores = new Map<number, { index: number | null; band: Band }>();
	const scored = candidates.map((candidate, i) => {
		const own: Judged[] = [];
		let bands = 0;
		for (const column of columns) {
			const verdict = column[i]!;
			own.push(verdict);
			bands = bands * 4 + BAND_ORDER[verdict.band];
		}
		let score = scores.get(bands);
		if (!score) {
			const findings = merge(fromRunner, own);
			const index = weightedScore(findings);
			score = { index, band: overallBand(index, findings, runner) };
			scores.set(bands, score);
		}
		return { candidate, own, index: score.index, band: score.band };
	});

	// Grouped by index, lowest first; only the groups that fill the page are put in order.
	const key = (i: number | null) => (i === null ? Number.POSITIVE_INFINITY : i);
	const groups = new Map<number, (typeof scored)[number][]>();
	for (const s of scored) {
		const group = groups.get(key(s.index));
		if (group) group.push(s);
		else groups.set(key(s.index), [s]);
	}
	const indexes = [...groups.keys()].sort((a, b) => a - b);
	const within = options.within ?? byName;
	const limit = options.limit ?? scored.length;
	const page: (typeof scored)[number][] = [];
	for (const index of indexes) {
		if (page.length >= limit) break;
		const group = groups.get(index)!;
		group.sort((a, b) => within(a.candidate, b.candidate));
		page.push(...group);
	}

	return {
		...none,
		total: scored.length,
		tiedAtTop: groups.get(indexes[0]!)?.length ?? 0,
		shoes: page.slice(0, limit).map((s) => ({
			id: s.candidate.id,
			name: s.candidate.shoe.name,
			index: s.index,
			band: s.band,
			why: whyPlaced(worded(s.own))
		}))
	};
}
