// The SvelteKit adapter of the API (`vite dev`, `node build`, and `node server` with its fast
// path off): the same routes and rules as the fast path (./http.ts), through web Request and
// Response objects.
import { BodyTooLarge, error, respond, type ApiResponse } from './http';
import { routeFor } from './routes';

const encoder = new TextEncoder();

function toResponse({ status, headers, body }: ApiResponse): Response {
	const bytes = encoder.encode(body);
	return new Response(bytes, {
		status,
		headers: { ...headers, 'content-length': String(bytes.byteLength) }
	});
}

/**
 * adapter-node rejects a body over BODY_SIZE_LIMIT while it is read (by Content-Length up
 * front, or by counting a chunked body), with an error that carries status 413.
 */
async function readBody(request: Request): Promise<Uint8Array> {
	try {
		return new Uint8Array(await request.arrayBuffer());
	} catch (e) {
		if (typeof e === 'object' && e !== null && 'status' in e && e.status === 413) {
			throw new BodyTooLarge();
		}
		throw e;
	}
}

/** The answer to `request` at `path` (`/api/…`, decoded, no trailing slash). */
export async function answer(path: string, request: Request, url: URL): Promise<Response> {
	const route = routeFor(path);
	if (!route) return toResponse(error(404, 'There is no API endpoint at this address'));
	return toResponse(
		await respond(route, {
			method: request.method,
			search: url.search.slice(1),
			contentType: request.headers.get('content-type'),
			readBody: () => readBody(request)
		})
	);
}
