/**
 * Warning signs override every score. The product never computes a diagnosis (no Wells score):
 * each flag is a trigger to seek care, at the level its possible cause calls for.
 * Sources: NHS pages on deep vein thrombosis, compartment syndrome and cellulitis; NICE referral
 * guidance for acute limb ischaemia (the "six Ps"); Wells et al., Lancet 1997, items only.
 */
import { RED_FLAGS, TRIAGE_LEVELS, type RedFlag, type Triage, type TriageLevel } from './schema';

export type CareLevel = Exclude<TriageLevel, 'none'>;

export interface FlagRow {
	id: RedFlag;
	level: CareLevel;
	/** What the runner ticks, in plain words. */
	label: string;
	/** The card's one line on why it matters: the possible cause, never a diagnosis. */
	cause: string;
	/** A sign of a possible clot in the leg: a doctor, not a physiotherapist, can rule one out. */
	clotSign?: true;
	/** Care for it is a doctor's (see-clinician level): clot risk, or a nerve or vessel problem. */
	doctor?: true;
}

/** One row per flag, in RED_FLAGS order (most serious level first). */
export const FLAG_ROWS: readonly FlagRow[] = [
	{
		id: 'breathless-chest-pain',
		level: 'emergency',
		label: 'Sudden breathlessness, chest pain or coughing blood',
		cause: 'Breathlessness, chest pain or coughing blood can be a blood clot in the lung.'
	},
	{
		id: 'cold-pale-foot',
		level: 'emergency',
		label: 'The foot or toes have turned cold, pale or blue',
		cause: 'A cold, pale or blue foot can mean a blocked artery: the foot is short of blood.'
	},
	{
		id: 'tense-calf-severe-pain',
		level: 'emergency',
		label: 'The calf is tense, hard and swollen, with severe pain that keeps getting worse',
		cause:
			'A tense, swollen calf with severe pain that keeps getting worse can be pressure building up inside the muscle (acute compartment syndrome).'
	},
	{
		id: 'one-sided-swelling',
		level: 'urgent',
		label: 'One calf is swollen',
		cause: 'A swollen calf can be a blood clot in the leg (deep vein thrombosis).',
		clotSign: true
	},
	{
		id: 'warm-red-skin',
		level: 'urgent',
		label: 'The calf skin is warm, red or darkened',
		cause: 'Warm, red or darkened skin on the calf can be a blood clot in the leg.',
		clotSign: true
	},
	{
		id: 'hard-veins',
		level: 'urgent',
		label: 'Veins in the calf are hard and sore',
		cause: 'Hard, sore veins can be a blood clot in the leg.',
		clotSign: true
	},
	{
		id: 'fever-hot-calf',
		level: 'urgent',
		label: 'Fever or feeling unwell, with a hot, red patch spreading on the calf',
		cause: 'Fever with a hot, red, spreading patch can be a skin infection (cellulitis).'
	},
	{
		id: 'sudden-pop',
		level: 'urgent',
		label: 'A sudden pop or a feeling of being kicked in the calf, or fast swelling or bruising',
		cause:
			'A sudden pop, or fast swelling or bruising, can be a torn calf muscle or Achilles tendon.'
	},
	{
		id: 'cannot-tiptoe',
		level: 'urgent',
		label: 'You cannot rise on tiptoe on that leg',
		cause: 'Not being able to rise on tiptoe can be a torn calf muscle or Achilles tendon.'
	},
	{
		id: 'rest-night-pain',
		level: 'see-clinician',
		label: 'Pain at rest or at night',
		cause:
			'Pain at rest or at night needs checking: it can come from a nerve, a blood vessel or an injury that is slow to heal.'
	},
	{
		id: 'numbness-tingling',
		level: 'see-clinician',
		label: 'Numbness or tingling in the leg or foot',
		cause: 'Numbness or tingling can come from a nerve or a blood vessel.',
		doctor: true
	},
	{
		id: 'no-improvement-2-weeks',
		level: 'see-clinician',
		label: 'No better after about two weeks of running less',
		cause: 'Pain that is no better after about two weeks of less running needs checking.'
	},
	{
		id: 'recent-immobilisation',
		level: 'see-clinician',
		label: 'Last 12 weeks: travel over 4 hours, surgery, a cast or bed rest',
		cause:
			'A long journey, surgery, a cast or bed rest raises the chance of a blood clot, so calf pain should be checked by a doctor.',
		doctor: true
	},
	{
		id: 'clot-risk',
		level: 'see-clinician',
		label:
			'Pregnant or a birth in the last 6 weeks, the combined pill or HRT, cancer, or a past clot',
		cause: 'These raise the chance of a blood clot, so calf pain should be checked by a doctor.',
		doctor: true
	}
];

const ROW = new Map(FLAG_ROWS.map((row) => [row.id, row]));
function rowOf(flag: RedFlag): FlagRow {
	const row = ROW.get(flag);
	if (!row) throw new Error(`No triage row for ${flag}`);
	return row;
}

const rank = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);

/** The most serious level wins; reasons: every flag, most serious first, ties in table order. */
export function triage(flags: readonly RedFlag[] = []): Triage {
	const reasons = RED_FLAGS.filter((f) => flags.includes(f)).sort(
		(a, b) => rank(rowOf(b).level) - rank(rowOf(a).level)
	);
	const first = reasons[0];
	return { level: first === undefined ? 'none' : rowOf(first).level, reasons };
}

/** Urgent and emergency: care first, no self-care and no self-test until checked. */
export function stopsSelfCare(level: TriageLevel): boolean {
	return level === 'urgent' || level === 'emergency';
}

/** The card's heading per level; the level is told in words, never by colour alone. */
export const LEVEL_HEADING: Record<CareLevel, string> = {
	emergency: 'Emergency: call an ambulance now',
	urgent: 'Urgent: get medical help today',
	'see-clinician': 'Get checked in the next few days'
};

/** The sentences a card's instructions are made of, by what they ask the runner to do. */
export const CARE = {
	call: 'Call an ambulance now: 999 in the UK, 112 in the EU, 911 in the US and Canada, 000 in Australia, or your local emergency number. Do not drive yourself.',
	urgentCare:
		'Get medical help today: an urgent care centre, A&E or a same-day appointment with a doctor. Do not run.',
	clotDoctor:
		'For the signs of a clot, see a doctor, not a physiotherapist: ruling out a clot needs a blood test or a scan.',
	bookEither: 'Book an appointment with a doctor or physiotherapist in the next few days.',
	bookDoctor: 'Book an appointment with a doctor in the next few days.',
	/** Under every card below emergency: the signs of a clot that has reached the lung. */
	safetyNet: 'If you become breathless, get chest pain or cough blood, call an ambulance now.'
} as const;
export const NOT_A_DIAGNOSIS = 'These are reasons to get checked, not a diagnosis.';
/** Under an urgent or emergency card, the results wait in a closed disclosure with this title. */
export const AFTER_CARE_TITLE = 'Shoe and training results, for after you have been checked';
/** Replaces every self-test's instructions under an urgent or emergency sign. */
export const NO_SELF_TEST = 'Do not do this test until you have been checked.';
/** The first line of every physical self-test's instructions. */
export const SKIP_SELF_TEST =
	'Skip this test if your calf is swollen, you felt a pop, walking hurts, or any warning sign applies.';

export interface TriageCard {
	level: CareLevel;
	heading: string;
	/** What to do, first line first. */
	instructions: string[];
	/** Every flag ticked, most serious first: what was ticked and why it matters. */
	reasons: { flag: RedFlag; label: string; cause: string }[];
	/** The safety-net line, for every level below emergency. */
	safetyNet: string | null;
}

/** What every card says, from the triage alone, so that every view agrees. */
export function triageCard(t: Triage): TriageCard | null {
	if (t.level === 'none') return null;
	const rows = t.reasons.map(rowOf);
	const instructions: string[] = [];
	if (t.level === 'emergency') instructions.push(CARE.call);
	if (t.level === 'urgent') {
		instructions.push(CARE.urgentCare);
		if (rows.some((r) => r.clotSign)) instructions.push(CARE.clotDoctor);
	}
	if (t.level === 'see-clinician') {
		instructions.push(rows.some((r) => r.doctor) ? CARE.bookDoctor : CARE.bookEither);
	}
	return {
		level: t.level,
		heading: LEVEL_HEADING[t.level],
		instructions,
		reasons: rows.map((r) => ({ flag: r.id, label: r.label, cause: r.cause })),
		safetyNet: t.level === 'emergency' ? null : CARE.safetyNet
	};
}
