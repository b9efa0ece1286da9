import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi';
import { allowedMethods, type Route } from './http';
import { routes } from './routes';

type Documented = Record<string, { responses: Record<string, { headers?: object }> }>;
const paths = openApiDocument.paths as Record<string, Documented>;
const table = Object.entries(routes) as [string, Route][];

describe('the route table and the OpenAPI document describe the same API', () => {
	it('has the same paths', () => {
		expect(Object.keys(paths).sort()).toEqual(table.map(([p]) => p).sort());
	});

	it.each(table)(
		'%s: the same methods, and a 405 with the Allow the table sends',
		(path, route) => {
			const methods = allowedMethods(route).filter((m) => m !== 'HEAD');
			const documented = paths[path] ?? {};
			expect(Object.keys(documented).map((m) => m.toUpperCase())).toEqual(methods);
			for (const operation of Object.values(documented)) {
				expect(operation.responses['405']?.headers).toMatchObject({
					Allow: { schema: { const: allowedMethods(route).join(', ') } }
				});
			}
		}
	);

	it.each(table)('%s: documents 400, 413 and 415 exactly where a body is read', (path, route) => {
		for (const [method, operation] of Object.entries(route)) {
			const statuses = Object.keys(paths[path]?.[method.toLowerCase()]?.responses ?? {});
			for (const status of ['400', '413', '415']) {
				expect(statuses.includes(status), `${method} ${path} ${status}`).toBe(
					operation?.body === 'json'
				);
			}
		}
	});
});
