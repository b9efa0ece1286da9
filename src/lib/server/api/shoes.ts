import { parseShoeQuery } from '$lib/catalog/query';
import { searchCatalog } from '../catalog';
import { json, type Operation } from './http';

/**
 * GET /api/shoes: the catalog, filtered, sorted and paged by the query. A value of the wrong
 * type, out of its range or not in its list is a 422 whose `errors` carry `query.<name>` paths.
 */
export const shoesOperation: Operation = {
	handle({ query }) {
		const parsed = parseShoeQuery(query);
		if (!parsed.ok) return json(422, { errors: parsed.errors });
		const { total, shoes } = searchCatalog(parsed.value);
		return json(200, { total, shoes });
	}
};
