// The production server's fast path: the API's routes answered straight from node:http, with
// no web Request or Response in between (that conversion cost more per request than scoring
// six shoes). Same routes, operations and rules as the SvelteKit endpoint (./http.ts); this
// file only reads the body and writes the answer the way adapter-node would.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, respond, type ApiResponse } from './http';
import { routeFor } from './routes';

/**
 * adapter-node's reading of BODY_SIZE_LIMIT: bytes, or a number with K, M or G (powers of
 * 1024); `Infinity` for no limit. NaN for anything else (the server refuses to start).
 */
export function parseByteSize(value: string): number {
	const multiplier = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase() ?? ''];
	return multiplier ? Number(value.slice(0, -1)) * multiplier : Number(value);
}

/**
 * The body's bytes, refused past `limit` as adapter-node refuses them: at once when the
 * Content-Length says so, otherwise as soon as the bytes counted (a chunked body) pass it.
 * A request without Content-Length or Transfer-Encoding has no body.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
	const length = Number(req.headers['content-length']);
	const hasLength = Number.isFinite(length);
	if (
		(req.httpVersionMajor === 1 && !hasLength && req.headers['transfer-encoding'] == null) ||
		length === 0
	) {
		return Promise.resolve(new Uint8Array(0));
	}
	if (hasLength && length > limit) return Promise.reject(new BodyTooLarge());
	if (req.destroyed) return Promise.reject(new Error('The request was closed'));
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let refused = false;
		req.on('data', (chunk: Buffer) => {
			if (refused) return;
			size += chunk.length;
			if (size > limit || (hasLength && size > length)) {
				// The rest of the upload is read and dropped, so the client gets the 413.
				refused = true;
				chunks.length = 0;
				reject(new BodyTooLarge());
				return;
			}
			chunks.push(chunk);
		});
		req.once('end', () => {
			if (!refused) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
		});
		req.once('error', reject);
	});
}

function send(res: ServerResponse, answer: ApiResponse, server: Readonly<Headers>): void {
	const bytes = Buffer.from(answer.body);
	// One writeHead with every header is Node's fastest way out. Headers already set on `res`
	// stay; these are added to them.
	res.writeHead(answer.status, { ...server, ...answer.headers, 'content-length': bytes.length });
	res.end(bytes);
}

type Headers = Record<string, string>;
const none: Readonly<Headers> = Object.freeze({});

/** Only a header value Node refuses could get here; the client gets a closed connection. */
function failed(res: ServerResponse, e: unknown): void {
	console.error(e);
	res.destroy();
}

export interface NodeApiOptions {
	/** Bytes; a larger body is a 413 (BODY_SIZE_LIMIT, as adapter-node reads it). */
	bodySizeLimit: number;
	/** The server's own headers for every answer (security headers...), asked per answer. */
	headers?: () => Readonly<Headers>;
}

/**
 * A request listener for the API's routes: it answers and returns true for a request to one
 * of them, and returns false (touching nothing) for any other, to be passed on.
 */
export function createNodeApi({ bodySizeLimit, headers = () => none }: NodeApiOptions) {
	return function api(req: IncomingMessage, res: ServerResponse): boolean {
		const url = req.url ?? '';
		const q = url.indexOf('?');
		const route = routeFor(q === -1 ? url : url.slice(0, q));
		if (!route) return false;
		const answer = respond(route, {
			method: req.method ?? 'GET',
			search: q === -1 ? '' : url.slice(q + 1),
			contentType: req.headers['content-type'],
			readBody: () => readBody(req, bodySizeLimit)
		});
		if (answer instanceof Promise) {
			answer.then((a) => send(res, a, headers())).catch((e) => failed(res, e));
		} else send(res, answer, headers());
		return true;
	};
}
