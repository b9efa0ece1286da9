import type { Handle } from '@sveltejs/kit';

/**
 * Security headers on every response the app produces (pages, API, errors). The CSP itself
 * comes from `kit.csp` in svelte.config.js so that SvelteKit can nonce its own bootstrap.
 * HSTS is not sent from here: it belongs to the TLS-terminating proxy (see README).
 */
const headers: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(headers)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
