import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/form';
import { assess } from '$lib/risk/assess';
import type { Actions } from './$types';

export const actions = {
	// The same parser and engine as the JSON API and the live page: nothing is stored.
	default: async ({ request }) => {
		const parsed = parseForm(await request.formData());
		if (!parsed.result.ok) {
			return fail(400, { values: parsed.values, errors: parsed.result.errors });
		}
		return { values: parsed.values, assessment: assess(parsed.result.value) };
	}
} satisfies Actions;
