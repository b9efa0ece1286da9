import { json, type RequestHandler } from '@sveltejs/kit';
import {
	shoesEndpoint,
	shoesMethodNotAllowed,
	type EndpointAnswer
} from '$lib/server/catalog/endpoint';

const reply = ({ status, headers, body }: EndpointAnswer) => json(body, { status, headers });

export const GET: RequestHandler = ({ url }) => reply(shoesEndpoint(url));
/** Every other method, OPTIONS included (SvelteKit's own 405 is plain text). */
export const fallback: RequestHandler = ({ request }) =>
	reply(shoesMethodNotAllowed(request.method));
