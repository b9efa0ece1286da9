/**
 * The catalog's filters, read from a query string: one parser for GET /api/shoes and the /shoes
 * page, so both accept and refuse the same values. A value of the wrong type, out of its range
 * or not in its list is an error with a dot path (`query.limit`), never silently dropped; an
 * empty value (a blank field of a GET form) means "not given".
 */
import { PLATES, SUPPORTS, type Plate, type Support } from './schema';

export const SORTS = ['name', 'drop', 'toebox', 'stack', 'weight', 'price', 'release'] as const;
export type Sort = (typeof SORTS)[number];
export const DIRECTIONS = ['asc', 'desc'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** The width options a runner filters by: a shoe offered in that width. */
export const WIDTH_FILTERS = ['wide', 'extra-wide'] as const;
export type WidthFilter = (typeof WIDTH_FILTERS)[number];

export const LIMIT = { min: 1, max: 100, default: 50 } as const;
/** Past this offset no catalog has shoes; the bound keeps the number a plain integer. */
export const OFFSET_MAX = 100_000;
export const PAGE_MAX = 10_000;
export const QUERY_MAX_LENGTH = 100;

/** The numeric filters: query name, what it filters, bounds (those of the contract's shoes). */
export const RANGES = {
	minDrop: { min: -5, max: 25, unit: 'mm' },
	maxDrop: { min: -5, max: 25, unit: 'mm' },
	minToeBox: { min: 60, max: 140, unit: 'mm' },
	minStack: { min: 0, max: 60, unit: 'mm' },
	maxStack: { min: 0, max: 60, unit: 'mm' },
	maxWeight: { min: 50, max: 600, unit: 'g' }
} as const;
type RangeKey = keyof typeof RANGES;

export type ShoeQuery = {
	/** name or brand, typos forgiven; '' = every shoe */
	q: string;
	/** only models still sold (the default) */
	current: boolean;
	/** lab drop, mm */
	minDrop: number | null;
	maxDrop: number | null;
	/** lab toe-box width at its widest, current method only, mm */
	minToeBox: number | null;
	/** lab heel stack, mm */
	minStack: number | null;
	maxStack: number | null;
	/** lab weight, g */
	maxWeight: number | null;
	support: Support | null;
	plate: Plate | null;
	width: WidthFilter | null;
	/** null: best match first when searching, else by name */
	sort: Sort | null;
	dir: Direction;
	limit: number;
	offset: number;
};

export const DEFAULT_QUERY: ShoeQuery = {
	q: '',
	current: true,
	minDrop: null,
	maxDrop: null,
	minToeBox: null,
	minStack: null,
	maxStack: null,
	maxWeight: null,
	support: null,
	plate: null,
	width: null,
	sort: null,
	dir: 'asc',
	limit: LIMIT.default,
	offset: 0
};

export type QueryError = { path: string; message: string };
export type ParsedQuery = { ok: true; value: ShoeQuery } | { ok: false; errors: QueryError[] };

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const WHOLE = /^\d+$/;

const list = (values: readonly string[]) => values.map((x) => `"${x}"`).join(', ');

/**
 * `mode: 'api'` reads `limit` and `offset`; `mode: 'page'` reads `page` (1-based) and pages by
 * `pageSize`. Parameters the catalog does not know (`pick`, say) are left to their page.
 */
export function parseShoeQuery(
	params: URLSearchParams,
	mode: { kind: 'api' } | { kind: 'page'; pageSize: number } = { kind: 'api' }
): ParsedQuery {
	const errors: QueryError[] = [];
	const out: ShoeQuery = { ...DEFAULT_QUERY };
	const fail = (key: string, message: string) => errors.push({ path: `query.${key}`, message });

	/** The one value of a parameter, or null when absent or blank; twice is an error. */
	const one = (key: string): string | null => {
		const all = params.getAll(key);
		if (all.length > 1) {
			fail(key, `give ${key} once, not ${all.length} times`);
			return null;
		}
		const raw = all[0];
		return raw === undefined || raw.trim() === '' ? null : raw.trim();
	};

	const q = params.getAll('q');
	if (q.length > 1) fail('q', 'give q once');
	else if ((q[0] ?? '').length > QUERY_MAX_LENGTH)
		fail('q', `must be at most ${QUERY_MAX_LENGTH} characters`);
	else out.q = (q[0] ?? '').trim();

	const current = one('current');
	if (current === 'true') out.current = true;
	else if (current === 'false') out.current = false;
	else if (current !== null) fail('current', 'must be true or false');

	for (const key of Object.keys(RANGES) as RangeKey[]) {
		const raw = one(key);
		if (raw === null) continue;
		const { min, max, unit } = RANGES[key];
		const n = Number(raw);
		if (!DECIMAL.test(raw) || !Number.isFinite(n)) fail(key, `must be a number (${unit})`);
		else if (n < min || n > max) fail(key, `must be from ${min} to ${max} ${unit}`);
		else out[key] = n;
	}
	if (out.minDrop !== null && out.maxDrop !== null && out.minDrop > out.maxDrop)
		fail('minDrop', 'must not be more than maxDrop');
	if (out.minStack !== null && out.maxStack !== null && out.minStack > out.maxStack)
		fail('minStack', 'must not be more than maxStack');

	const pick = <T extends string>(key: string, values: readonly T[]): T | null => {
		const raw = one(key);
		if (raw === null) return null;
		const found = values.find((x) => x === raw);
		if (found === undefined) fail(key, `must be one of ${list(values)}`);
		return found ?? null;
	};
	out.support = pick('support', SUPPORTS);
	out.plate = pick('plate', PLATES);
	out.width = pick('width', WIDTH_FILTERS);
	out.sort = pick('sort', SORTS);
	out.dir = pick('dir', DIRECTIONS) ?? 'asc';

	const whole = (key: string, min: number, max: number): number | null => {
		const raw = one(key);
		if (raw === null) return null;
		const n = Number(raw);
		if (!WHOLE.test(raw) || n < min || n > max) {
			fail(key, `must be a whole number from ${min} to ${max}`);
			return null;
		}
		return n;
	};
	if (mode.kind === 'api') {
		out.limit = whole('limit', LIMIT.min, LIMIT.max) ?? LIMIT.default;
		out.offset = whole('offset', 0, OFFSET_MAX) ?? 0;
	} else {
		const page = whole('page', 1, PAGE_MAX) ?? 1;
		out.limit = mode.pageSize;
		out.offset = (page - 1) * mode.pageSize;
	}
	return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
