/**
 * "Shoes for your calf" on /shoes: what the browser sends to POST /api/recommend and how the
 * answer is put in words. The runner's answers live in this browser only, so the ranking is
 * asked for from here, with the page's filters; the catalog itself never comes to the browser.
 */
import type { Runner } from '$lib/risk/schema';
import type { Sort, Direction } from '$lib/catalog/query';

/** Shoes shown: the best ten, as the API gives by default. */
export const SHOWN = 10;

/**
 * The columns a runner may order a tie by, each in the direction that reads as "best first".
 * Highest drop first until they choose: the calf rows read a higher drop as the lower risk.
 */
export const TIE_ORDERS = [
	{ id: 'drop', sort: 'drop', dir: 'desc', label: 'drop, highest first' },
	{ id: 'toebox', sort: 'toebox', dir: 'desc', label: 'toe-box width, widest first' },
	{ id: 'weight', sort: 'weight', dir: 'asc', label: 'weight, lightest first' },
	{ id: 'price', sort: 'price', dir: 'asc', label: 'price, lowest first' }
] as const satisfies readonly { id: string; sort: Sort; dir: Direction; label: string }[];
export type TieOrder = (typeof TIE_ORDERS)[number];
export const DEFAULT_TIE_ORDER: TieOrder = TIE_ORDERS[0];

export function tieOrder(id: string): TieOrder {
	return TIE_ORDERS.find((o) => o.id === id) ?? DEFAULT_TIE_ORDER;
}

/**
 * The runner's answers that the shoe's own rows read (drop, toe box, support, wear), in the
 * words of the check. Without them every shoe scores alike on those rows; a unit test keeps this
 * list equal to the rows' inputs.
 */
export const PERSONAL_ANSWERS = [
	{ key: 'footStrike', label: 'how you land (foot strike)' },
	{ key: 'usualDropMm', label: 'the drop you usually run in' },
	{ key: 'monthsRunningLast12', label: 'the months you ran in the last year' },
	{ key: 'pain', label: 'calf pain now' },
	{ key: 'footPosture', label: 'whether your arches roll in' },
	{ key: 'forefootWidthMm', label: 'your forefoot width' },
	{ key: 'weeklyKm', label: 'your weekly distances' },
	{ key: 'bodyMassKg', label: 'your body mass' },
	{ key: 'pairsInRotation', label: 'the pairs you run in' }
] as const satisfies readonly { key: keyof Runner; label: string }[];

/** The answers above that this runner has not given, in that order. */
export function missingAnswers(runner: Runner): string[] {
	return PERSONAL_ANSWERS.filter(({ key }) => {
		const value = runner[key];
		return value === undefined || (Array.isArray(value) && value.length === 0);
	}).map(({ label }) => label);
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The sentence on a tie at the top, or null when one shoe leads alone. */
export function tieSentence(tiedAtTop: number, order: TieOrder): string | null {
	if (tiedAtTop < 2) return null;
	return `${tiedAtTop} shoes tie at the top: for your calf they are equal; within the tie they are ordered by ${order.label} (your choice, not the model's).`;
}

export type RankedShoe = {
	id: string;
	name: string;
	index: number | null;
	band: 'low' | 'moderate' | 'high' | 'unknown';
	why: string[];
};
export type Recommendation = {
	model: string;
	triage: { level: 'none' | 'see-clinician' | 'urgent' | 'emergency'; reasons: string[] };
	total: number;
	tiedAtTop: number;
	shoes: RankedShoe[];
};
