import { json, type RequestHandler } from '@sveltejs/kit';
import { parseRequest, type AssessRequest, type Assessment } from '$lib/risk/schema';

/**
 * Assessments are about one runner: never cached anywhere on the way. Every answer, errors
 * included, is JSON so that callers need one code path.
 */
const noStore = { 'Cache-Control': 'no-store' };

function error(status: number, message: string, headers: Record<string, string> = {}) {
	return json({ error: message }, { status, headers: { ...noStore, ...headers } });
}

/** `application/json`, with or without parameters such as `charset=utf-8`. */
function isJson(contentType: string | null): boolean {
	return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * adapter-node rejects a body over BODY_SIZE_LIMIT while it is being read (by Content-Length
 * up front, or by counting a chunked body), with an error that carries status 413.
 */
function isTooLarge(e: unknown): boolean {
	return typeof e === 'object' && e !== null && 'status' in e && e.status === 413;
}

/** POST /api/assess as in design/api.md, around the engine it is given. */
export function assessEndpoint(assess: (request: AssessRequest) => Assessment): RequestHandler {
	return async ({ request }) => {
		if (!isJson(request.headers.get('content-type'))) {
			return error(415, 'Send the request as Content-Type: application/json');
		}
		let text: string;
		try {
			text = await request.text();
		} catch (e) {
			if (isTooLarge(e)) return error(413, 'The request body is too large');
			return error(400, 'The request body could not be read');
		}
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			return error(400, 'The request body is not valid JSON');
		}
		const parsed = parseRequest(body);
		if (!parsed.ok) return json({ errors: parsed.errors }, { status: 422, headers: noStore });
		return json(assess(parsed.value), { headers: noStore });
	};
}

/** Every method but POST, HEAD and OPTIONS included (SvelteKit's own 405 is plain text). */
export const methodNotAllowed: RequestHandler = ({ request }) =>
	error(405, `${request.method} is not allowed here; use POST`, { Allow: 'POST' });
