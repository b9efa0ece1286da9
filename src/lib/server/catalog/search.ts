/**
 * Search, filter, sort and page the catalog on the server.
 *
 * Names are matched word by word with MiniSearch: every word typed must match a word of the
 * shoe's name or brand, as its start ("pega" finds Pegasus) or within a few typos ("kayanno",
 * "pegasis 41", "nimubs"). Numbers must match exactly or as a start, so "41" never finds a 40.
 * A character-pattern matcher (Fuse.js) was tried first and matched "nike" inside "Infinite"
 * and "on" inside 125 names: a word-level index is what a runner typing a model expects.
 */
import MiniSearch from 'minisearch';
import type { CatalogShoe } from '$lib/catalog/schema';
import type { ShoeQuery, Sort } from '$lib/catalog/query';

export type SearchResult = {
	/** shoes matching every filter, before paging */
	total: number;
	/** the page asked for (limit, offset) */
	shoes: CatalogShoe[];
};

/** Case, accents and punctuation ignored: "Gel-Nimbus" is "gel nimbus". */
const fold = (s: string) =>
	s
		.toLocaleLowerCase('en')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
const tokenize = (s: string) =>
	fold(s)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * Typos forgiven per word: none under 4 letters (too many short words are one letter apart) or
 * in numbers (model numbers), one from 4 letters, two from 6.
 */
export function typosAllowed(term: string): number {
	if (/\d/.test(term)) return 0;
	if (term.length >= 6) return 2;
	if (term.length >= 4) return 1;
	return 0;
}

type Getter = (s: CatalogShoe) => number | string | null | undefined;
const GETTERS: Record<Sort, Getter> = {
	name: (s) => s.name,
	drop: (s) => s.lab?.dropMm,
	toebox: (s) => s.lab?.toeboxWidestMm,
	stack: (s) => s.lab?.heelStackMm,
	weight: (s) => s.lab?.weightG,
	price: (s) => s.priceGbp,
	release: (s) => s.released
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: CatalogShoe, b: CatalogShoe) =>
	collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Unknown values last whatever the direction; ties by name, so the order is always the same. */
export function comparator(sort: Sort, dir: 1 | -1) {
	const get = GETTERS[sort];
	return (a: CatalogShoe, b: CatalogShoe) => {
		const x = get(a) ?? null;
		const y = get(b) ?? null;
		if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
		const c =
			typeof x === 'string' && typeof y === 'string'
				? collator.compare(x, y)
				: (x as number) - (y as number);
		return c * dir || byName(a, b);
	};
}

/** Every filter but the words: each given bound must be met by a known figure. */
function passes(s: CatalogShoe, q: ShoeQuery): boolean {
	if (q.current && !s.current) return false;
	const lab = s.lab;
	const within = (n: number | undefined, min: number | null, max: number | null) =>
		(min === null && max === null) ||
		(n !== undefined && (min === null || n >= min) && (max === null || n <= max));
	if (!within(lab?.dropMm, q.minDrop, q.maxDrop)) return false;
	if (!within(lab?.toeboxWidestMm, q.minToeBox, null)) return false;
	if (!within(lab?.heelStackMm, q.minStack, q.maxStack)) return false;
	if (!within(lab?.weightG, null, q.maxWeight)) return false;
	if (q.support && s.support !== q.support) return false;
	if (q.plate && s.plate !== q.plate) return false;
	if (q.width && !s.widths.includes(q.width)) return false;
	return true;
}

export function makeSearch(shoes: readonly CatalogShoe[]) {
	const byId = new Map(shoes.map((s) => [s.id, s]));
	const index = new MiniSearch<CatalogShoe>({
		fields: ['name', 'brand'],
		tokenize,
		processTerm: (t) => fold(t),
		searchOptions: {
			combineWith: 'AND',
			prefix: true,
			fuzzy: (term) => typosAllowed(term),
			// the brand is in the name too; a word of the model counts more than one of the brand
			boost: { name: 2 }
		}
	});
	index.addAll(shoes);

	/** The shoes passing every filter, best match first when searching, else in catalog order. */
	function matching(query: ShoeQuery): { found: CatalogShoe[]; searched: boolean } {
		const words = tokenize(query.q);
		if (!words.length) return { found: shoes.filter((s) => passes(s, query)), searched: false };
		const scores = new Map(index.search(words.join(' ')).map((r) => [r.id as string, r.score]));
		const found = [...scores.keys()].map((id) => byId.get(id)!).filter((s) => passes(s, query));
		found.sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || byName(a, b));
		return { found, searched: true };
	}

	function searchCatalog(query: ShoeQuery): SearchResult {
		const { found, searched } = matching(query);
		// no sort chosen: best match first when searching (above), else by name
		const sort = query.sort ?? (searched ? null : 'name');
		if (sort !== null) found.sort(comparator(sort, query.dir === 'desc' ? -1 : 1));
		return {
			total: found.length,
			shoes: found.slice(query.offset, query.offset + query.limit)
		};
	}

	/** Every shoe passing the filters, unpaged and in no chosen order (limit and sort unread). */
	const filtered = (query: ShoeQuery): CatalogShoe[] => matching(query).found;
	return Object.assign(searchCatalog, { filtered });
}
