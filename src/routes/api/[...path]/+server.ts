import type { RequestHandler } from './$types';
import { answer } from '$lib/server/api/sveltekit';

// Every method goes to the API's own table (src/lib/server/api/routes.ts), which answers 405
// with `Allow` itself: SvelteKit's own 405 is plain text and HEAD must follow GET's rules.
export const fallback: RequestHandler = ({ request, url, params }) =>
	answer(`/api/${params.path}`, request, url);
