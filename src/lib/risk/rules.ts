/**
 * The rule table: every finding row, factor by factor, in one list that the engine, the method
 * page and the tests all iterate. A row carries its title, cut-points, evidence and texts (its
 * weight is in scoring.ts's one weights table); changing a threshold is a one-line change to
 * the row's `cuts`, and every text and verdict that quotes it follows.
 */
import type { Factor, FindingId } from './schema';
import type { FactorRow } from './rule';
import { METRIC_SAY, sayIn, type Say } from './text';
import type { Units } from '../units';
import * as calf from './findings/calf';
import * as form from './findings/form';
import * as load from './findings/load';
import * as overuse from './findings/overuse';
import * as shoe from './findings/shoe';

/** One row per finding id, in the contract's order of ids. */
export const FINDING_RULES = [
	...load.rules,
	...overuse.rules,
	...calf.rules,
	...form.rules,
	...shoe.rules
] as const;

/** Any row of the table. */
export type Rule = (typeof FINDING_RULES)[number];
/** The row of one finding id, with its own cut-points and verdict. */
export type RuleOf<Id extends FindingId> = Extract<Rule, { readonly id: Id }>;
/** The cut-points of one finding id, as its row writes them. */
export type CutsOf<Id extends FindingId> = RuleOf<Id>['cuts'];

/** One row per factor, in the article's order (and numbering, from 1) of the five causes. */
export const FACTOR_ROWS: readonly FactorRow[] = [
	{ id: 'overuse', title: 'Overuse', cause: 'Overuse injury (repetitive stress)' },
	{
		id: 'calf',
		title: 'Calf strength and flexibility',
		short: 'Calf',
		cause: 'Weakness (tight or weak calves)'
	},
	{ id: 'form', title: 'Running form', short: 'Form', cause: 'Improper running form' },
	{ id: 'shoe', title: 'Shoe', cause: 'Shoe inappropriate for your running style' },
	{ id: 'load', title: 'Training load', short: 'Load', cause: 'Training load too high' }
];

export const TOTAL_WEIGHT = FINDING_RULES.reduce((sum, r) => sum + r.weight, 0);

const isRowOf =
	<Id extends FindingId>(id: Id) =>
	(row: Rule): row is RuleOf<Id> =>
		row.id === id;

export function ruleFor<Id extends FindingId>(id: Id): RuleOf<Id> {
	const row = FINDING_RULES.find(isRowOf(id));
	if (!row) throw new Error(`No rule for ${id}`);
	return row;
}

export function factorFor(id: Factor): FactorRow {
	const row = FACTOR_ROWS.find((f) => f.id === id);
	if (!row) throw new Error(`No factor ${id}`);
	return row;
}

/** A row of a table by its id, typed as that row. */
export type RowById = <Id extends FindingId>(id: Id) => RuleOf<Id>;

/**
 * The rows given, by id; an id the rows lack reads the engine's row. The method page passes a
 * changed copy of the table, and every text outside the rows quotes that copy's cut-points.
 */
function rowsIn(rows: readonly Rule[]): RowById {
	return (id) => rows.find(isRowOf(id)) ?? ruleFor(id);
}

/** What a text outside the rows is written from: the display units and the table's rows. */
export interface TextContext {
	say: Say;
	row: RowById;
}

/** The engine's own sentences in the given units (metric, the API's, by default). */
export function textContext(units?: Units, rows: readonly Rule[] = FINDING_RULES): TextContext {
	return { say: units ? sayIn(units) : METRIC_SAY, row: rowsIn(rows) };
}

/** The band levels, for code that ranks findings beside the table (the compare page's slots). */
export { BAND_LEVEL } from './scoring';
