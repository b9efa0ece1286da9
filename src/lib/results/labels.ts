/**
 * Words the pages show for the bands: one place, so every view says the same. Findings and
 * factors carry their own titles on the engine's rows (`ruleFor(id).title`, `factorFor(id)`).
 */
import type { Band } from '../risk/schema';

/** The index's name wherever it is shown beside its figure: the meter, charts, history, report. */
export const INDEX_LABEL = 'Calf-risk index';

export const BAND_LABELS: Record<Band, string> = {
	low: 'Low',
	moderate: 'Moderate',
	high: 'High',
	unknown: 'Not assessed'
};
