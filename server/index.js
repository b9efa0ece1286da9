// The production entry: `node server` (npm start). It wraps adapter-node's request handler
// so that the security headers reach every response, including the static and immutable
// assets that adapter-node's sirv serves before SvelteKit (and src/hooks.server.ts) runs.
// Pages still get kit.csp's header: SvelteKit's setHeader replaces the fallback set here.
// No page is prerendered; a prerendered page would carry kit.csp in a <meta> tag, which cannot
// loosen the fallback header, so prerendering one needs its HTML exempted here first.
// adapter-node's own settings (ORIGIN, BODY_SIZE_LIMIT, PROTOCOL_HEADER, ...) are read by
// build/handler.js as usual; this file reads HOST, PORT and SHUTDOWN_TIMEOUT.
import http from 'node:http';
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

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const shutdownSeconds = Number(process.env.SHUTDOWN_TIMEOUT || 30);

/** @param {import('node:http').ServerResponse} res */
function internalError(res) {
	if (res.headersSent) return res.destroy();
	res.statusCode = 500;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end('Internal Error');
}

// adapter-node compresses nothing it renders (only the build's precompressed assets, which
// sirv serves as .br/.gz), so a results page went out as 88 kB of HTML where gzip makes 12 kB:
// on a phone's slow link that was most of the time to first paint. `compression` leaves
// responses that already carry a Content-Encoding (sirv's) alone, skips bodies under 1 kB, and
// sets Vary: Accept-Encoding. The pages hold no secret a BREACH-style attack could recover:
// no cookies, sessions or CSRF tokens; the CSP nonce is new on every response.
const compress = compression();

/**
 * SvelteKit's CSRF check answers a POST with a form content type (urlencoded, multipart,
 * text/plain) and no same-origin Origin header with a plain-text 403, before any route runs.
 * The JSON API reads only application/json and has no cookies or side effects, so for it such a
 * body is simply another content type: api.md's JSON 415, from the endpoint itself. Any other
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

const server = http.createServer((req, res) => {
	if (protocolFromProxy && !req.headers['x-forwarded-proto'])
		req.headers['x-forwarded-proto'] = 'http';
	apiBodyTypeForRoute(req);
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	res.setHeader('Content-Security-Policy', fallbackCsp);
	compress(/** @type {any} */ (req), /** @type {any} */ (res), (error) => {
		if (error) {
			console.error(error);
			internalError(res);
		} else serve(req, res);
	});
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host}:${port}`);
});

/** Finish the requests in flight, then exit; force-close after SHUTDOWN_TIMEOUT seconds. */
function shutdown() {
	server.closeIdleConnections();
	server.close(() => process.exit(0));
	setTimeout(() => server.closeAllConnections(), shutdownSeconds * 1000).unref();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
