/** The shoe: its heel drop for this runner, the toe box against the forefoot, and its wear. */
import type { Shoe } from '../schema';
import type { KnownBand } from '../scoring';
import { rule, unknown } from '../rule';
import { fmt, inWords, plural, sixDecimals } from '../text';
import { drop } from './drop';

/** The runner's own rating of the toe box: roomy, snug or squeezed. */
const TOEBOX_FIT: Record<NonNullable<Shoe['toeBoxFit']>, KnownBand> = {
	roomy: 'low',
	snug: 'moderate',
	squeezed: 'high'
};
const NO_CALF_EVIDENCE = 'No study ties toe-box width to calf pain.';
const TOEBOX_BASIS =
	"A catalog's width is the inside of a men's US 9 sample, so this is a rough comparison; how the shoe feels to you is the better guide.";

const toebox = rule('shoe.toebox', 'Toe box fit', {
	// Buldt & Menz 2018: the pathology group's shoes were a mean 6 mm narrower than their feet.
	cuts: { highNarrowerFromMm: 6 },
	texts: (c) => ({
		question: 'Is the toe box at least as wide as your forefoot when you stand?',
		bands: [
			{ band: 'low', when: 'fit "roomy"; or, with no fit given, toe box ≥ forefoot width' },
			{
				band: 'moderate',
				when: `fit "snug"; or, with no fit given, narrower by less than ${fmt(c.highNarrowerFromMm)} mm`
			},
			{
				band: 'high',
				when: `fit "toes squeezed"; or, with no fit given, narrower by ${fmt(c.highNarrowerFromMm)} mm or more`
			},
			{ band: 'unknown', when: 'neither both widths nor a fit given' }
		]
	}),
	evidence:
		"Most people (63–72%) wear shoes that do not fit the width or length of their feet, which is linked to foot pain and toe problems (Buldt & Menz 2018). In one study they report (Akhtar et al.), people with foot problems wore shoes a mean 6 mm narrower than their feet, but the comparison group's shoes were about 4 mm narrower too. No study ties toe-box width to calf pain. Catalog widths are inner widths of a men's US 9 sample, so compare them with your own tracing only as a rough guide; your own fit rating is the better guide.",
	grade: 'none for the calf',
	opinion: true,
	opinionNote:
		"The article's claim is unsupported for the calf; kept with a small weight because runners ask.",
	inputs: ['runner.forefootWidthMm', 'shoes[].toeBoxWidthMm', 'shoes[].toeBoxFit'],
	judge({ runner, shoe, say }, c) {
		const foot = runner.forefootWidthMm;
		const box = shoe.toeBoxWidthMm;
		// The runner's own fit rating beats a comparison of two measurements on different bases.
		if (shoe.toeBoxFit !== undefined) {
			const label = shoe.toeBoxFit === 'squeezed' ? 'squeeze your toes' : `feel ${shoe.toeBoxFit}`;
			return {
				band: TOEBOX_FIT[shoe.toeBoxFit],
				why: `You say these shoes ${label}. ${NO_CALF_EVIDENCE}`
			};
		}
		if (foot !== undefined && box !== undefined) {
			const narrower = sixDecimals(foot - box);
			const sizes = `The toe box (${say.mm(box)})`;
			const basis = `${TOEBOX_BASIS} ${NO_CALF_EVIDENCE}`;
			if (narrower <= 0)
				return {
					band: 'low',
					why: `${sizes} is at least as wide as your forefoot (${say.mm(foot)}). ${basis}`
				};
			return {
				band: narrower >= c.highNarrowerFromMm ? 'high' : 'moderate',
				why: `${sizes} is ${say.mm(narrower)} narrower than your forefoot (${say.mm(foot)}). ${basis}`
			};
		}
		return unknown(
			`Give your forefoot width and the toe-box width in ${say.unitWord('mm')}, or say how the toe box fits.`
		);
	}
});

const wear = rule('shoe.wear', 'Shoe wear', {
	// Opinion: the "300–500 miles" industry convention; rotation per Malisoux 2015 (HR 0.61).
	cuts: { moderateFromKm: 500, highAboveKm: 800, rotationPairs: 2 },
	texts: (c) => {
		const range = `${fmt(c.moderateFromKm)}–${fmt(c.highAboveKm)} km`;
		return {
			question: 'How far have you run in this shoe, and do you rotate pairs?',
			bands: [
				{
					band: 'low',
					when: `under ${fmt(c.moderateFromKm)} km; or ${range} while rotating ${inWords(c.rotationPairs)} or more pairs`
				},
				{ band: 'moderate', when: `${range} with one pair (opinion)` },
				{ band: 'high', when: `over ${fmt(c.highAboveKm)} km, whatever the rotation (opinion)` },
				{ band: 'unknown', when: 'distance not given' }
			]
		};
	},
	evidence:
		'No study ties shoe mileage to injury: the km cut-offs follow the "300–500 miles" industry habit (opinion). Runners who used two or more pairs in turn had fewer running injuries (Malisoux et al. 2015: hazard ratio 0.61; all running injuries).',
	grade: 'opinion',
	opinion: true,
	inputs: ['shoes[].wornKm', 'runner.pairsInRotation'],
	judge({ runner, shoe, say }, c) {
		const km = shoe.wornKm;
		if (km === undefined) return unknown(`Give how many ${say.unitWord('km')} this shoe has done.`);
		const pairs = runner.pairsInRotation ?? 1;
		const done = `This shoe has done ${say.km(km)}`;
		if (km > c.highAboveKm)
			return { band: 'high', why: `${done} (over ${say.cut.km(c.highAboveKm, km)}).` };
		if (km >= c.moderateFromKm) {
			if (pairs >= c.rotationPairs)
				return { band: 'low', why: `${done}, but you rotate ${plural(pairs, 'pair', 'pairs')}.` };
			return {
				band: 'moderate',
				why: `${done} (${say.cut.range(c.moderateFromKm, c.highAboveKm, 'km', km)}) and you run in one pair.`
			};
		}
		return { band: 'low', why: `${done} (under ${say.cut.km(c.moderateFromKm, km)}).` };
	}
});

/** The factor's rows, in the contract's order of finding ids. */
export const rules = [drop, toebox, wear] as const;
