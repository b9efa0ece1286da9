import { assess, parseRequest } from './engine';
import { json, type Operation } from './http';

/**
 * POST /api/assess: 1 to 6 shoes for one runner. JSON that breaks the schema is a 422 whose
 * `errors` carry dot paths (`shoes.0.heelDropMm`); anything valid is scored.
 */
export const assessOperation: Operation = {
	body: 'json',
	handle({ body }) {
		const parsed = parseRequest(body);
		return parsed.ok ? json(200, assess(parsed.value)) : json(422, { errors: parsed.errors });
	}
};
