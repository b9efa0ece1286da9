/**
 * Red flags (risk-model.md section 4). They override every score: the product never computes
 * a diagnosis (no Wells score), the flags are triggers to seek care.
 * Sources: NHS trust DVT pages (UCLH); Wells et al., Lancet 1997, items only.
 */
import { RED_FLAGS, TRIAGE_LEVELS, type RedFlag, type Triage, type TriageLevel } from './schema';

/** Signs of a possible deep vein thrombosis: with any of them, recent immobilisation is urgent. */
export const DVT_SIGNS: readonly RedFlag[] = ['one-sided-swelling', 'warm-red-skin', 'hard-veins'];

/** Each flag's own level; recent immobilisation is raised to urgent by a DVT sign. */
export const FLAG_LEVEL: Record<RedFlag, Exclude<TriageLevel, 'none'>> = {
	'one-sided-swelling': 'urgent',
	'warm-red-skin': 'urgent',
	'hard-veins': 'urgent',
	'recent-immobilisation': 'see-clinician',
	'breathless-chest-pain': 'emergency',
	'sudden-pop': 'urgent',
	'cannot-tiptoe': 'urgent',
	'rest-night-pain': 'see-clinician',
	'numb-cold-foot': 'see-clinician',
	'no-improvement-2-weeks': 'see-clinician'
};

/** One line per level, shown at the top of the card. */
export const LEVEL_INSTRUCTION: Record<TriageLevel, string> = {
	none: '',
	emergency:
		'Call emergency services now: breathlessness, chest pain or coughing blood with or after calf pain can be a clot in the lung.',
	urgent:
		'Get medical help today (same day): these signs can mean a blood clot in the leg or a torn calf or Achilles tendon. Do not run.',
	'see-clinician':
		'Book an appointment with a doctor or physiotherapist soon, and rest the calf until you have been seen.'
};

/** The card's heading per level; the level is told in words, never by colour alone. */
export const LEVEL_HEADING: Record<TriageLevel, string> = {
	none: '',
	emergency: 'Emergency: call now',
	urgent: 'Urgent: get medical help today',
	'see-clinician': 'See a doctor or physiotherapist'
};

/** Plain text per flag, for the card's bullets. */
export const FLAG_TEXT: Record<RedFlag, string> = {
	'one-sided-swelling': 'One calf is swollen',
	'warm-red-skin': 'The calf is warm, red or darkened',
	'hard-veins': 'Hard or sore veins in the calf',
	'recent-immobilisation': 'Recent long travel (over 4 hours), surgery, a cast or bed rest',
	'breathless-chest-pain': 'Sudden breathlessness, chest pain or coughing blood',
	'sudden-pop': 'A sudden pop or "kicked from behind" feeling',
	'cannot-tiptoe': 'Unable to rise on tiptoe',
	'rest-night-pain': 'Pain at rest or at night',
	'numb-cold-foot': 'Numbness or tingling, or a cold or pale foot',
	'no-improvement-2-weeks': 'No improvement after about two weeks of reduced load'
};

const rank = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);

/** The level a flag counts at, given every flag the runner reported. */
export function flagLevel(flag: RedFlag, flags: readonly RedFlag[]): Exclude<TriageLevel, 'none'> {
	if (flag === 'recent-immobilisation' && flags.some((f) => DVT_SIGNS.includes(f))) return 'urgent';
	return FLAG_LEVEL[flag];
}

/** The most serious level wins; reasons: every flag, most serious first, ties in api.md order. */
export function triage(flags: readonly RedFlag[] = []): Triage {
	const given = RED_FLAGS.filter((f) => flags.includes(f));
	const reasons = [...given].sort((a, b) => rank(flagLevel(b, given)) - rank(flagLevel(a, given)));
	const first = reasons[0];
	return { level: first === undefined ? 'none' : flagLevel(first, given), reasons };
}

/** What the UI's card needs; at most this many bullets, the most serious first. */
export const CARD_MAX_BULLETS = 5;

export interface TriageCard {
	level: Exclude<TriageLevel, 'none'>;
	heading: string;
	instruction: string;
	bullets: string[];
	/** How many further flags were given than the bullets show. */
	more: number;
}

export function triageCard(t: Triage): TriageCard | null {
	if (t.level === 'none') return null;
	return {
		level: t.level,
		heading: LEVEL_HEADING[t.level],
		instruction: LEVEL_INSTRUCTION[t.level],
		bullets: t.reasons.slice(0, CARD_MAX_BULLETS).map((f) => FLAG_TEXT[f]),
		more: Math.max(0, t.reasons.length - CARD_MAX_BULLETS)
	};
}
