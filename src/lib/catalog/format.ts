/** Small pure helpers the pages share: names, credits and labels of a catalog shoe. */
import type { CatalogShoe, Plate, Support, Width } from './schema';

export function shoeName(shoe: Pick<CatalogShoe, 'name'>): string {
	return shoe.name;
}

/** Where to credit RunRepeat for the shoe's lab figures: its lab page, or null without figures. */
export function runrepeatUrl(shoe: Pick<CatalogShoe, 'lab'>): string | null {
	return shoe.lab?.source ?? null;
}

/** Lab minus stated drop, when both are known (brands often state several mm too little). */
export function dropGap(shoe: Pick<CatalogShoe, 'lab' | 'stated'>): number | null {
	const stated = shoe.stated?.dropMm;
	const lab = shoe.lab?.dropMm;
	if (stated === undefined || lab === undefined) return null;
	return Math.round((lab - stated) * 10) / 10;
}

/** A gap this big is worth pointing out: the scored (measured) drop differs from the box. */
export const NOTABLE_DROP_GAP_MM = 2;

export const SUPPORT_LABELS: Record<Support, string> = {
	neutral: 'Neutral',
	stability: 'Stability'
};
export const PLATE_LABELS: Record<Plate, string> = {
	none: 'No plate',
	carbon: 'Carbon plate',
	'plated-other': 'Other plate'
};
export const WIDTH_LABELS: Record<Width, string> = {
	narrow: 'narrow',
	standard: 'standard',
	wide: 'wide',
	'extra-wide': 'extra wide'
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-01-01` → `Jan 2025`: most of RunRepeat's dates are a month's first day, so months are shown. */
export function releaseMonth(date: string | null): string | null {
	const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
	if (!m) return null;
	return `${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`.trim();
}

/** Figures as the lab gives them: one decimal at most, no trailing zero. */
export function mm(n: number): string {
	return `${Math.round(n * 10) / 10} mm`;
}
