import type { Handle } from '@sveltejs/kit';
import { fallbackCsp, securityHeaders } from '../server/headers.js';
import { startAfterPaint } from '$lib/server/after-paint';

/**
 * Security headers on every response SvelteKit produces (pages, API, errors). Pages carry the
 * CSP of `kit.csp` (svelte.config.js), which nonces SvelteKit's own bootstrap; everything else
 * gets the strict fallback. Static assets bypass hooks: server/index.js covers them.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// The page's modules are preloaded after its first paint, not in the Link header:
	// see $lib/server/after-paint. Stylesheets are inlined (kit.inlineStyleThreshold).
	const modules: string[] = [];
	const response = await resolve(event, {
		preload: ({ type, path }) => {
			if (type !== 'js') return true;
			modules.push(path);
			return false;
		},
		transformPageChunk: ({ html, done }) => (done ? startAfterPaint(html, modules) : html)
	});
	for (const [name, value] of Object.entries(securityHeaders)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	if (!response.headers.has('Content-Security-Policy')) {
		response.headers.set('Content-Security-Policy', fallbackCsp);
	}
	return response;
};
