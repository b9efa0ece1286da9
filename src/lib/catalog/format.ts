/** The labels of a catalog shoe's support, plate and widths, as the pages show them. */
import { formatShoeValue } from '../form/fields';
import { METRIC } from '../units';
import type { Plate, Support, Width } from './schema';

/** A support in the words of the check form's support question: one label per value. */
export const supportLabel = (support: Support): string =>
	formatShoeValue('support', support, METRIC);
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
