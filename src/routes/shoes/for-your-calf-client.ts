/**
 * The browser half of "Shoes for your calf", loaded only once the page runs scripts, so the
 * catalog page's first load carries none of it: the saved answers and the request for the ranking.
 */
import { queryToFilters } from '$lib/catalog/filters';
import type { ShoeQuery } from '$lib/catalog/query';
import type { Runner } from '$lib/risk/schema';
import { browserStorage } from '$lib/saved/storage.svelte';
import { loadRecord } from '$lib/saved/store';
import { SHOWN, type Recommendation, type TieOrder } from './for-your-calf';

/** The runner's saved answers, or null when there are none (or the browser keeps none). */
export function savedRunner(): Runner | null {
	const storage = browserStorage();
	if (!storage) return null;
	const { runner } = loadRecord(storage).record;
	return Object.keys(runner).length > 0 ? runner : null;
}

export type Asked = { ok: true; answer: Recommendation } | { ok: false; message: string };

/** POST /api/recommend with the page's filters; a failure is a sentence, never a throw. */
export async function askRanking(
	runner: Runner,
	query: ShoeQuery,
	order: TieOrder,
	signal?: AbortSignal
): Promise<Asked> {
	const body = {
		runner,
		filters: { ...queryToFilters(query), sort: order.sort, dir: order.dir },
		limit: SHOWN
	};
	try {
		const response = await fetch('/api/recommend', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
			signal
		});
		if (response.ok) return { ok: true, answer: (await response.json()) as Recommendation };
		if (response.status === 422) {
			const { errors } = (await response.json()) as { errors: { path: string }[] };
			const paths = errors.map((e) => e.path).join(', ');
			return {
				ok: false,
				message: `The server could not read your saved answers (${paths}); open the check to correct them.`
			};
		}
		return { ok: false, message: `The ranking could not be loaded (error ${response.status}).` };
	} catch (e) {
		if (signal?.aborted) throw e;
		return { ok: false, message: 'The ranking could not be loaded: check your connection.' };
	}
}
