// The home page is plain reading and links, like /method: it sends no client JavaScript.
// Hydrating it would cost the Svelte and SvelteKit runtime that the interactive pages share,
// more than the 35 kB gzip budget of the first view (tests/budget.e2e.ts).
export const csr = false;
