// The production entry: `node server` (npm start). It wraps adapter-node's request handler
// so that the security headers reach every response, including the static and immutable
// assets that adapter-node's sirv serves before SvelteKit (and src/hooks.server.ts) runs.
// Pages still get kit.csp's header: SvelteKit's setHeader replaces the fallback set here.
// No page is prerendered; a prerendered page would carry kit.csp in a <meta> tag, which cannot
// loosen the fallback header, so prerendering one needs its HTML exempted here first.
// adapter-node's own settings (ORIGIN, BODY_SIZE_LIMIT, PROTOCOL_HEADER, ...) are read by
// build/handler.js as usual; this file reads HOST, PORT, SHUTDOWN_DELAY, SHUTDOWN_TIMEOUT,
// API_FAST_PATH and INSTANCE_ID, and BODY_SIZE_LIMIT for the API's fast path.
//
// The JSON API (every path in src/lib/server/api/routes.ts) is answered here, before SvelteKit,
// by the same operations bundled for Node (build/api, from `npm run build`): turning each Node
// request into a web Request and streaming the answer back through a web Response cost more
// than scoring six shoes. API_FAST_PATH=off sends it through SvelteKit's route instead (the
// API tests run against both and expect the same answers).
import http from 'node:http';
import net from 'node:net';
import process from 'node:process';
import compression from 'compression';
import { fallbackCsp, securityHeaders } from './headers.js';

// Without ORIGIN, adapter-node assumes https, so a plain `npm start` on http://localhost:3000
// refused every form POST as cross-site (403). This listener speaks plain HTTP, so unless a
// TLS proxy says otherwise in X-Forwarded-Proto, the protocol is http. (A spoofed header only
// changes the origin computed for the sender's own request; browsers cannot add it to a
// cross-site form, so the CSRF check keeps its meaning.) Set ORIGIN in production.
const protocolFromProxy = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (protocolFromProxy) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
// Imported after the line above: adapter-node reads its settings when it loads.
const { handler } = await import('../build/handler.js');
const { createNodeApi, parseByteSize } = await import('../build/api/index.js');

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const shutdownSeconds = seconds('SHUTDOWN_TIMEOUT', 30);
const drainSeconds = seconds('SHUTDOWN_DELAY', 3);
const instance = process.env.INSTANCE_ID || undefined;

/** A whole number of seconds from the environment, or the server refuses to start. */
function seconds(/** @type {string} */ name, /** @type {number} */ fallback) {
	const value = process.env[name];
	if (value === undefined || value === '') return fallback;
	if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number of seconds: ${value}`);
	return Number(value);
}

const fastPath = !/^(off|0|false|no)$/i.test(process.env.API_FAST_PATH ?? '');
/**
 * The headers of every API answer: the security headers, and Vary because `compression`
 * compresses the answer for a client that accepts it (and says so in Vary for every client).
 */
const apiHeaders = Object.freeze({
	...securityHeaders,
	'Content-Security-Policy': fallbackCsp,
	Vary: 'Accept-Encoding'
});
const drainingApiHeaders = Object.freeze({ ...apiHeaders, Connection: 'close' });
const api = createNodeApi({
	// Read as adapter-node reads it (build/handler.js has already refused a value that is not a size).
	bodySizeLimit: parseByteSize(process.env.BODY_SIZE_LIMIT ?? '512K'),
	headers: () => (draining ? drainingApiHeaders : apiHeaders)
});

// Without ORIGIN, adapter-node builds each request's URL from its Host and protocol headers and
// answers a plain-text 400 when it cannot. The fast path takes only requests whose origin
// adapter-node would certainly accept, and leaves every other one to it, so that both refuse
// the same requests.
const simpleHost = /^(?:[\w.-]+|\[[\d:a-f.]+\])(?::\d{1,5})?$/i;
const protocolHeader = process.env.PROTOCOL_HEADER?.toLowerCase() ?? '';
const certainOrigin =
	process.env.ORIGIN || process.env.HOST_HEADER || process.env.PORT_HEADER
		? () => !!process.env.ORIGIN
		: (/** @type {import('node:http').IncomingMessage} */ req) =>
				simpleHost.test(req.headers.host ?? '') &&
				/^(?:https?)?$/.test(String(req.headers[protocolHeader] ?? ''));

/** @param {import('node:http').ServerResponse} res */
function internalError(res) {
	if (res.headersSent) return res.destroy();
	res.statusCode = 500;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end('Internal Error');
}

// adapter-node compresses nothing it renders (only the build's precompressed assets, which
// sirv serves as .br/.gz), and a results page is several times larger uncompressed: on a
// phone's slow link most of the time to first paint. `compression` leaves
// responses that already carry a Content-Encoding (sirv's) alone, skips bodies under 1 kB, and
// sets Vary: Accept-Encoding. The pages hold no secret a BREACH-style attack could recover:
// no cookies, sessions or CSRF tokens; the CSP nonce is new on every response.
const compress = compression();

/**
 * SvelteKit's CSRF check answers a POST with a form content type (urlencoded, multipart,
 * text/plain) and no same-origin Origin header with a plain-text 403, before any route runs.
 * The JSON API reads only application/json and has no cookies or side effects, so for it such a
 * body is simply another content type: the API's JSON 415, from the endpoint itself. Any other
 * type it is sent is passed on as application/octet-stream, which the CSRF check leaves to the
 * route. Pages and their form actions keep the check unchanged.
 * @param {import('node:http').IncomingMessage} req
 */
function apiBodyTypeForRoute(req) {
	const type = req.headers['content-type'];
	if (!type || !req.url?.startsWith('/api/')) return;
	if (type.split(';', 1)[0]?.trim().toLowerCase() === 'application/json') return;
	req.headers['content-type'] = 'application/octet-stream';
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function serve(req, res) {
	try {
		if (fastPath && certainOrigin(req) && api(req, res)) return;
		apiBodyTypeForRoute(req);
		// SvelteKit answers every request that reaches it, so `next` only runs if it did not.
		Promise.resolve(handler(req, res, () => internalError(res))).catch((error) => {
			console.error(error);
			internalError(res);
		});
	} catch (error) {
		console.error(error);
		internalError(res);
	}
}

/** Set once SIGTERM or SIGINT arrives: /healthz says so, and no connection is kept open. */
let draining = false;

/**
 * GET /healthz: 200 while this instance takes requests, 503 once it is draining, so that a load
 * balancer's health check stops sending it new ones before it stops listening. The instance is
 * ready as soon as it listens (the app is loaded before that). INSTANCE_ID, if set, is named.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
function health(req, res) {
	res.setHeader('Cache-Control', 'no-store');
	res.setHeader('Content-Type', 'application/json');
	/** @type {Record<string, unknown>} */
	let body = { status: draining ? 'draining' : 'ready', instance };
	res.statusCode = draining ? 503 : 200;
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.statusCode = 405;
		res.setHeader('Allow', 'GET, HEAD');
		body = { error: `${req.method} is not allowed here; use GET` };
	}
	res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
}

/**
 * Every open connection and how many of its requests are not answered yet, so that shutting
 * down can close exactly the idle ones. Not server.close(): since Node 19 it also runs
 * closeIdleConnections(), which destroys a connection as soon as its answer has been ended,
 * before the answer has been written out, and the proxy received a truncated body.
 * @type {Map<import('node:net').Socket, number>}
 */
const open = new Map();
/** Set once the listener is closed: a connection that falls idle is then ended. */
let stopping = false;

const server = http.createServer((req, res) => {
	const socket = req.socket;
	open.set(socket, (open.get(socket) ?? 0) + 1);
	res.once('close', () => {
		const busy = (open.get(socket) ?? 1) - 1;
		open.set(socket, busy);
		if (stopping && busy === 0) socket.end();
	});
	// The API's fast path, first for a client that accepts no compression: nothing to
	// compress, so all of its headers go out in one writeHead. Any other request goes through
	// `compression` below, the API's included (serve() tries the fast path again).
	if (fastPath && req.headers['accept-encoding'] === undefined && certainOrigin(req)) {
		if (api(req, res)) return;
	}
	if (protocolFromProxy && !req.headers['x-forwarded-proto'])
		req.headers['x-forwarded-proto'] = 'http';
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	res.setHeader('Content-Security-Policy', fallbackCsp);
	// Draining: each answer closes its connection, so the proxy opens no new request on it.
	if (draining) res.setHeader('Connection', 'close');
	if (req.url === '/healthz') return health(req, res);
	compress(/** @type {any} */ (req), /** @type {any} */ (res), (error) => {
		if (error) {
			console.error(error);
			internalError(res);
		} else serve(req, res);
	});
});
server.on('connection', (socket) => {
	open.set(socket, 0);
	socket.once('close', () => open.delete(socket));
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host}:${port}`);
});

/**
 * SIGTERM (a service manager or a rolling restart): keep answering for SHUTDOWN_DELAY seconds
 * while /healthz says 503, long enough for the load balancer's health check to route new
 * requests elsewhere; then stop listening, end the idle connections (gracefully: what was
 * written is still delivered), let the requests in flight finish and exit. SIGINT (Ctrl-C at
 * a terminal) skips the delay. Connections still open SHUTDOWN_TIMEOUT seconds after that
 * are cut.
 * @param {NodeJS.Signals} signal
 */
function shutdown(signal) {
	if (draining) return;
	draining = true;
	const stop = () => {
		stopping = true;
		// net.Server's close: stop listening, call back once every connection has closed.
		net.Server.prototype.close.call(server, () => process.exit(0));
		for (const [socket, busy] of open) if (busy === 0) socket.end();
		setTimeout(() => {
			for (const socket of open.keys()) socket.destroy();
		}, shutdownSeconds * 1000).unref();
	};
	if (signal === 'SIGTERM' && drainSeconds > 0) setTimeout(stop, drainSeconds * 1000);
	else stop();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
