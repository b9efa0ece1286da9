import { assess } from '$lib/risk/assess';
import { assessEndpoint, methodNotAllowed } from './endpoint';

export const POST = assessEndpoint(assess);
export const fallback = methodNotAllowed;
