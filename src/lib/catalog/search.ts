/**
 * Search and filter the catalog: one pure function for the server render (query string) and the
 * live filtering in the browser.
 */
import { CATEGORIES, shoeName, type CatalogShoe, type Category } from './catalog';

/**
 * Toe-box bands on RunRepeat's NEW method, widest part, men's US 9. The cut-points sit about
 * 1.5 mm either side of this catalog's median (96.2 mm over its 50 new-method shoes, range
 * 88.5–101.1): narrow < 95 mm, medium 95 to under 98 mm, wide ≥ 98 mm. They are labels relative
 * to other running shoes, not fit advice: fit depends on the runner's own forefoot width.
 * Old-method widths read about 3–5 mm wider, so an old-method shoe is never put in these bands;
 * it gets its own band `old-method`. `unmeasured` = no lab toe-box width.
 */
export const TOE_BOX_BANDS = {
	narrow: { label: 'Narrow (under 95 mm)', min: -Infinity, max: 95 },
	medium: { label: 'Medium (95 to 97.9 mm)', min: 95, max: 98 },
	wide: { label: 'Wide (98 mm or more)', min: 98, max: Infinity }
} as const;

export const TOE_BOX_FILTERS = ['narrow', 'medium', 'wide', 'old-method', 'unmeasured'] as const;
export type ToeBoxFilter = (typeof TOE_BOX_FILTERS)[number];

export const TOE_BOX_FILTER_LABELS: Record<ToeBoxFilter, string> = {
	narrow: TOE_BOX_BANDS.narrow.label,
	medium: TOE_BOX_BANDS.medium.label,
	wide: TOE_BOX_BANDS.wide.label,
	'old-method': 'Old method only',
	unmeasured: 'Not measured'
};

export const SORTS = ['name', 'drop', 'toebox', 'weight'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = {
	name: 'Name',
	drop: 'Drop, lowest first',
	toebox: 'Toe box, widest first',
	weight: 'Weight, lightest first'
};

export type CatalogQuery = {
	q: string;
	dropMin: number | null;
	dropMax: number | null;
	toeBox: ToeBoxFilter | null;
	category: Category | null;
	sort: Sort;
};

export const EMPTY_QUERY: CatalogQuery = {
	q: '',
	dropMin: null,
	dropMax: null,
	toeBox: null,
	category: null,
	sort: 'name'
};

export function toeBoxBand(shoe: CatalogShoe): ToeBoxFilter {
	const lab = shoe.lab;
	if (!lab || lab.toeBoxWidestMm === null || lab.toeBoxMethod === null) return 'unmeasured';
	if (lab.toeBoxMethod === 'old') return 'old-method';
	const w = lab.toeBoxWidestMm;
	if (w < TOE_BOX_BANDS.narrow.max) return 'narrow';
	if (w < TOE_BOX_BANDS.medium.max) return 'medium';
	return 'wide';
}

/** The drop that filters and sorts: measured when known (what the scoring uses), else stated. */
export function scoredDrop(shoe: CatalogShoe): number | null {
	return shoe.lab?.dropMm ?? shoe.stated?.dropMm ?? null;
}

/** Widest toe box on the new method only: old-method widths would sort 3–5 mm too high. */
function comparableToeBox(shoe: CatalogShoe): number | null {
	return toeBoxBand(shoe) === 'old-method' || toeBoxBand(shoe) === 'unmeasured'
		? null
		: (shoe.lab?.toeBoxWidestMm ?? null);
}

function weight(shoe: CatalogShoe): number | null {
	return shoe.lab?.weightG ?? shoe.stated?.weightG ?? null;
}

const fold = (s: string) =>
	s
		.toLocaleLowerCase('en')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** Every word typed must appear in "brand model" (any order, case and punctuation ignored). */
function matches(shoe: CatalogShoe, q: string): boolean {
	const words = fold(q).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const hay = ` ${fold(shoeName(shoe))} `;
	const compact = hay.replaceAll(' ', '');
	return words.every((w) => hay.includes(w) || compact.includes(w));
}

/** Unknown values sort last, whatever the direction. */
function byNumber(get: (s: CatalogShoe) => number | null, dir: 1 | -1) {
	return (a: CatalogShoe, b: CatalogShoe) => {
		const x = get(a);
		const y = get(b);
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		return (x - y) * dir;
	};
}

const byName = (a: CatalogShoe, b: CatalogShoe) =>
	shoeName(a).localeCompare(shoeName(b), 'en', { sensitivity: 'base', numeric: true });

const SORTERS: Record<Sort, (a: CatalogShoe, b: CatalogShoe) => number> = {
	name: byName,
	drop: byNumber(scoredDrop, 1),
	toebox: byNumber(comparableToeBox, -1),
	weight: byNumber(weight, 1)
};

/**
 * Filter and sort. A drop range excludes shoes with no known drop; the toe-box filter uses the
 * bands above. Ties fall back to the name, so the order never depends on the input order.
 */
export function searchCatalog(
	shoes: readonly CatalogShoe[],
	query: Partial<CatalogQuery>
): CatalogShoe[] {
	const q = { ...EMPTY_QUERY, ...query };
	const sorter = SORTERS[q.sort];
	return shoes
		.filter((s) => {
			if (!matches(s, q.q)) return false;
			if (q.category && s.category !== q.category) return false;
			if (q.toeBox && toeBoxBand(s) !== q.toeBox) return false;
			if (q.dropMin !== null || q.dropMax !== null) {
				const d = scoredDrop(s);
				if (d === null) return false;
				if (q.dropMin !== null && d < q.dropMin) return false;
				if (q.dropMax !== null && d > q.dropMax) return false;
			}
			return true;
		})
		.sort((a, b) => sorter(a, b) || byName(a, b));
}

function numberParam(raw: string | null): number | null {
	if (raw === null || raw.trim() === '') return null;
	const n = Number(raw);
	return Number.isFinite(n) ? n : null;
}

function pick<T extends string>(list: readonly T[], raw: string | null): T | null {
	return list.find((x) => x === raw) ?? null;
}

/** The query string → a query. Anything unknown or malformed is ignored, never an error. */
export function parseQuery(params: URLSearchParams): CatalogQuery {
	return {
		q: (params.get('q') ?? '').slice(0, 100),
		dropMin: numberParam(params.get('dropMin')),
		dropMax: numberParam(params.get('dropMax')),
		toeBox: pick(TOE_BOX_FILTERS, params.get('toeBox')),
		category: pick(CATEGORIES, params.get('category')),
		sort: pick(SORTS, params.get('sort')) ?? 'name'
	};
}

/** The ids in `?pick=a&pick=b` that name a catalog shoe, each once, in the order given. */
/**
 * `?pick=` values that name no catalog shoe (a mistyped or outdated link), each once, so the
 * page can say what it left out: at most 3, each cut to 40 characters for display.
 */
export function unknownPicks(params: URLSearchParams, shoes: readonly CatalogShoe[]): string[] {
	const ids = new Set(shoes.map((s) => s.id));
	return [...new Set(params.getAll('pick').map((id) => id.trim()))]
		.filter((id) => id !== '' && !ids.has(id))
		.slice(0, 3)
		.map((id) => (id.length > 40 ? `${id.slice(0, 39)}…` : id));
}

export function parsePicks(params: URLSearchParams, shoes: readonly CatalogShoe[]): string[] {
	const ids = new Set(shoes.map((s) => s.id));
	return [...new Set(params.getAll('pick'))].filter((id) => ids.has(id));
}
