/**
 * The shoe catalog, server only: 461 models (RunRepeat's 457 lab-measured road shoes and the
 * CSV's rows it does not hold), built into shoes.json by `npm run catalog`. SvelteKit refuses to
 * import anything under $lib/server into browser code, so no page can ship the whole catalog:
 * pages get the few shoes they show from their server load. The JSON is checked against the
 * schema when this module loads, so a hand edit that breaks the shape fails at once.
 */
import * as v from 'valibot';
import raw from './shoes.json';
import { CatalogFileSchema, type CatalogShoe } from '$lib/catalog/schema';
import { modelKey, versionAlertFor, type VersionAlert } from '$lib/catalog/version-alert';
import { parseName } from '$lib/form/fields';
import { makeSearch } from './search';

const file = v.parse(CatalogFileSchema, raw);

export const catalog: readonly CatalogShoe[] = file.shoes;

/** Where the lab figures come from, for a credit line: RunRepeat, via the shoe-lab project. */
export const labFile = { attribution: file.attribution, ...file.labFile };

const byId = new Map(catalog.map((s) => [s.id, s]));

export function findShoe(id: string): CatalogShoe | undefined {
	return byId.get(id);
}

/** The ids in `?pick=a&pick=b` that name a catalog shoe, each once, in the order given. */
export function parsePicks(
	params: URLSearchParams,
	shoes: readonly CatalogShoe[] = catalog
): string[] {
	const ids = shoes === catalog ? byId : new Set(shoes.map((s) => s.id));
	return [...new Set(params.getAll('pick').map((id) => id.trim()))].filter((id) => ids.has(id));
}

/**
 * `?pick=` values that name no catalog shoe (a mistyped or outdated link), each once, so the
 * page can say what it left out: at most 3, each cut to 40 characters for display.
 */
export function unknownPicks(
	params: URLSearchParams,
	shoes: readonly CatalogShoe[] = catalog
): string[] {
	const ids = shoes === catalog ? byId : new Set(shoes.map((s) => s.id));
	return [...new Set(params.getAll('pick').map((id) => id.trim()))]
		.filter((id) => id !== '' && !ids.has(id))
		.slice(0, 3)
		.map((id) => (id.length > 40 ? `${id.slice(0, 39)}…` : id));
}

const alerts = new Map<string, VersionAlert | null>();

/**
 * The shoe's newest version in the catalog when its lab drop is 2 mm or more away from this
 * shoe's (see versionAlertFor), else null; null for an unknown id too. Computed once per shoe.
 */
export function versionAlert(id: string): VersionAlert | null {
	if (!alerts.has(id)) {
		const shoe = byId.get(id);
		alerts.set(id, shoe ? versionAlertFor(shoe, findShoe) : null);
	}
	return alerts.get(id) ?? null;
}

const byModel = new Map(catalog.map((s) => [modelKey(s.name), s]));

/**
 * The version alerts of the shoes a form names (`shoes.<n>.name` fields), keyed by modelKey of
 * the name: a shoe picked from the catalog keeps the model's name until the runner changes it,
 * and a changed name is no longer that model. Names no catalog model has are left out.
 */
export function versionAlertsFor(
	values: Readonly<Record<string, string | undefined>>
): Record<string, VersionAlert> {
	const out: Record<string, VersionAlert> = {};
	for (const [field, name] of Object.entries(values)) {
		const n = parseName(field);
		if (n.scope !== 'shoe' || n.key !== 'name' || !name) continue;
		const key = modelKey(name);
		const shoe = byModel.get(key);
		const alert = shoe && versionAlert(shoe.id);
		if (alert) out[key] = alert;
	}
	return out;
}

/** Filter, sort and page the whole catalog (see makeSearch). */
export const searchCatalog = makeSearch(catalog);
export type { SearchResult } from './search';
