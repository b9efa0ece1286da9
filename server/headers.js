// Security headers, defined once: src/hooks.server.ts applies them to everything SvelteKit
// renders, and server/index.js to everything else the built server sends (static and
// immutable assets, which adapter-node serves with sirv before any hook runs).

/** Sent on every response. HSTS is left to the TLS-terminating proxy (see README). */
export const securityHeaders = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	// same-origin, not no-referrer: with no-referrer, browsers send `Origin: null` on a plain
	// form POST and SvelteKit's CSRF check refuses every no-JavaScript submission. Other
	// sites still receive no referrer at all.
	'Referrer-Policy': 'same-origin',
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
