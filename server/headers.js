// Security headers, defined once: src/hooks.server.ts applies them to everything SvelteKit
// renders, and server/index.js to everything else the built server sends (static and
// immutable assets, which adapter-node serves with sirv before any hook runs).

/** Sent on every response. HSTS is left to the TLS-terminating proxy (see README). */
export const securityHeaders = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin'
});

/**
 * The CSP for responses that kit.csp does not cover (JSON, assets, plain-text errors): they
 * never need to load anything, so nothing is allowed. Pages replace it with kit.csp's header.
 */
export const fallbackCsp = "default-src 'none'; frame-ancestors 'none'";
