/**
 * GET /api/shoes without the framework: a URL in, a status, headers and a JSON body out, so the
 * route (+server.ts) and any plain Node fast path can serve it alike. Never throws.
 */
import { parseShoeQuery } from '$lib/catalog/query';
import { searchCatalog } from './index';

export type EndpointAnswer = {
	status: number;
	headers: Record<string, string>;
	body: unknown;
};

/** The catalog is public and changes only with a deploy: caches may keep an answer briefly. */
const CACHE = { 'Cache-Control': 'public, max-age=300' };
export const ALLOW = 'GET, HEAD';

/** `{ total, shoes }` for the query, or 422 `{ errors: [{ path: "query.limit", message }] }`. */
export function shoesEndpoint(url: URL): EndpointAnswer {
	const parsed = parseShoeQuery(url.searchParams);
	if (!parsed.ok) return { status: 422, headers: {}, body: { errors: parsed.errors } };
	const { total, shoes } = searchCatalog(parsed.value);
	return { status: 200, headers: CACHE, body: { total, shoes } };
}

/** Any method but GET and HEAD. */
export function shoesMethodNotAllowed(method: string): EndpointAnswer {
	return {
		status: 405,
		headers: { Allow: ALLOW },
		body: { error: `${method} is not allowed here; use GET` }
	};
}
