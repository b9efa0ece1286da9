import { fail } from '@sveltejs/kit';
import { inChosenUnits, parseForm, toValues, unitsOf } from '$lib/form/form';
import { toShoeInput } from '$lib/catalog';
import { catalog, findShoe, parsePicks, searchCatalog, unknownPicks } from '$lib/server/catalog';
import { DEFAULT_QUERY } from '$lib/catalog/query';
import { addShoe, applyIntent, MAX_SHOES, picksToValues, slotsOf } from './compare';
import { METRIC } from '$lib/units';
import type { Actions, PageServerLoad } from './$types';

/**
 * `?pick=<id>&pick=<id>` (from /shoes) starts the form with those catalog shoes, all editable.
 * Fewer than two leave blank fieldsets to fill, so there is always room for a second shoe.
 * The page scores whatever the fields hold with the same parser and engine, server and browser.
 */
export const load: PageServerLoad = ({ url }) => {
	const picks = parsePicks(url.searchParams, catalog);
	let values = picksToValues(picks.slice(0, MAX_SHOES).map(catalogShoe), METRIC);
	while (slotsOf(values).length < 2) values = addShoe(values, METRIC);
	return {
		values,
		tooMany: picks.length > MAX_SHOES ? picks.length : 0,
		unknown: unknownPicks(url.searchParams, catalog)
	};
};

/** A picked id → the shoe the form holds (ids come from parsePicks or the "add" box). */
function catalogShoe(id: string) {
	return toShoeInput(findShoe(id)!);
}
const find = (id: string) => (findShoe(id) ? catalogShoe(id) : undefined);

/** How many shoes "Find" offers to add: enough for a model's versions, few enough to scan. */
const FOUND_MAX = 10;

export const actions = {
	// Nothing is stored: the submission comes back as fields, and the page scores them.
	default: async ({ request }) => {
		const submitted = inChosenUnits(toValues(await request.formData()));
		const intent = submitted.intent ?? 'compare';
		const values = applyIntent(submitted, intent, unitsOf(submitted), find);
		// "Find" in the catalog: its shoes by name, discontinued ones too (a runner's own shoe
		// may be), best match first; the catalog stays on the server. The list stays after an
		// "Add", to add another of them.
		if (intent === 'find-catalog' || intent === 'add-catalog') {
			const catalogQuery = (submitted.catalogQuery ?? '').trim().slice(0, 100);
			const { shoes } = searchCatalog({
				...DEFAULT_QUERY,
				q: catalogQuery,
				current: false,
				limit: FOUND_MAX
			});
			const found = catalogQuery ? shoes.map((s) => ({ id: s.id, name: s.name })) : [];
			return { values, errors: null, catalogQuery, found };
		}
		// Adding or removing a shoe, or switching units, is not a submission yet: no errors, just
		// the fields as they are now.
		if (intent !== 'compare') return { values, errors: null };
		const parsed = parseForm(values);
		if (!parsed.result.ok) return fail(400, { values, errors: parsed.result.errors });
		return { values, errors: null };
	}
} satisfies Actions;
