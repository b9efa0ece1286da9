/**
 * The catalog's filters as a JSON object (POST /api/recommend's `filters`): the same names,
 * lists and ranges as the catalog's query string (see query.ts), typed as JSON types: numbers
 * as numbers, `current` as a boolean. `sort` and `dir` order shoes that score the same, since
 * the model does not. A value of the wrong type, out of its range or not in its list, or a name
 * the catalog does not filter by, is refused with its path.
 */
import * as v from 'valibot';
import { PLATES, SUPPORTS } from './schema';
import {
	DEFAULT_QUERY,
	DIRECTIONS,
	QUERY_MAX_LENGTH,
	RANGES,
	SORTS,
	WIDTH_FILTERS,
	type ShoeQuery
} from './query';

const list = (values: readonly string[]) => values.map((x) => `"${x}"`).join(', ');

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return v.optional(v.picklist(values, `must be one of ${list(values)}`));
}

function range(key: keyof typeof RANGES) {
	const { min, max, unit } = RANGES[key];
	const message = `must be from ${min} to ${max} ${unit}`;
	return v.optional(
		v.pipe(
			v.number(`must be a number (${unit})`),
			v.finite(`must be a number (${unit})`),
			v.minValue(min, message),
			v.maxValue(max, message)
		)
	);
}

export const FiltersSchema = v.pipe(
	v.strictObject(
		{
			q: v.optional(
				v.pipe(
					v.string('must be text'),
					v.maxLength(QUERY_MAX_LENGTH, `must be at most ${QUERY_MAX_LENGTH} characters`)
				)
			),
			current: v.optional(v.boolean('must be true or false')),
			minDrop: range('minDrop'),
			maxDrop: range('maxDrop'),
			minToeBox: range('minToeBox'),
			minStack: range('minStack'),
			maxStack: range('maxStack'),
			maxWeight: range('maxWeight'),
			support: oneOf(SUPPORTS),
			plate: oneOf(PLATES),
			width: oneOf(WIDTH_FILTERS),
			sort: oneOf(SORTS),
			dir: oneOf(DIRECTIONS)
		},
		(issue) =>
			issue.expected === 'never'
				? `Unknown filter: ${String(issue.input)}`
				: 'Must be an object of catalog filters'
	),
	v.forward(
		v.check(
			(f) => f.minDrop === undefined || f.maxDrop === undefined || f.minDrop <= f.maxDrop,
			'must not be more than maxDrop'
		),
		['minDrop']
	),
	v.forward(
		v.check(
			(f) => f.minStack === undefined || f.maxStack === undefined || f.minStack <= f.maxStack,
			'must not be more than maxStack'
		),
		['minStack']
	)
);

export type Filters = v.InferOutput<typeof FiltersSchema>;

/** The filters as the catalog's query: every shoe that passes, in no chosen order. */
export function filtersToQuery(filters: Filters): ShoeQuery {
	return {
		...DEFAULT_QUERY,
		q: filters.q?.trim() ?? '',
		current: filters.current ?? true,
		minDrop: filters.minDrop ?? null,
		maxDrop: filters.maxDrop ?? null,
		minToeBox: filters.minToeBox ?? null,
		minStack: filters.minStack ?? null,
		maxStack: filters.maxStack ?? null,
		maxWeight: filters.maxWeight ?? null,
		support: filters.support ?? null,
		plate: filters.plate ?? null,
		width: filters.width ?? null,
		sort: filters.sort ?? null,
		dir: filters.dir ?? 'asc'
	};
}

/** A catalog query (the /shoes page's) → the same filters as JSON, defaults left out. */
export function queryToFilters(query: ShoeQuery): Filters {
	const out: Filters = {};
	if (query.q) out.q = query.q;
	if (!query.current) out.current = false;
	for (const key of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
		const n = query[key];
		if (n !== null) out[key] = n;
	}
	if (query.support) out.support = query.support;
	if (query.plate) out.plate = query.plate;
	if (query.width) out.width = query.width;
	return out;
}
