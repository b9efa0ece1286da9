/**
 * What the method page must say besides the rule rows, and where a rule could be read more than
 * one way, what the engine decided. Every figure is quoted from the rows given.
 */
import { HEEL_RAISE_NORMS } from './norms';
import { fmt, inWords, pctOf, plural, ratioText } from './text';
import type { RowById } from './rules';
import { FINDING_IDS } from './schema';

type BandCuts = { readonly moderateFrom: number; readonly highFrom: number };

export interface MethodNote {
	id: string;
	text: string;
	source: string;
}

/** What the method page must say besides the rule rows, quoting the cut-points given. */
export function methodNotes(
	row: RowById,
	scoring: { factor: BandCuts; index: BandCuts }
): MethodNote[] {
	return [
		{
			id: 'toebox-no-calf-evidence',
			text: `No study ties toe-box width to calf pain: the article's claim is unsupported for the calf. The finding is kept with a small weight and shown as its own result, "${row('shoe.toebox').title}".`,
			source: 'Buldt & Menz 2018'
		},
		{
			id: 'in-toeing-not-scored',
			text: 'Toes pointing in (in-toeing) is not scored: running toe-in actually reduced pronation.',
			source: 'Mousavi et al. 2021'
		},
		{
			id: 'acwr-not-scored',
			text: 'The acute:chronic workload ratio is not scored: in 5,205 runners it was not linked to injury, and its method is criticised.',
			source: 'Frandsen et al. 2025; Impellizzeri et al., Sports Med 2020'
		},
		{
			id: 'ten-percent-rule',
			text: 'In novice runners, the "10% rule" for weekly distance prevented nothing (20.8% vs 20.3% injured, all running injuries); a single long run has the stronger evidence.',
			source: 'Buist et al., AJSM 2008'
		},
		{
			id: 'cadence-tips-only',
			text: 'Cadence has no evidence-based cut-off, so it is used for tips only (raise it 5–10% at the same pace: lab studies of load, not of injuries).',
			source: 'Heiderscheit et al. 2011; Lyght et al. 2016'
		},
		{
			id: 'cadence-180',
			text: 'The folk target of 180 steps per minute has no source.',
			source: '—'
		},
		{
			id: 'stretching',
			text: 'In trials, stretching was not linked to fewer sports injuries, and strength training was linked to about a third as many (all sports injuries, not only the calf).',
			source: 'Lauersen et al. 2014 (stretching risk ratio 0.96, strength risk ratio 0.32)'
		},
		{
			id: 'stated-drop',
			text: "Brands' stated drops often differ from lab measurements by several mm; where both are known the measured drop is scored and both are shown.",
			source: "RunRepeat's cut-in-half measurements"
		},
		{
			id: 'heel-raise-norms-approximate',
			text: `Heel-raise norms by age and sex are approximate; the test varies by about ±${fmt(HEEL_RAISE_NORMS.dayToDay)} reps from day to day.`,
			source: HEEL_RAISE_NORMS.source
		},
		{
			id: 'cut-points-opinion',
			text: `The band cut-points of the factor scores (${fmt(scoring.factor.moderateFrom)}/${fmt(scoring.factor.highFrom)}) and of the index (${fmt(scoring.index.moderateFrom)}/${fmt(scoring.index.highFrom)}) are opinion, and so are the weights: our judgement of how strong each piece of evidence is. The index has not been tested against who actually gets injured.`,
			source: 'opinion'
		},
		{
			id: 'no-diagnosis',
			text: 'Warning signs are triggers to seek care; the product never computes a diagnosis (no Wells score).',
			source:
				'NHS guidance on deep vein thrombosis, compartment syndrome and cellulitis; NICE referral guidance for acute limb ischaemia; Wells et al., Lancet 1997, items only'
		}
	];
}

/** The factors in the order the findings are listed in a tip's "Because of": "load, …, then shoe". */
const FACTOR_ORDER = ((factors: string[]) =>
	`${factors.slice(0, -1).join(', ')}, then ${factors.at(-1)}`)([
	...new Set(FINDING_IDS.map((id) => id.split('.')[0]!))
]);

export interface Interpretation {
	topic: string;
	decision: string;
}

/** Where a rule could be read more than one way, what the engine decided (shown on the method page). */
export function interpretations(row: RowById): Interpretation[] {
	const spike = row('load.spike').cuts;
	const pain = row('overuse.pain').cuts;
	const symmetry = row('calf.symmetry').cuts;
	const flex = row('calf.flexibility').cuts;
	const wear = row('shoe.wear').cuts;
	const weekly = row('load.weekly').cuts;
	const volume = row('overuse.volume').cuts;
	const drop = row('shoe.drop').cuts;
	const back = weekly.weeksBack;
	return [
		{
			topic: 'Values exactly on a cut-point',
			decision: `If your number lands exactly on a boundary, it counts in the lower band: R = ${ratioText(spike.moderateAbove)} is low, R = ${ratioText(spike.highAbove)} moderate; pain ${fmt(pain.moderateAbove)} low, ${fmt(pain.highAbove)} moderate; symmetry ${pctOf(symmetry.moderateBelow)} low, ${pctOf(symmetry.highBelow)} moderate; knee-to-wall ${fmt(flex.lowFromCm)} cm low, ${fmt(flex.highBelowCm)} cm moderate; ${fmt(wear.highAboveKm)} km of wear moderate. Two boundaries are written the other way by their sources: a shoe at exactly ${fmt(wear.moderateFromKm)} km reads moderate, and a toe box exactly ${fmt(row('shoe.toebox').cuts.highNarrowerFromMm)} mm narrower than your forefoot reads high. Ratios and differences are rounded to six decimals first so that binary floating point never moves a decimal value across a cut.`
		},
		{
			topic: 'Spike with a next run of 0 km',
			decision:
				'R = 0: low. With no run in the last 30 days either (L30 = 0 and D = 0): low, nothing to spike.'
		},
		{
			topic: 'Weekly progression',
			decision: `Compares the latest week with the week ${plural(back, 'week', 'weeks', inWords)} before it (weeklyKm[n−1] vs weeklyKm[n−${fmt(back + 1)}]), so exactly ${plural(weekly.minWeeks, 'week', 'weeks', inWords)} is enough. If that earlier week is 0 km, any running in the latest week reads moderate; 0 km after 0 km reads low.`
		},
		{
			topic: 'Weekly distance vs experience with missing answers',
			decision: `Decided by whichever answer settles it: at least ${fmt(volume.regularMonths)} regular months, or a latest week of ${fmt(volume.weeklyKmAbove)} km or less, reads low on its own; moderate needs both answers.`
		},
		{
			topic: 'Symmetry when the stronger leg manages 0',
			decision:
				'Both legs at 0 show no imbalance: symmetry low (the strength finding already reads high).'
		},
		{
			topic: 'Heel-raise pain without counts',
			decision:
				'Pain during the test decides strength on its own (high); symmetry still needs counts and stays unknown.'
		},
		{
			topic: 'Heel-raise norm for non-whole ages',
			decision:
				'An age belongs to the decade it has reached (39.9 is in 30–39); ages under 20 use 20–29, 80 and over use 70–79.'
		},
		{
			topic: 'Toe box',
			decision:
				"Your own fit rating decides when you give one: a catalog's width is the inside of a men's US 9 sample, measured differently from a tracing of your foot. Without a fit rating, both widths in millimetres decide; with neither, the finding is unknown."
		},
		{
			topic: 'Shoe wear without a distance',
			decision: 'A missing worn distance is unknown (monthsWorn does not stand in for km).'
		},
		{
			topic: 'Rest days and other sports',
			decision:
				'Other sports are named in the "why" (they are linked to fewer running injuries) but do not change the band: no study gives a cut-point for them.'
		},
		{
			topic: 'Lower-drop switch',
			decision:
				'Uses the scored drop (measured when given) against the usual drop; a switch needs the usual drop to be given.'
		},
		{
			topic: 'Strike × drop interaction',
			decision: `Any forefoot landing (recent or not) with a scored drop of ${fmt(drop.strikeInteractionAtMostMm)} mm or less lifts the drop finding one band, after the seven steps, for occasional runners too; high stays high.`
		},
		{
			topic: 'Clot risks with a sign of a clot',
			decision:
				'A recent journey, surgery, cast or bed rest, or another clot risk, is listed at its own level (get checked in the next few days); with any sign of a clot the card is urgent anyway, because the sign is, and it says to see a doctor.'
		},
		{
			topic: 'A pain that came on suddenly',
			decision: `Read as high when the pain during the run was ${fmt(pain.suddenFrom)}/10 or more, whatever the next morning: a possible strain (opinion). With no pain during the run, the onset changes nothing.`
		},
		{
			topic: 'Calf raises and quicker steps after high or sudden pain',
			decision:
				'Given with "once walking is pain-free and the calf has settled" and "when you run again" in front, so no exercise is suggested for the days the calf should rest.'
		},
		{
			topic: 'Index band without any assessed finding',
			decision:
				'No index (not enough answers to score) and the band reads unknown; the lift and the previous-injury modifier apply only to a known band. (Every shoe needs its heel drop, which always scores the drop finding, so this does not happen in practice.)'
		},
		{
			topic: 'A tip\'s "Because of" list',
			decision: `Lists every finding of every matching trigger, in a fixed order (${FACTOR_ORDER} findings); a lower-drop switch or the drop ≤ ${fmt(drop.lowDropAtMostMm)} mm condition names shoe.drop.`
		},
		{
			topic: 'Tip order for the drop conditions',
			decision: `A lower-drop switch or a drop of ${fmt(drop.lowDropAtMostMm)} mm or less ranks by the drop finding's own weight × band (0 when that finding reads low).`
		},
		{
			topic: 'What an answer would add to confidence',
			decision:
				'Counted for the shoe where it adds most. Weekly distances and months of running can each decide the experience finding, so both list it while both are missing; once one is given and the finding still needs the other, only the missing one is asked for, and nothing already given is asked for again. Under an urgent or emergency warning sign nothing is suggested, and under any warning sign no physical self-test is.'
		}
	];
}
