import { fail } from '@sveltejs/kit';
import { inChosenUnits, parseForm, toValues, unitsOf } from '$lib/form';
import { catalog, parsePicks, unknownPicks } from '$lib/catalog';
import { addShoe, applyIntent, MAX_SHOES, picksToValues, slotsOf } from '$lib/compare';
import { METRIC } from '$lib/units';
import type { Actions, PageServerLoad } from './$types';

/**
 * `?pick=<id>&pick=<id>` (from /shoes) starts the form with those catalog shoes, all editable.
 * Fewer than two leave blank fieldsets to fill, so there is always room for a second shoe.
 * The page scores whatever the fields hold with the same parser and engine, server and browser.
 */
export const load: PageServerLoad = ({ url }) => {
	const picks = parsePicks(url.searchParams, catalog);
	let values = picksToValues(picks.slice(0, MAX_SHOES), METRIC);
	while (slotsOf(values).length < 2) values = addShoe(values, METRIC);
	return {
		values,
		tooMany: picks.length > MAX_SHOES ? picks.length : 0,
		unknown: unknownPicks(url.searchParams, catalog)
	};
};

export const actions = {
	// Nothing is stored: the submission comes back as fields, and the page scores them.
	default: async ({ request }) => {
		const submitted = inChosenUnits(toValues(await request.formData()));
		const intent = submitted.intent ?? 'compare';
		const values = applyIntent(submitted, intent, unitsOf(submitted));
		// Adding or removing a shoe, or switching units, is not a submission yet: no errors, just
		// the fields as they are now.
		if (intent !== 'compare') return { values, errors: null };
		const parsed = parseForm(values);
		if (!parsed.result.ok) return fail(400, { values, errors: parsed.result.errors });
		return { values, errors: null };
	}
} satisfies Actions;
