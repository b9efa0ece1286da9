/**
 * The shape of one catalog shoe, as `npm run catalog` (scripts/build-catalog.js) writes it and as
 * GET /api/shoes answers it. The server checks the built file against this schema when it loads,
 * so a hand edit that breaks the shape fails at once; the types come from the schema. This module
 * holds no shoe: the pages import its types and labels, the catalog itself stays on the server.
 */
import * as v from 'valibot';

/** RunRepeat's labels, in the order a list of them is written out. */
export const SUPPORTS = ['neutral', 'stability'] as const;
export const PLATES = ['none', 'carbon', 'plated-other'] as const;
export const PACES = ['daily-running', 'tempo', 'competition'] as const;
export const STRIKES = ['heel-strike', 'forefoot-strike'] as const;
export const WIDTHS = ['narrow', 'standard', 'wide', 'extra-wide'] as const;

const figure = (description: string) =>
	v.optional(v.pipe(v.number(), v.finite(), v.description(description)));
const https = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * RunRepeat's measurements of a men's US 9 sample (shoe cut in half; stacks at 12% and 75% of
 * the inner length). A figure is absent where RunRepeat did not measure it. The toe-box widths
 * are inner widths on two methods that are never compared: the retired one reads about 3–5 mm
 * wider.
 */
export const LabSchema = v.strictObject({
	/** the RunRepeat page the figures come from: credit it wherever one is shown */
	source: v.pipe(https, v.description('RunRepeat’s page for this shoe (credit and link it)')),
	dropMm: figure('Heel stack − forefoot stack'),
	heelStackMm: figure('Stack at the heel'),
	forefootStackMm: figure('Stack at the forefoot'),
	weightG: figure('Weight of one shoe'),
	toeboxWidestMm: figure('Toe box inner width at its widest part, current method'),
	toeboxBigToeMm: figure('Toe box inner width at the big toe, current method'),
	toeboxWidestOldMethodMm: figure(
		'Toe box widest part, retired method (about 3–5 mm wider: never compare with the current one)'
	),
	toeboxBigToeOldMethodMm: figure('Toe box at the big toe, retired method'),
	midsoleWidthForefootMm: figure('Width of the sole platform under the forefoot'),
	midsoleWidthHeelMm: figure('Width of the sole platform under the heel'),
	forefootStiffnessN: figure('Force to bend the forefoot 90°')
});

/** A brand's figures as reviewers and retailers repeat them, with the pages they came from. */
export const StatedSchema = v.strictObject({
	dropMm: figure('Drop the brand states'),
	heelStackMm: figure('Heel stack the brand states'),
	forefootStackMm: figure('Forefoot stack the brand states'),
	weightG: figure('Weight the brand states'),
	/** which size or scale the stated weight is for */
	weightBasis: v.optional(v.string()),
	/** what kind of page gave the figures (reviewer spec line, retailer…) */
	sourceType: v.optional(v.string()),
	sources: v.array(https)
});

export const CatalogShoeSchema = v.strictObject({
	/** RunRepeat's slug; a shoe it has not measured: brand + model, slugified */
	id: v.pipe(v.string(), v.regex(ID)),
	brand: v.string(),
	/** as RunRepeat lists it, brand included */
	name: v.string(),
	/** not discontinued in RunRepeat's file (a shoe only the CSV lists counts as current) */
	current: v.boolean(),
	/** false: a shoe RunRepeat's road lab file does not hold (from the sourced CSV alone) */
	inLabFile: v.boolean(),
	/** release date, YYYY-MM-DD, as RunRepeat lists it */
	released: v.nullable(v.pipe(v.string(), v.isoDate())),
	support: v.nullable(v.picklist(SUPPORTS)),
	plate: v.nullable(v.picklist(PLATES)),
	pace: v.array(v.picklist(PACES)),
	/** RunRepeat's label of the landings the shoe suits, not a measurement */
	strike: v.array(v.picklist(STRIKES)),
	widths: v.array(v.picklist(WIDTHS)),
	/** RunRepeat's recommended price in pounds */
	priceGbp: v.nullable(v.number()),
	/** ids of the model's neighbours in its line; one may be missing from the catalog */
	previousVersion: v.nullable(v.pipe(v.string(), v.regex(ID))),
	nextVersion: v.nullable(v.pipe(v.string(), v.regex(ID))),
	lab: v.nullable(LabSchema),
	stated: v.nullable(StatedSchema),
	/** the catalog compiler's notes on conflicts between sources */
	notes: v.nullable(v.string()),
	/** every address the shoe's figures and notes came from */
	sources: v.array(https)
});

export const CatalogFileSchema = v.strictObject({
	attribution: v.string(),
	labFile: v.strictObject({ source: v.string(), commit: v.string(), compiledAt: v.string() }),
	shoes: v.array(CatalogShoeSchema)
});

export type CatalogShoe = v.InferOutput<typeof CatalogShoeSchema>;
export type Support = (typeof SUPPORTS)[number];
export type Plate = (typeof PLATES)[number];
export type Width = (typeof WIDTHS)[number];
