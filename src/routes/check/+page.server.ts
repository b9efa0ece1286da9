import { fail } from '@sveltejs/kit';
import {
	inChosenUnits,
	parseForm,
	shoeToValues,
	toValues,
	unitsOf,
	type FormValues
} from '$lib/form/form';
import { toShoeInput } from '$lib/catalog';
import { catalog, findShoe, unknownPicks } from '$lib/server/catalog';
import { METRIC } from '$lib/units';
import { assess } from '$lib/risk/assess';
import type { Actions, PageServerLoad } from './$types';

/** `?pick=<catalog id>` starts the form with that shoe's catalog figures (all editable). */
export const load: PageServerLoad = ({ url }) => {
	const values: FormValues = { 'units.length': 'mm', 'units.distance': 'km' };
	const picked = findShoe(url.searchParams.get('pick') ?? '');
	if (picked) Object.assign(values, shoeToValues(toShoeInput(picked), 0, METRIC));
	// A picked shoe is a complete answer already: show its results on the first paint.
	const parsed = picked ? parseForm(values).result : null;
	return {
		values,
		picked: picked ? toShoeInput(picked).name : null,
		unknownPick: picked ? null : (unknownPicks(url.searchParams, catalog)[0] ?? null),
		assessment: parsed?.ok ? assess(parsed.value) : null
	};
};

export const actions = {
	// The same parser and engine as the JSON API and the live page: nothing is stored.
	default: async ({ request }) => {
		// Figures typed before a switch of units (without scripts) are converted, not re-read.
		const parsed = parseForm(inChosenUnits(toValues(await request.formData())));
		if (!parsed.result.ok) {
			return fail(400, { values: parsed.values, errors: parsed.result.errors });
		}
		// Worded in the runner's units; the API (same engine, no units) stays metric.
		return {
			values: parsed.values,
			assessment: assess(parsed.result.value, unitsOf(parsed.values))
		};
	}
} satisfies Actions;
