import * as v from 'valibot';
import { FiltersSchema, filtersToQuery, toShoeInput, type CatalogShoe } from '$lib/catalog';
import { catalog, searchCatalog } from '../catalog';
import { comparator } from '../catalog/search';
import {
	BANDS,
	RunnerSchema,
	TriageSchema,
	parseWith,
	rank,
	type Candidate,
	type FieldError,
	type Ranking
} from './engine';
import { json, type Operation } from './http';

export const RECOMMEND_LIMIT = { min: 1, max: 50, default: 10 } as const;

export const RecommendRequestSchema = v.strictObject(
	{
		runner: RunnerSchema,
		filters: v.optional(FiltersSchema),
		limit: v.optional(
			v.pipe(
				v.number('Enter a number'),
				v.integer('Enter a whole number'),
				v.minValue(RECOMMEND_LIMIT.min, `Must be at least ${RECOMMEND_LIMIT.min}`),
				v.maxValue(RECOMMEND_LIMIT.max, `Must be at most ${RECOMMEND_LIMIT.max}`)
			)
		)
	},
	(issue) => {
		if (issue.expected === 'never') return `Unknown field: ${String(issue.input)}`;
		if (issue.received === 'undefined' && issue.expected?.startsWith('"'))
			return `Missing field: ${issue.expected.replaceAll('"', '')}`;
		return 'Must be an object with runner, and filters and limit if wanted';
	}
);

export const RankedShoeSchema = v.object({
	id: v.string(),
	name: v.string(),
	index: v.nullable(v.number()),
	band: v.picklist(BANDS),
	why: v.pipe(
		v.array(v.string()),
		v.description(
			'One sentence per finding about this shoe (drop, toe box, support, wear) that placed it: those that raised its risk, high first; when none did, those that read low'
		)
	)
});

export const RecommendResponseSchema = v.object({
	model: v.string(),
	triage: TriageSchema,
	total: v.pipe(
		v.number(),
		v.integer(),
		v.description('Catalog shoes passing the filters, all ranked; 0 under urgent or emergency')
	),
	shoes: v.array(RankedShoeSchema),
	tiedAtTop: v.pipe(
		v.number(),
		v.integer(),
		v.description('Shoes of the filtered catalog sharing the lowest index, returned or not')
	)
});

type CatalogCandidate = Candidate & { catalog: CatalogShoe };

// The engine's input for every catalog shoe, converted once.
const candidates = new Map<string, CatalogCandidate>(
	catalog.map((s) => [s.id, { id: s.id, shoe: toShoeInput(s), catalog: s }])
);

/**
 * Every catalog shoe passing the request's filters, ranked for its runner, lowest index first.
 * The model scores many shoes the same, so within an index they are ordered by `filters.sort`
 * and `filters.dir` when given, else by name. Refused with dot paths when the request is not
 * valid.
 */
export function recommend(
	input: unknown
): { ok: true; value: Ranking } | { ok: false; errors: FieldError[] } {
	const parsed = parseWith(RecommendRequestSchema, input);
	if (!parsed.ok) return parsed;
	const { runner, filters = {}, limit = RECOMMEND_LIMIT.default } = parsed.value;
	const query = filtersToQuery(filters);
	const shoes = searchCatalog.filtered(query).map((s) => candidates.get(s.id)!);
	const order = query.sort && comparator(query.sort, query.dir === 'desc' ? -1 : 1);
	const within = order
		? (a: CatalogCandidate, b: CatalogCandidate) => order(a.catalog, b.catalog)
		: undefined;
	return { ok: true, value: rank(runner, shoes, { limit, ...(within ? { within } : {}) }) };
}

/** POST /api/recommend: see `recommend`; a request that is not valid is a 422. */
export const recommendOperation: Operation = {
	body: 'json',
	handle({ body }) {
		const result = recommend(body);
		return result.ok ? json(200, result.value) : json(422, { errors: result.errors });
	}
};
