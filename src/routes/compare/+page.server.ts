import { fail } from '@sveltejs/kit';
import { inChosenUnits, unitsOf } from '$lib/form/values';
import { parseForm, toValues } from '$lib/form/parse';
import type { FormValues } from '$lib/form/fields';
import { toShoeInput } from '$lib/catalog';
import { DEFAULT_QUERY } from '$lib/catalog/query';
import {
	catalog,
	findShoe,
	parsePicks,
	searchCatalog,
	unknownPicks,
	versionAlertsFor
} from '$lib/server/catalog';
import { METRIC } from '$lib/units';
import {
	addShoe,
	answersOf,
	MAX_SHOES,
	picksToValues,
	placeShoe,
	removeShoe,
	slotsOf
} from './slots';
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
		versionAlerts: versionAlertsFor(values),
		tooMany: picks.length > MAX_SHOES ? picks.length : 0,
		unknown: unknownPicks(url.searchParams, catalog)
	};
};

/** A catalog id → the shoe the form holds. */
function catalogShoe(id: string) {
	return toShoeInput(findShoe(id)!);
}

/** How many shoes "Find" offers to add: enough for a model's versions, few enough to scan. */
const FOUND_MAX = 10;

/** A submission's fields, converted into the units the runner picked (see inChosenUnits). */
async function submitted(request: Request) {
	const fields = inChosenUnits(toValues(await request.formData()));
	return { fields, values: answersOf(fields), units: unitsOf(fields) };
}

/**
 * The catalog shoes matching the search box, discontinued ones too (a runner's own shoe may
 * be), best match first; the catalog stays on the server. The list stays after an "Add", to add
 * another of them.
 */
function findings(fields: FormValues) {
	const catalogQuery = (fields.catalogQuery ?? '').trim().slice(0, 100);
	if (!catalogQuery) return { catalogQuery, found: [] };
	const { shoes } = searchCatalog({
		...DEFAULT_QUERY,
		q: catalogQuery,
		current: false,
		limit: FOUND_MAX
	});
	return { catalogQuery, found: shoes.map((s) => ({ id: s.id, name: s.name })) };
}

/** The version alerts of the catalog models the shoes are, for the form to show by each name. */
const alerts = (values: FormValues) => ({ versionAlerts: versionAlertsFor(values) });

// Nothing is stored: a submission comes back as fields. Only "compare" is refused with errors;
// the others change the shoes (or the units) and hand the fields back as they are.
export const actions = {
	compare: async ({ request }) => {
		const { values } = await submitted(request);
		const parsed = parseForm(values);
		if (!parsed.result.ok)
			return fail(400, { values, errors: parsed.result.errors, ...alerts(values) });
		return { values, errors: null, ...alerts(values) };
	},
	add: async ({ request }) => {
		const { values, units } = await submitted(request);
		const next = addShoe(values, units);
		return { values: next, errors: null, ...alerts(next) };
	},
	remove: async ({ request }) => {
		const { fields, values } = await submitted(request);
		const slot = Number(fields.slot);
		const next = Number.isInteger(slot) ? removeShoe(values, slot) : values;
		return { values: next, errors: null, ...alerts(next) };
	},
	find: async ({ request }) => {
		const { fields, values } = await submitted(request);
		return { values, errors: null, ...alerts(values), ...findings(fields) };
	},
	pick: async ({ request }) => {
		const { fields, values, units } = await submitted(request);
		const shoe = findShoe(fields.catalog ?? '');
		// Into the first blank form, so a pick never lands after two empty ones.
		const placed = shoe ? placeShoe(values, units, toShoeInput(shoe)) : { values, slot: null };
		return {
			values: placed.values,
			picked: placed.slot,
			errors: null,
			...alerts(placed.values),
			...findings(fields)
		};
	},
	units: async ({ request }) => {
		const { values } = await submitted(request);
		return { values, errors: null, ...alerts(values) };
	}
} satisfies Actions;
