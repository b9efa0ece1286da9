/** Words the pages show for the contract's ids: one place, so every view says the same. */
import type { Band, FindingId, RedFlag, TriageLevel } from './risk/schema';

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

/** The questions, worded for the runner (risk-model.md section 4). */
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
	'one-sided-swelling': 'One calf is swollen',
	'warm-red-skin': 'The calf skin is warm, red or darkened',
	'hard-veins': 'Hard or sore veins in the calf',
	'recent-immobilisation': 'Recent long travel (over 4 hours), surgery, a cast or bed rest',
	'breathless-chest-pain': 'Sudden breathlessness, chest pain or coughing blood',
	'sudden-pop': 'A sudden pop, or a feeling of being kicked from behind',
	'cannot-tiptoe': 'Unable to rise on tiptoe on that leg',
	'rest-night-pain': 'Pain at rest or at night',
	'numb-cold-foot': 'Numbness or tingling, or a cold or pale foot',
	'no-improvement-2-weeks': 'No better after about two weeks of reduced running'
};

export const TRIAGE_TEXT: Record<
	Exclude<TriageLevel, 'none'>,
	{ title: string; instruction: string }
> = {
	emergency: {
		title: 'Emergency: call emergency services now',
		instruction:
			'Call your emergency number (999, 112 or 911) now. Breathlessness or chest pain with calf pain can mean a blood clot has reached the lungs.'
	},
	urgent: {
		title: 'Urgent: get medical care today',
		instruction:
			'See a doctor or an urgent care service today, before you run again. These signs can mean a blood clot (deep vein thrombosis) or a torn calf or Achilles.'
	},
	'see-clinician': {
		title: 'See a clinician',
		instruction:
			'Book an appointment with a doctor or physiotherapist, and rest from running until you have been seen.'
	}
};
