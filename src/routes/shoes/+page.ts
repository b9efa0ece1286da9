import { catalog, parsePicks, parseQuery } from '$lib/catalog';
import type { PageLoad } from './$types';

/**
 * Universal load: the server renders the filtered list from the query string (no JavaScript
 * needed); in the browser the same query seeds the live filter.
 */
export const load: PageLoad = ({ url }) => {
	return {
		query: parseQuery(url.searchParams),
		picks: parsePicks(url.searchParams, catalog)
	};
};
