// The home page is plain reading and links, like /method: it sends no client JavaScript.
// Hydrating it would cost every page's share of the Svelte and SvelteKit runtime, which grows
// with each interactive page (34.3 kB gzip with /shoes alone, 38.9 kB once /check and /compare
// landed), past issue #6's 35 kB budget for the first view (tests/budget.e2e.ts).
export const csr = false;
