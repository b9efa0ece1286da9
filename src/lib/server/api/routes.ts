import { openApiDocument } from '../openapi';
import { assessOperation } from './assess';
import { recommendOperation } from './recommend';
import { shoesOperation } from './shoes';
import { json, type Operation, type Route } from './http';

// The document never changes while the server runs: serialised once.
const openApiAnswer = json(200, openApiDocument);
const openApiOperation: Operation = { handle: () => openApiAnswer };

/**
 * Every JSON endpoint, by path, with its operation per method. Both adapters (the SvelteKit
 * route `api/[...path]` and the production server's fast path) answer exactly these paths, so
 * a new endpoint is one entry here plus its operation. Each one must also be described in the
 * OpenAPI document (a test compares the two).
 */
export const routes: Readonly<Record<string, Route>> = {
	'/api/assess': { POST: assessOperation },
	'/api/shoes': { GET: shoesOperation },
	'/api/recommend': { POST: recommendOperation },
	'/api/openapi.json': { GET: openApiOperation }
};

const table = new Map(Object.entries(routes));

/** The route at exactly this path (no trailing slash, no query), if there is one. */
export function routeFor(path: string): Route | undefined {
	return table.get(path);
}
