/**
 * The tips as data: each tip's title, its text in general (the method page's) and for one
 * runner, its evidence, and the triggers that earn it. tips.ts chooses and orders them.
 */
import type { Band, FindingId, Runner, TipId, TriageLevel } from './schema';
import type { KnownBand } from './scoring';
import type { DropFacts } from './findings/drop';
import { suddenOnset } from './findings/overuse';
import { ruleFor, type TextContext } from './rules';
import { fmt, inWords, pctAbove, pctOf, plural, type Say } from './text';

/** The drop at or below which a forefoot strike earns the heel lift: the drop rule's own low-drop cut. */
const LOW_DROP_MM = ruleFor('shoe.drop').cuts.lowDropAtMostMm;

export type TipCondition =
	| { finding: FindingId; bands: readonly KnownBand[] }
	| { fact: 'lowerDropSwitch' }
	| { fact: 'scoredDropAtMost'; mm: number };

/** Each finding's band, by id. */
export type BandsById = Readonly<Record<FindingId, Band>>;

/** What a tip is worded from for one runner and one shoe. */
export interface TipFacts {
	runner: Runner;
	bands: BandsById;
	drop: DropFacts;
	triage: TriageLevel;
}

/** The heel lift the tip suggests, in mm: opinion (clinics use 2.5–15 mm; Farris 2012 tested 12 and 18). */
const HEEL_LIFT_MM = { from: 5, to: 10 };
/** Heiderscheit et al. 2011: +5–10% step rate at the same pace (Lyght 2016: +5%). */
const CADENCE_RAISE = { from: 1.05, to: 1.1 };
/** Opinion: after high or sudden calf pain, restart at no more than this share of the latest run. */
const RESTART_SHARE = 0.7;

export interface TipTrigger {
	/** For the method page. */
	when: string;
	/** All must hold. */
	all: readonly TipCondition[];
}

export interface TipRule {
	id: TipId;
	title: string;
	/** The tip in general (the method page's text), in the units and cut-points given. */
	text(ctx: TextContext): string;
	/** What one runner reads, where it depends on their answers; `text` otherwise. */
	textFor?(facts: TipFacts, ctx: TextContext): string;
	/** Plain words first: what was found, in whom, for which injury; then the statistic. */
	evidence: string;
	/** The evidence for what one runner reads, where `textFor` leaves parts out. */
	evidenceFor?(facts: TipFacts): string;
	/** Alternatives: any one gives the tip. Empty for see-a-professional (triage decides). */
	triggers: readonly TipTrigger[];
	/** A sentence with the runner's own numbers, appended when they were given. */
	personal?: (facts: TipFacts, ctx: TextContext) => string | undefined;
	/** The tip in one line with its dose, for "Do this first": the same advice, shorter. */
	dose(facts: TipFacts, ctx: TextContext): string;
}

const MOD_HIGH = ['moderate', 'high'] as const;

/** "5–10%", from the cadence range. */
function cadenceRaise(): string {
	return `${fmt(Math.round((CADENCE_RAISE.from - 1) * 100))}–${pctAbove(CADENCE_RAISE.to)}`;
}
const band = (finding: FindingId, ...bands: KnownBand[]): TipCondition => ({ finding, bands });
const isIn = (b: Band, bands: readonly KnownBand[]) => b !== 'unknown' && bands.includes(b);
/** Calf pain high, or a sudden onset (which reads high): rest first. */
const restFirst = ({ bands }: TipFacts) => bands['overuse.pain'] === 'high';

/** A distance a tip quotes: metric keeps a tenth of a km, other units round as the forms do. */
function distance(km: number, say: Say): string {
	return say.km(say.units.distance === 'km' ? Math.round(km * 10) / 10 : km);
}

/**
 * The article's first treatment ("avoid running or reduce intensity until the soreness
 * subsides") for high or sudden calf pain. It quotes no distance above the latest run.
 */
function painRest(ctx: TextContext): string {
	return `Skip your next runs. Walk as pain allows (heel wedges or, if walking hurts, crutches for a few days: the article's advice). Start again only when walking is pain-free and the calf has settled by the next morning, at no more than about ${pctOf(RESTART_SHARE)} of your latest run (our opinion), then build back within ${pctAbove(ctx.row('load.spike').cuts.moderateAbove)} of your longest.`;
}
const LIMP =
	'See a physiotherapist if you still limp after 3–5 days (our opinion, from clinical habit).';

function spikeRest({ row }: TextContext): string {
	return `Shorten your next runs: keep every run within ${pctAbove(row('load.spike').cuts.moderateAbove)} of your longest run in the 30 days before it. After a month or more off, start well below your old longest run.`;
}

/** The corrective-shoes advice, one clause per finding that earned it. */
const SHOE_CLAUSES: readonly {
	applies(f: TipFacts): boolean;
	text(ctx: TextContext): string;
	/** The clause as "Do this first" says it, alone. */
	dose(ctx: TextContext): string;
	evidence: string;
}[] = [
	{
		applies: (f) => isIn(f.bands['shoe.drop'], MOD_HIGH),
		text: ({ say, row }) =>
			`while your calves adapt, a drop of ${say.cut.mm(row('shoe.drop').cuts.highDropFromMm)} or more (our opinion: no trial has tested a drop for the calf)`,
		dose: ({ say, row }) =>
			`While your calves adapt, run in a shoe with a drop of ${say.cut.mm(row('shoe.drop').cuts.highDropFromMm)} or more (our opinion).`,
		evidence:
			'In a trial of 553 runners, a low drop was linked to more injuries of all kinds in regular runners (Malisoux et al., AJSM 2016).'
	},
	{
		applies: (f) => isIn(f.bands['shoe.toebox'], MOD_HIGH),
		text: () =>
			'a toe box at least as wide as your forefoot, or a wide last (2E or 4E for men, D or 2E for women)',
		dose: () => 'Choose a toe box at least as wide as your forefoot, or a wide last.',
		evidence: 'Ill-fitting shoes are linked to foot pain, not calf pain (Buldt & Menz 2018).'
	},
	{
		applies: (f) => isIn(f.bands['form.posture'], MOD_HIGH),
		text: () =>
			'for pronated feet, a motion-control shoe (a stability shoe is milder and was not tested)',
		dose: () => 'For your pronated feet, choose a motion-control shoe.',
		evidence:
			'In a trial, runners with pronated feet had fewer running injuries in motion-control shoes (Malisoux et al., Br J Sports Med 2016: hazard ratio 0.34); stability shoes were not tested.'
	},
	{
		applies: (f) => f.bands['shoe.wear'] === 'high',
		text: ({ say, row }) =>
			`replace pairs past about ${say.cut.km(row('shoe.wear').cuts.highAboveKm)}, or rotate ${inWords(row('shoe.wear').cuts.rotationPairs)} or more pairs`,
		dose: ({ say, row }) =>
			`Replace this pair (past about ${say.cut.km(row('shoe.wear').cuts.highAboveKm)}), or rotate ${inWords(row('shoe.wear').cuts.rotationPairs)} or more pairs.`,
		evidence:
			'Runners who used two or more pairs in turn had fewer running injuries (Malisoux et al. 2015: hazard ratio 0.61); the mileage is an industry habit (opinion).'
	}
];
const shoeAdvice = (clauses: readonly string[]) => `When you choose shoes: ${clauses.join('; ')}.`;

const CALF_RAISES =
	'Do single-leg calf raises with the knee straight and with the knee bent (for the soleus): 3 sets of 15 on each leg, 3 times a week, adding weight (a backpack) every 1–2 weeks once 15 feel easy. Add wall sits (3 × 30–60 s) and lunges (3 × 10 each leg) as general strength.';
const cadenceText = () =>
	`Raise your step rate by ${cadenceRaise()} at the same pace, for a few minutes per run at first, with a metronome app. There is no evidence-based target; the folk 180 steps per minute has no source.`;
/** "Once …: do single-leg …": a condition put before a tip's own text. */
const after = (condition: string, text: string) =>
	`${condition}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** In the contract's order of tip ids, which is also the tie order for ranking tips. */
export const TIPS: readonly TipRule[] = [
	{
		id: 'rest-reduce-load',
		title: 'Cut the next runs back',
		dose: (f, { say, row }) => {
			const latest = f.runner.nextRunKm;
			const longest = f.runner.longestRunLast30DaysKm;
			if (restFirst(f))
				return latest
					? `Skip your next runs; when walking is pain-free, restart at no more than about ${distance(latest * RESTART_SHARE, say)} (our opinion).`
					: 'Skip your next runs; restart only when walking is pain-free and the calf has settled by morning.';
			return longest
				? `Keep your next run to at most ${distance(longest * row('load.spike').cuts.moderateAbove, say)}.`
				: 'After a month or more off, start well below your old longest run.';
		},
		text: (ctx) =>
			`With high calf pain, or pain that came on suddenly: ${painRest(ctx)} Without calf pain: ${spikeRest(ctx)}`,
		textFor: (f, ctx) =>
			restFirst(f) ? `${painRest(ctx)}${suddenOnset(f.runner) ? ` ${LIMP}` : ''}` : spikeRest(ctx),
		evidence:
			'In 5,205 runners, a run more than 10% longer than their longest of the previous month was followed by about 1.5 to 2.3 times as many injuries (all running injuries, not only the calf; Frandsen et al. 2025). The restart share is our opinion.',
		triggers: [
			{ when: 'single-run spike high', all: [band('load.spike', 'high')] },
			{ when: 'calf pain high, or sudden', all: [band('overuse.pain', 'high')] }
		],
		personal(f, { say, row }) {
			const { longestRunLast30DaysKm: longest, nextRunKm: latest } = f.runner;
			if (restFirst(f)) {
				if (latest === undefined || latest === 0) return undefined;
				return `For you: restart at no more than about ${distance(latest * RESTART_SHARE, say)} (your latest run was ${say.km(latest)}).`;
			}
			if (longest === undefined || longest === 0) return undefined;
			const most = longest * row('load.spike').cuts.moderateAbove;
			return `For you: at most ${distance(most, say)} while your longest run in the 30 days before was ${say.km(longest)}.`;
		}
	},
	{
		id: 'hold-load',
		title: 'Hold your load',
		dose: ({ runner }, { say, row }) =>
			`Run no further than ${runner.nextRunKm ? `your latest run (${say.km(runner.nextRunKm)})` : 'your latest run'} until calf pain is ${fmt(row('overuse.pain').cuts.moderateAbove)}/10 or less and settled by morning.`,
		text: ({ row }) =>
			`Run no further than your latest run, and keep your weekly distance and pace where they are, until calf pain during runs is ${fmt(row('overuse.pain').cuts.moderateAbove)}/10 or less and settled by the next morning; then build again.`,
		evidence:
			'A pain-monitoring plan did as well as rest in a trial of people with Achilles tendon pain (Silbernagel et al. 2007); it was not tested for the calf, so its use here is our adaptation (opinion).',
		triggers: [{ when: 'calf pain moderate', all: [band('overuse.pain', 'moderate')] }],
		personal({ runner }, { say }) {
			const latest = runner.nextRunKm;
			if (latest === undefined || latest === 0) return undefined;
			return `For you: no run longer than ${say.km(latest)}.`;
		}
	},
	{
		id: 'calf-strengthening',
		title: 'Strengthen your calves',
		dose: (f) =>
			restFirst(f)
				? 'Once walking is pain-free: single-leg calf raises, knee straight and bent, 3 × 15 on each leg, 3 times a week.'
				: 'Single-leg calf raises, knee straight and bent: 3 × 15 on each leg, 3 times a week.',
		text: () => CALF_RAISES,
		textFor: (f) =>
			restFirst(f)
				? after(
						'Once walking is pain-free and the calf has settled by the next morning',
						CALF_RAISES
					)
				: CALF_RAISES,
		evidence:
			'In trials, strength training was linked to about a third as many sports injuries (Lauersen et al. 2014: risk ratio 0.32; all sports injuries, not only the calf). Sets, reps and progression are common practice (opinion).',
		triggers: [
			{ when: 'calf strength moderate or high', all: [band('calf.strength', ...MOD_HIGH)] },
			{ when: 'left–right balance moderate or high', all: [band('calf.symmetry', ...MOD_HIGH)] },
			{ when: 'calf flexibility moderate or high', all: [band('calf.flexibility', ...MOD_HIGH)] },
			{ when: 'a lower-drop switch', all: [{ fact: 'lowerDropSwitch' }] },
			{ when: 'forefoot strike', all: [band('form.strike', ...MOD_HIGH)] }
		]
	},
	{
		id: 'heel-wedges',
		title: 'Try a temporary heel lift',
		dose: (_, { say }) =>
			`Put a ${say.cut.range(HEEL_LIFT_MM.from, HEEL_LIFT_MM.to, 'mm')} heel lift in the shoe while the calf settles (height: our opinion).`,
		text: ({ say }) =>
			`Put a heel lift of ${say.cut.range(HEEL_LIFT_MM.from, HEEL_LIFT_MM.to, 'mm')} in the shoe while calf pain settles or your calves adapt, then remove it over 2–4 weeks. The height is our opinion: only a higher lift has been shown to lower Achilles load.`,
		evidence:
			'In a lab study, an 18 mm heel lift lowered peak Achilles force by about 12% and a 12 mm lift made no significant difference (Farris et al. 2012). Clinics use 2.5–15 mm; 5–10 mm is below any height tested to work, and the weaning time is opinion.',
		triggers: [
			{
				when: 'current calf pain with heel drop moderate or high',
				all: [band('overuse.pain', ...MOD_HIGH), band('shoe.drop', ...MOD_HIGH)]
			},
			{
				when: `forefoot strike in a shoe with a drop of ${fmt(LOW_DROP_MM)} mm or less`,
				all: [band('form.strike', ...MOD_HIGH), { fact: 'scoredDropAtMost', mm: LOW_DROP_MM }]
			}
		]
	},
	{
		id: 'corrective-shoes',
		title: 'Change or rotate shoes',
		dose: (f, ctx) => (SHOE_CLAUSES.find((c) => c.applies(f)) ?? SHOE_CLAUSES[0]!).dose(ctx),
		text: (ctx) => shoeAdvice(SHOE_CLAUSES.map((c) => c.text(ctx))),
		textFor: (f, ctx) => {
			const clauses = SHOE_CLAUSES.filter((c) => c.applies(f));
			return shoeAdvice((clauses.length ? clauses : SHOE_CLAUSES).map((c) => c.text(ctx)));
		},
		evidence: SHOE_CLAUSES.map((c) => c.evidence).join(' '),
		evidenceFor: (f) => {
			const clauses = SHOE_CLAUSES.filter((c) => c.applies(f));
			return (clauses.length ? clauses : SHOE_CLAUSES).map((c) => c.evidence).join(' ');
		},
		triggers: [
			{ when: 'heel drop moderate or high', all: [band('shoe.drop', ...MOD_HIGH)] },
			{ when: 'toe box moderate or high', all: [band('shoe.toebox', ...MOD_HIGH)] },
			{
				when: 'foot posture vs shoe support moderate or high',
				all: [band('form.posture', ...MOD_HIGH)]
			},
			{ when: 'shoe wear high', all: [band('shoe.wear', 'high')] }
		]
	},
	{
		id: 'gradual-transition',
		title: 'Change gradually',
		dose: () =>
			'Change over 8–12 weeks: start with about 10% of your weekly distance in the new shoe or style (our opinion).',
		text: () =>
			'Move to a lower drop or a forefoot landing over 8–12 weeks: start with about 10% of your weekly distance in the new shoe or style, add about 10% of it each week, and do calf raises alongside.',
		evidence:
			'A fast switch to minimalist shoes was linked to more calf pain (Ryan et al. 2014) and, in heavier runners, to more injuries (Fuller et al. 2017). The timelines are opinion.',
		triggers: [
			{ when: 'a lower-drop switch', all: [{ fact: 'lowerDropSwitch' }] },
			{ when: 'forefoot strike adopted recently', all: [band('form.strike', 'high')] }
		]
	},
	{
		id: 'cadence',
		title: 'Take slightly quicker steps',
		dose: ({ runner }) =>
			runner.cadenceSpm === undefined
				? `Take ${cadenceRaise()} quicker steps at the same pace.`
				: `Take ${cadenceRaise()} quicker steps at the same pace: ${Math.round(runner.cadenceSpm * CADENCE_RAISE.from)}–${Math.round(runner.cadenceSpm * CADENCE_RAISE.to)} steps per minute.`,
		text: cadenceText,
		textFor: (f) => (restFirst(f) ? after('When you run again', cadenceText()) : cadenceText()),
		evidence:
			'In the lab, a 5–10% higher step rate lowered the load on the knee and hip (Heiderscheit et al. 2011) and +5% lowered Achilles tendon stress (Lyght et al. 2016). These measure load: no study has shown fewer injuries.',
		triggers: [
			{ when: 'forefoot strike', all: [band('form.strike', ...MOD_HIGH)] },
			{ when: 'current calf pain', all: [band('overuse.pain', ...MOD_HIGH)] }
		],
		personal({ runner }) {
			const spm = runner.cadenceSpm;
			if (spm === undefined) return undefined;
			return `For you: from ${fmt(spm)} to ${Math.round(spm * CADENCE_RAISE.from)}–${Math.round(spm * CADENCE_RAISE.to)} steps per minute.`;
		}
	},
	{
		id: 'massage-foam-roller',
		title: 'Massage or foam-roll if it helps',
		dose: () => 'Roll or massage each calf for 1–2 minutes after runs if it eases soreness.',
		text: () => 'Roll or massage each calf for 1–2 minutes after runs if it eases soreness.',
		evidence:
			'Foam rolling may ease soreness a little (Wiewelhove et al. 2019); it has not been shown to prevent injury.',
		triggers: [{ when: 'calf pain moderate', all: [band('overuse.pain', 'moderate')] }]
	},
	{
		id: 'ice-compression-elevation',
		title: 'Protect, elevate, compress',
		dose: () =>
			'For 2–3 days: protect the calf, keep it raised and compressed; ice for comfort only.',
		text: () =>
			'For the first 2–3 days: protect the calf, keep it raised and wear a compression sleeve or bandage; then load it again gradually as pain allows. Use ice for comfort only and skip routine anti-inflammatories. The article advises ice for 15–20 minutes several times a day; current guidance no longer does.',
		evidence:
			'Current guidance for soft-tissue injuries (PEACE & LOVE, Dubois & Esculier 2020, an expert consensus) favours protection, elevation and compression, then gradual loading, over routine ice and anti-inflammatories.',
		triggers: [{ when: 'calf pain high, or sudden', all: [band('overuse.pain', 'high')] }]
	},
	{
		id: 'recovery-days',
		title: 'Keep recovery days',
		dose: (_, { row }) =>
			`Keep at least ${plural(row('overuse.rest').cuts.moderateAtMost + 1, 'easy or rest day', 'easy or rest days')} a week.`,
		text: ({ row }) => {
			const days = row('overuse.rest').cuts.moderateAtMost + 1;
			return `Keep at least ${plural(days, 'easy or rest day', 'easy or rest days')} a week; swap a run for cycling or swimming if you want to keep moving.`;
		},
		evidence:
			'No study has tested rest days: the one-day minimum is opinion. Each weekly hour of other sports was linked to fewer running injuries (Malisoux et al. 2015: hazard ratio 0.85 per hour; all running injuries).',
		triggers: [
			{ when: 'rest days moderate', all: [band('overuse.rest', 'moderate')] },
			{ when: 'weekly distance vs experience moderate', all: [band('overuse.volume', 'moderate')] }
		]
	},
	{
		id: 'see-a-professional',
		title: 'Get checked first',
		dose: ({ triage }) =>
			triage === 'see-clinician'
				? 'Book the appointment the warning card names.'
				: 'Get care now, as the warning card says.',
		text: () =>
			'Follow the warning card: get care as it says. With an urgent or emergency sign, do not run, exercise or test the calf until you have been checked.',
		textFor: ({ triage }) =>
			triage === 'see-clinician'
				? 'Book the appointment the warning card names. Until then, follow the tips below, and stop any that make the pain worse.'
				: 'Get care now, as the warning card says. Do not run, exercise or test the calf until you have been checked.',
		evidence:
			'The article\'s own advice: "seek professional advice when needed". The warning signs follow NHS guidance on blood clots, compartment syndrome and cellulitis, and NICE guidance on a blocked artery.',
		triggers: []
	}
];
