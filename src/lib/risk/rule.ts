/**
 * What a finding rule is: one row of data (id, factor, weight, title, cut-points, evidence)
 * with the function that judges a runner and a shoe against it. The rows themselves live in
 * findings/, one file per factor; rules.ts puts them in one table.
 */
import { FACTORS, type Band, type Factor, type FindingId, type Runner, type Shoe } from './schema';
import { WEIGHTS } from './scoring';
import { METRIC_SAY, type Say } from './text';

export interface RuleContext {
	runner: Runner;
	shoe: Shoe;
	/** The runner's display units for the sentences; metric (the API's) when not given. */
	say?: Say;
}

export interface Verdict {
	band: Band;
	/** A plain sentence with the runner's own numbers, in the display units asked for. */
	why: string;
	/**
	 * One sentence that says what the finding is about on its own (the answer's "most likely
	 * behind it"), where the first sentence of `why` does not.
	 */
	headline?: string;
	/** True when the clause that decided rests on opinion even if the rule as a whole does not. */
	opinion?: boolean;
}

/**
 * A band condition for the method page: a band and when it applies, or a step that moves the
 * band found so far up by `raise` levels (the strike × drop interaction is one such step).
 */
export type BandCondition = { band: Band; when: string } | { raise: number; when: string };

/** A factor: one of the article's five causes of soleus pain, the axes of every chart. */
export interface FactorRow {
	readonly id: Factor;
	/** The factor's name wherever it is shown: results, charts' tables, history, method. */
	readonly title: string;
	/** The name on a chart's axis where the title is too long for a 320 px radar. */
	readonly short?: string;
	/** The article's own wording of the cause, which the method page quotes. */
	readonly cause: string;
}

/** A row's cut-points: named numbers, every one of them read by the row's judge and texts. */
export type Cuts = { readonly [key: string]: number };

/**
 * One finding's row. `V` is what its judge returns: a `Verdict`, or more where the rule has
 * more to say (the drop rule names the step that decided).
 */
export interface FindingRule<
	Id extends FindingId = FindingId,
	C extends Cuts = Cuts,
	V extends Verdict = Verdict
> {
	readonly id: Id;
	readonly factor: Factor;
	/** Evidence strength for calf and Achilles outcomes: our judgement, not a study's figure. */
	readonly weight: number;
	/** The finding's name wherever it is shown: results, tips' "Because of", history, method. */
	readonly title: string;
	/** The question, in plain language, written from the cut-points. */
	readonly question: string;
	/** The cut-points the evaluator and every text of the row read. */
	readonly cuts: C;
	/** Human-readable band conditions for the method page, written from the cut-points. */
	readonly bands: readonly BandCondition[];
	readonly evidence: string;
	readonly grade: string;
	/** The rule's thresholds have no outcome data behind them. */
	readonly opinion: boolean;
	readonly opinionNote?: string;
	/** Computed per shoe (it reads a field of the shoe) rather than once per runner. */
	readonly perShoe: boolean;
	/** Request fields the rule reads, as dot paths. */
	readonly inputs: readonly string[];
	evaluate(ctx: RuleContext): V;
	/** The same row with some cut-points changed: its texts and its verdicts follow them. */
	withCuts(change: Partial<C>): FindingRule<Id, C, V>;
}

type Texts<C> = (cuts: C) => {
	question: string;
	bands: readonly BandCondition[];
	opinionNote?: string;
};

/**
 * A row as written, after its id and title: a fixed `opinionNote` may stand beside `texts` when
 * it quotes no cut. What can be derived is not written: the factor (from the id), the weight
 * (from the scoring's weights table) and whether it is judged per shoe (from its inputs).
 */
type RuleDef<Id extends FindingId, C extends Cuts, V extends Verdict> = Omit<
	FindingRule<Id, C, V>,
	'id' | 'title' | 'weight' | 'perShoe' | 'factor' | 'evaluate' | 'withCuts' | 'question' | 'bands'
> & {
	texts: Texts<C>;
	judge(ctx: Required<RuleContext>, cuts: C): V;
};

/**
 * Ties `evaluate` and every text of the row to the row's own cut-points, so that the table is
 * the only source of numbers: a changed cut changes the verdicts, the question, the band
 * conditions and the "why" sentences together. The cut-points are written once, in `cuts`;
 * their names are the row's type (`K`), so a text that quotes a cut the row lacks is an error.
 * The factor is the one the id names before its dot.
 */
export function rule<Id extends FindingId, K extends string, V extends Verdict>(
	id: Id,
	title: string,
	def: RuleDef<Id, { readonly [P in K]: number }, V>
): FindingRule<Id, { readonly [P in K]: number }, V> {
	type C = { readonly [P in K]: number };
	const { judge, texts, ...rest } = def;
	const factor = FACTORS.find((f) => id.startsWith(`${f}.`));
	if (!factor) throw new Error(`${id} names no factor`);
	const perShoe = def.inputs.some((input) => input.startsWith('shoes[].'));
	const build = (cuts: C): FindingRule<Id, C, V> => {
		const { opinionNote, ...words } = texts(cuts);
		return {
			...rest,
			id,
			title,
			weight: WEIGHTS[id],
			perShoe,
			factor,
			...words,
			...(opinionNote === undefined ? {} : { opinionNote }),
			cuts,
			evaluate: (ctx) => judge({ ...ctx, say: ctx.say ?? METRIC_SAY }, cuts),
			withCuts: (change) => build({ ...cuts, ...change })
		};
	};
	return build(def.cuts);
}

/** The verdict of a finding the answers given do not decide, with what would decide it. */
export const unknown = (why: string): Verdict => ({ band: 'unknown', why });

/** The latest of the weekly distances, when any is given. */
export function latestWeek(runner: Runner): number | undefined {
	const w = runner.weeklyKm;
	return w && w.length > 0 ? w[w.length - 1] : undefined;
}
