/** Words the pages show for the contract's ids: one place, so every view says the same. */
import type { Band, FindingId } from '../risk/schema';

export const BAND_LABELS: Record<Band, string> = {
	low: 'Low',
	moderate: 'Moderate',
	high: 'High',
	unknown: 'Not assessed'
};

export const FINDING_LABELS: Record<FindingId, string> = {
	'load.spike': 'Longest-run spike',
	'load.weekly': 'Weekly progression',
	'load.pace': 'Faster sessions',
	'overuse.volume': 'Volume for your experience',
	'overuse.rest': 'Rest days',
	'overuse.pain': 'Calf pain (pain-monitoring)',
	'calf.strength': 'Calf strength (heel raises)',
	'calf.symmetry': 'Left–right balance',
	'calf.flexibility': 'Ankle flexibility (knee-to-wall)',
	'form.strike': 'Foot strike',
	'form.posture': 'Foot posture and support',
	'shoe.drop': 'Heel drop',
	'shoe.toebox': 'Toe box fit',
	'shoe.wear': 'Shoe wear'
};
