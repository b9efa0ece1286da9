// The JSON API's HTTP rules, free of any framework: a route is a table of operations by method,
// and `respond` turns one request into one answer. Two thin adapters feed it: the SvelteKit
// endpoint (`vite dev`, `node build`) and the production server's fast path (`node server`),
// so both answer with the same status, headers and body by construction.

/** An answer: JSON text, its status and its headers (names in lower case). */
export interface ApiResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** What an operation is given. */
export interface OperationInput {
	/** The request body parsed as JSON (operations with `body: 'json'`), otherwise undefined. */
	body: unknown;
	/** The query string's parameters (empty when there is none). */
	query: URLSearchParams;
}

export interface Operation {
	/**
	 * `'json'`: the body is read and parsed before `handle` runs. A content type other than
	 * application/json is a 415, a body over the server's limit a 413, text that is not JSON a 400.
	 */
	body?: 'json';
	handle(input: OperationInput): ApiResponse;
}

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];
export type Route = Readonly<Partial<Record<Method, Operation>>>;

/** One request as the adapters see it. */
export interface ApiRequest {
	method: string;
	/** The query string without its `?` ('' when there is none). */
	search: string;
	contentType: string | null | undefined;
	/** The raw body; rejects with BodyTooLarge once it passes the server's size limit. */
	readBody(): Promise<Uint8Array>;
}

/** Thrown (or rejected with) by a body reader when the body passes the server's size limit. */
export class BodyTooLarge extends Error {
	readonly status = 413;
	constructor() {
		super('The request body is too large');
	}
}

/**
 * Every answer is JSON, errors included, so callers need one code path. Nothing the API
 * answers may be cached on the way: an assessment is about one runner.
 */
export function json(status: number, data: unknown, headers?: Record<string, string>): ApiResponse {
	return {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
		body: JSON.stringify(data)
	};
}

export function error(
	status: number,
	message: string,
	headers?: Record<string, string>
): ApiResponse {
	return json(status, { error: message }, headers);
}

export const messages = {
	notJson: 'The request body is not valid JSON',
	unreadable: 'The request body could not be read',
	tooLarge: 'The request body is too large',
	contentType: 'Send the request as Content-Type: application/json',
	internal: 'The server could not answer this request'
} as const;

/** `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJson(contentType: string | null | undefined): boolean {
	return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/** The methods a route answers, HEAD wherever GET is (it is GET without the body). */
export function allowedMethods(route: Route): string[] {
	return METHODS.filter((m) => route[m]).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]));
}

function methodNotAllowed(route: Route, method: string): ApiResponse {
	const allowed = allowedMethods(route);
	const use = allowed.filter((m) => m !== 'HEAD').join(' or ');
	return error(405, `${method} is not allowed here; use ${use}`, { allow: allowed.join(', ') });
}

function run(operation: Operation, body: unknown, search: string): ApiResponse {
	try {
		return operation.handle({ body, query: new URLSearchParams(search) });
	} catch (e) {
		// A defect in an operation still answers in JSON, without its stack.
		console.error(e);
		return error(500, messages.internal);
	}
}

// Decodes as a web Request's text() does: UTF-8, a leading byte order mark dropped, invalid
// bytes replaced, so both adapters read the same text from the same bytes.
const decoder = new TextDecoder();

function parseBody(operation: Operation, bytes: Uint8Array, search: string): ApiResponse {
	let body: unknown;
	try {
		body = JSON.parse(decoder.decode(bytes));
	} catch {
		return error(400, messages.notJson);
	}
	return run(operation, body, search);
}

function unreadable(e: unknown): ApiResponse {
	return e instanceof BodyTooLarge
		? error(413, messages.tooLarge)
		: error(400, messages.unreadable);
}

/**
 * Answer one request to `route`. Methods and content types are checked before the body is
 * read, so a refused request never costs its upload. Synchronous unless the body is read.
 */
export function respond(route: Route, request: ApiRequest): ApiResponse | Promise<ApiResponse> {
	const method = request.method === 'HEAD' ? 'GET' : request.method;
	const operation = (METHODS as readonly string[]).includes(method)
		? route[method as Method]
		: undefined;
	if (!operation) return methodNotAllowed(route, request.method);
	if (operation.body !== 'json') return run(operation, undefined, request.search);
	if (!isJson(request.contentType)) return error(415, messages.contentType);
	let reading: Promise<Uint8Array>;
	try {
		reading = request.readBody();
	} catch (e) {
		return unreadable(e);
	}
	return reading.then((bytes) => parseBody(operation, bytes, request.search), unreadable);
}
