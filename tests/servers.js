// The two built servers every e2e run starts (playwright.config.ts): `node server` as deployed,
// whose API is answered by its fast path, on TEST_PORT; and the same server with
// API_FAST_PATH=off, whose API is answered by SvelteKit's route, on the next port. The API
// tests run against both (project `api-sveltekit`), and tests/api-paths.e2e.ts compares them.
export const port = Number(process.env.TEST_PORT ?? 4173);
export const appOrigin = `http://127.0.0.1:${port}`;
export const kitPort = port + 1;
export const kitOrigin = `http://127.0.0.1:${kitPort}`;
