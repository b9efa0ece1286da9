import { fail } from '@sveltejs/kit';
import { inChosenUnits, shoeToValues } from '$lib/form/values';
import { parseForm, toValues } from '$lib/form/parse';
import type { FormValues } from '$lib/form/fields';
import { toShoeInput } from '$lib/catalog';
import { catalog, findShoe, unknownPicks, versionAlertsFor } from '$lib/server/catalog';
import { METRIC } from '$lib/units';
import type { Actions, PageServerLoad } from './$types';

/**
 * `?pick=<catalog id>` starts the form with that shoe's catalog figures (all editable). The page
 * scores whatever its fields hold, with the same parser and engine on the server and live.
 */
export const load: PageServerLoad = ({ url }) => {
	const values: FormValues = { 'units.length': 'mm', 'units.distance': 'km' };
	const picked = findShoe(url.searchParams.get('pick') ?? '');
	if (picked) Object.assign(values, shoeToValues(toShoeInput(picked), 0, METRIC));
	return {
		values,
		picked: picked ? toShoeInput(picked).name : null,
		// a catalog model whose newer version changed drop by 2 mm or more, said beside its name
		versionAlerts: versionAlertsFor(values),
		unknownPick: picked ? null : (unknownPicks(url.searchParams, catalog)[0] ?? null)
	};
};

export const actions = {
	// Nothing is stored: the answers come back as fields, refused with their errors or scored.
	default: async ({ request }) => {
		// Figures typed before a switch of units (without scripts) are converted, not re-read.
		const parsed = parseForm(inChosenUnits(toValues(await request.formData())));
		const versionAlerts = versionAlertsFor(parsed.values);
		if (!parsed.result.ok)
			return fail(400, { values: parsed.values, errors: parsed.result.errors, versionAlerts });
		return { values: parsed.values, errors: null, versionAlerts };
	}
} satisfies Actions;
