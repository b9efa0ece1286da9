import { buildMethod } from './method';
import type { PageServerLoad } from './$types';

/*
 * Not prerendered: adapter-node serves prerendered pages as static files before hooks.server.ts
 * runs, so they would lose the security headers and get the CSP only as a <meta> tag (which
 * cannot carry frame-ancestors). Building the view model is cheap, so it is built once.
 */
const method = buildMethod();

/* The page is plain reading: no client JavaScript is needed or sent. */
export const csr = false;

export const load: PageServerLoad = () => ({ method });
