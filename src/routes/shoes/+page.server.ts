import { DEFAULT_QUERY, parseShoeQuery, type QueryError, type ShoeQuery } from '$lib/catalog/query';
import { catalog, labFile, parsePicks, searchCatalog, versionAlert } from '$lib/server/catalog';
import { toRow } from './view';
import type { PageServerLoad } from './$types';

/** Shoes per page: a phone scrolls through them quickly, and the HTML stays small. */
const PAGE_SIZE = 24;

/**
 * The catalog filtered, sorted and paged here, on the server, from the query string: the page
 * works the same with scripts off, and no browser gets more than one page of shoes. A value the
 * parser refuses is left out (and said so), the rest of the query still applies.
 */
export const load: PageServerLoad = ({ url }) => {
	const mode = { kind: 'page', pageSize: PAGE_SIZE } as const;
	let parsed = parseShoeQuery(url.searchParams, mode);
	let errors: QueryError[] = [];
	if (!parsed.ok) {
		errors = parsed.errors;
		const kept = new URLSearchParams(url.searchParams);
		for (const e of errors) kept.delete(e.path.replace(/^query\./, ''));
		parsed = parseShoeQuery(kept, mode);
	}
	const query: ShoeQuery = parsed.ok ? parsed.value : { ...DEFAULT_QUERY, limit: PAGE_SIZE };
	let { total, shoes } = searchCatalog(query);
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	let page = Math.floor(query.offset / PAGE_SIZE) + 1;
	// past the last page (a stale link, a narrower filter): show the last one
	if (page > pages) {
		page = pages;
		({ total, shoes } = searchCatalog({ ...query, offset: (pages - 1) * PAGE_SIZE }));
	}
	const picks = parsePicks(url.searchParams);
	const shown = new Set(shoes.map((s) => s.id));
	return {
		query,
		errors,
		total,
		page,
		pages,
		first: total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1,
		rows: shoes.map((s) => toRow(s, versionAlert(s.id))),
		picks,
		hiddenPicks: picks.filter((id) => !shown.has(id)),
		size: catalog.length,
		sold: catalog.filter((s) => s.current).length,
		compiled: labFile.compiledAt.slice(0, 10)
	};
};
