/**
 * The method page's view model, built from the engine's tables and nothing else: every number,
 * threshold, title and citation on /method comes through here, so changing a weight or a
 * cut-point in a row of the rule table changes the page without touching the page. The table
 * can be changed in part, so that tests can feed a modified copy and watch the page follow.
 */
import { HEEL_RAISE_NORMS } from '$lib/risk/norms';
import {
	interpretations,
	methodNotes,
	type Interpretation,
	type MethodNote
} from '$lib/risk/notes';
import type { BandCondition, FactorRow } from '$lib/risk/rule';
import { FACTOR_ROWS, FINDING_RULES, textContext, type CutsOf, type Rule } from '$lib/risk/rules';
import {
	BAND_LEVEL,
	FACTOR_BAND_CUTS,
	HIGH_FINDING_LIFT,
	INDEX_BAND_CUTS,
	MODEL_CHANGES,
	MODEL_VERSION,
	POINTS_PER_LEVEL,
	PREVIOUS_INJURY_MODIFIER,
	type KnownBand
} from '$lib/risk/scoring';
import { SHARPEN, type SharpenRule } from '$lib/risk/sharpen-table';
import {
	TRIAGE_LEVELS,
	type Band,
	type Factor,
	type FindingId,
	type RedFlag,
	type TriageLevel
} from '$lib/risk/schema';
import { TIPS, type TipRule } from '$lib/risk/tip-table';
import { fmt, levels, plural } from '$lib/risk/text';
import { CARE, FLAG_ROWS, LEVEL_HEADING, type FlagRow } from '$lib/risk/triage';

type Cuts = { readonly moderateFrom: number; readonly highFrom: number };
type AlertLevel = Exclude<TriageLevel, 'none'>;

/** Everything the page reads. The engine's own constants are the default. */
export interface MethodTable {
	version: string;
	findings: readonly Rule[];
	/** The five factors, in the article's order (and numbering) of causes, with their titles. */
	factors: readonly FactorRow[];
	bandLevel: Record<KnownBand, number>;
	pointsPerLevel: number;
	factorBandCuts: Cuts;
	indexBandCuts: Cuts;
	highFindingLift: { readonly minWeight: number; readonly liftsTo: KnownBand };
	previousInjury: { readonly levels: number; readonly evidence: string };
	heelRaiseNorms: {
		readonly approximate: boolean;
		readonly source: string;
		readonly byDecade: readonly {
			readonly from: number;
			readonly to: number;
			readonly male: number;
			readonly female: number;
		}[];
		readonly default: number;
		readonly defaultSource: string;
		readonly dayToDay: number;
	};
	tips: readonly TipRule[];
	sharpen: readonly SharpenRule[];
	flags: readonly FlagRow[];
	/** The warning card's own headings, so the page names each level as the card does. */
	levelHeading: Record<AlertLevel, string>;
	/** What each level's card says to do, as the card says it. */
	levelInstructions: Record<AlertLevel, readonly string[]>;
	safetyNet: string;
	changes: readonly string[];
}

const ENGINE_TABLE: MethodTable = {
	version: MODEL_VERSION,
	findings: FINDING_RULES,
	factors: FACTOR_ROWS,
	bandLevel: BAND_LEVEL,
	pointsPerLevel: POINTS_PER_LEVEL,
	factorBandCuts: FACTOR_BAND_CUTS,
	indexBandCuts: INDEX_BAND_CUTS,
	highFindingLift: HIGH_FINDING_LIFT,
	previousInjury: PREVIOUS_INJURY_MODIFIER,
	heelRaiseNorms: HEEL_RAISE_NORMS,
	tips: TIPS,
	sharpen: SHARPEN,
	flags: FLAG_ROWS,
	levelHeading: LEVEL_HEADING,
	levelInstructions: {
		emergency: [CARE.call],
		urgent: [CARE.urgentCare, `${CARE.clotDoctor} (When a sign of a clot is ticked.)`],
		'see-clinician': [
			`${CARE.bookEither} When numbness or tingling, a recent journey, surgery, cast or bed rest, or another clot risk is ticked: ${CARE.bookDoctor.charAt(0).toLowerCase()}${CARE.bookDoctor.slice(1)}`
		]
	},
	safetyNet: CARE.safetyNet,
	changes: MODEL_CHANGES
};

export interface CutView {
	key: string;
	label: string;
	value: string;
}

export interface BandView {
	/** A band, or `raise` for a step that moves the band found so far up. */
	band: Band | 'raise';
	/** What the band column says: the band's name, or how far a raise moves it. */
	label: string;
	when: string;
	opinion: boolean;
}

export interface FindingView {
	id: FindingId;
	anchor: string;
	title: string;
	question: string;
	weight: string;
	/** Share of the total weight, as "16.7%". */
	share: string;
	scope: 'per shoe' | 'per runner';
	cuts: CutView[];
	bands: BandView[];
	evidence: string;
	grade: string;
	opinion: boolean;
	opinionNote: string | undefined;
	inputs: string[];
	/** Whether a high band of this finding lifts a low index (its weight reaches the lift's minimum). */
	lifts: boolean;
}

export interface FactorView {
	id: Factor;
	anchor: string;
	/** The article's number of the cause. */
	number: number;
	title: string;
	/** The article's own words for the cause. */
	cause: string;
	weight: string;
	share: string;
	findings: FindingView[];
}

export interface TriageLevelView {
	level: AlertLevel;
	anchor: string;
	name: string;
	instructions: readonly string[];
	/** Under every card but the emergency one. */
	safetyNet: string | null;
	flags: { id: RedFlag; text: string; cause: string }[];
}

export interface TipView {
	id: string;
	anchor: string;
	title: string;
	text: string;
	evidence: string;
	triggers: TriggerView[];
}

export interface TriggerView {
	when: string;
	/** The trigger's conditions as the engine checks them, all of which must hold. */
	reads: string[];
}

export interface MethodView {
	version: string;
	totalWeight: string;
	scoring: {
		points: { band: KnownBand; points: string }[];
		factorCuts: { moderateFrom: string; highFrom: string };
		indexCuts: { moderateFrom: string; highFrom: string };
		lift: { minWeight: string; liftsTo: KnownBand; findings: string[] };
		previousInjury: { levels: string; evidence: string };
	};
	factors: FactorView[];
	norms: {
		approximate: boolean;
		rows: { ages: string; male: string; female: string }[];
		source: string;
		default: string;
		defaultSource: string;
		dayToDay: string;
	};
	triage: { levels: TriageLevelView[] };
	changes: readonly string[];
	tips: TipView[];
	sharpen: { id: string; label: string; findings: string[]; adds: string }[];
	notes: MethodNote[];
	interpretations: Interpretation[];
}

/** "1.1", "0.5", "16.7%": numbers as the rest of the app writes them. */
const percentOf = (part: number, whole: number) =>
	whole === 0 ? '0%' : `${fmt(Math.round((part / whole) * 1000) / 10)}%`;

const UNITS = ['mm', 'cm', 'km', 'kg'];

/**
 * A cut's own key and value, in words: "moderateBelowNormMinus" → "moderate below norm minus",
 * and a unit in the key moves to the value ("heavyWeekKmAbove", 35 → "heavy week above", "35 km").
 */
function cutView(key: string, value: number): CutView {
	const words = key
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(' ');
	const unit = words.find((w) => UNITS.includes(w));
	return {
		key,
		label: words.filter((w) => w !== unit).join(' '),
		value: unit ? `${fmt(value)} ${unit}` : fmt(value)
	};
}

/** A band condition written with "(opinion)" anywhere in it rests on expert opinion. */
const OPINION = /\(([^)]*:\s*)?opinion\)/i;

function bandView(b: BandCondition): BandView {
	const opinion = OPINION.test(b.when);
	// "(opinion)" alone becomes the page's label; "(window: opinion)" says which part, so it stays.
	const when = b.when.replace(/\s*\(opinion\)/gi, '').trim();
	if ('raise' in b) return { band: 'raise', label: `up ${levels(b.raise)}`, when, opinion };
	return { band: b.band, label: b.band, when, opinion };
}

function findingView(rule: Rule, total: number, liftFrom: number): FindingView {
	const cuts = Object.entries(rule.cuts)
		.filter((entry): entry is [string, number] => typeof entry[1] === 'number')
		.map(([key, value]) => cutView(key, value));
	return {
		id: rule.id,
		anchor: `finding-${rule.id.replace('.', '-')}`,
		title: rule.title,
		question: rule.question,
		weight: fmt(rule.weight),
		share: percentOf(rule.weight, total),
		scope: rule.perShoe ? 'per shoe' : 'per runner',
		cuts,
		bands: rule.bands.map(bandView),
		evidence: rule.evidence,
		grade: rule.grade,
		opinion: rule.opinion,
		opinionNote: rule.opinionNote,
		inputs: [...rule.inputs],
		lifts: rule.weight >= liftFrom
	};
}

function describeTriggers(tip: TipRule, drop: CutsOf<'shoe.drop'>): TriggerView[] {
	if (tip.triggers.length === 0)
		return [
			{ when: 'any red flag (then it is always listed first, whatever the scores)', reads: [] }
		];
	return tip.triggers.map((t) => ({
		when: t.when,
		reads: t.all.map((c) =>
			'finding' in c
				? `${c.finding} ${c.bands.join('/')}`
				: c.fact === 'lowerDropSwitch'
					? `lower-drop switch (≥ ${fmt(drop.switchAtLeastMm)} mm below the usual drop, run in < ${plural(drop.transitionMonths, 'month', 'months')})`
					: `scored drop ≤ ${fmt(c.mm)} mm`
		)
	}));
}

/** The page's view of the engine's table, with any part of it replaced by `changes`. */
export function buildMethod(changes: Partial<MethodTable> = {}): MethodView {
	const table: MethodTable = { ...ENGINE_TABLE, ...changes };
	const total = table.findings.reduce((sum, r) => sum + r.weight, 0);
	const liftFrom = table.highFindingLift.minWeight;
	const factors = table.factors.map((factor, i) => {
		const rules = table.findings.filter((r) => r.factor === factor.id);
		const weight = rules.reduce((sum, r) => sum + r.weight, 0);
		return {
			id: factor.id,
			anchor: `factor-${factor.id}`,
			number: i + 1,
			title: factor.title,
			cause: factor.cause,
			weight: fmt(weight),
			share: percentOf(weight, total),
			findings: rules.map((r) => findingView(r, total, liftFrom))
		};
	});

	const levels = [...TRIAGE_LEVELS]
		.filter((l): l is AlertLevel => l !== 'none')
		.reverse()
		.map((level) => ({
			level,
			anchor: `triage-${level}`,
			name: table.levelHeading[level],
			instructions: table.levelInstructions[level],
			safetyNet: level === 'emergency' ? null : table.safetyNet,
			flags: table.flags
				.filter((f) => f.level === level)
				.map((f) => ({ id: f.id, text: f.label, cause: f.cause }))
		}));

	// Texts outside the rows (tips, notes, the lower-drop switch) quote this table's cut-points.
	const words = textContext(undefined, table.findings);
	const weightOf = (id: string) => table.findings.find((r) => r.id === id)?.weight ?? 0;
	const norms = table.heelRaiseNorms;

	return {
		version: table.version,
		totalWeight: fmt(total),
		scoring: {
			points: (Object.keys(table.bandLevel) as KnownBand[]).map((band) => ({
				band,
				points: fmt(table.bandLevel[band] * table.pointsPerLevel)
			})),
			factorCuts: {
				moderateFrom: fmt(table.factorBandCuts.moderateFrom),
				highFrom: fmt(table.factorBandCuts.highFrom)
			},
			indexCuts: {
				moderateFrom: fmt(table.indexBandCuts.moderateFrom),
				highFrom: fmt(table.indexBandCuts.highFrom)
			},
			lift: {
				minWeight: fmt(liftFrom),
				liftsTo: table.highFindingLift.liftsTo,
				findings: table.findings.filter((r) => r.weight >= liftFrom).map((r) => r.id)
			},
			previousInjury: {
				levels: fmt(table.previousInjury.levels),
				evidence: table.previousInjury.evidence
			}
		},
		factors,
		norms: {
			approximate: norms.approximate,
			rows: norms.byDecade.map((r) => ({
				ages: `${r.from}–${r.to}`,
				male: fmt(r.male),
				female: fmt(r.female)
			})),
			source: norms.source,
			default: fmt(norms.default),
			defaultSource: norms.defaultSource,
			dayToDay: fmt(norms.dayToDay)
		},
		triage: { levels },
		changes: table.changes,
		tips: table.tips.map((tip) => ({
			id: tip.id,
			anchor: `tip-${tip.id}`,
			title: tip.title,
			text: tip.text(words),
			evidence: tip.evidence,
			triggers: describeTriggers(tip, words.row('shoe.drop').cuts)
		})),
		sharpen: table.sharpen.map((s) => ({
			id: s.id,
			label: s.label(words),
			findings: [...s.findings],
			// The most an answer can add, when every finding it decides is still unknown.
			adds: (s.findings.reduce((sum, id) => sum + weightOf(id), 0) / total).toFixed(2)
		})),
		notes: methodNotes(words.row, { factor: table.factorBandCuts, index: table.indexBandCuts }),
		interpretations: interpretations(words.row)
	};
}
