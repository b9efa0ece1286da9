/**
 * The shoe catalog: 60 real models from ../shared/data/shoe-catalog.csv, built into shoes.json
 * by `npm run catalog` (scripts/build-catalog.js). The JSON is checked against this schema when
 * the module loads, so a hand edit that breaks the shape fails at once, and the types come
 * from the schema.
 */
import * as v from 'valibot';
import raw from './shoes.json';

export const CATEGORIES = [
	'daily trainer',
	'max cushion',
	'stability',
	'racing',
	'trail',
	'zero-drop/foot-shaped'
] as const;

/** RunRepeat's toe-box methods: `old` (retired) reads about 3–5 mm wider than `new`. */
export const TOE_BOX_METHODS = ['new', 'old'] as const;

const mm = v.nullable(v.pipe(v.number(), v.finite()));
const https = v.pipe(v.string(), v.url(), v.startsWith('https://'));

const StatedSchema = v.strictObject({
	dropMm: mm,
	heelStackMm: mm,
	forefootStackMm: mm,
	weightG: mm,
	weightBasis: v.nullable(v.string()),
	/** what kind of page gave the figures (reviewer spec line, retailer…) */
	sourceType: v.nullable(v.string()),
	/** the row's pages outside the lab repository: every stated figure came from these */
	sources: v.array(https)
});

const LabSchema = v.strictObject({
	dropMm: mm,
	heelStackMm: mm,
	forefootStackMm: mm,
	weightG: mm,
	toeBoxWidestMm: mm,
	toeBoxBigToeMm: mm,
	toeBoxMethod: v.nullable(v.picklist(TOE_BOX_METHODS)),
	midsoleWidthForefootMm: mm,
	/** the lab file (rocker1904/shoe-lab shoes.csv) or the RunRepeat page the lab figures came from */
	source: https
});

export const CatalogShoeSchema = v.strictObject({
	/** stable address on this site: the RunRepeat slug, else brand + model slugified */
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	brand: v.string(),
	model: v.string(),
	category: v.picklist(CATEGORIES),
	stated: v.nullable(StatedSchema),
	lab: v.nullable(LabSchema),
	widthsAvailable: v.array(v.string()),
	runrepeatSlug: v.nullable(v.string()),
	notes: v.nullable(v.string()),
	/** every address the row's numbers came from */
	sources: v.array(https)
});

export type CatalogShoe = v.InferOutput<typeof CatalogShoeSchema>;
export type Category = (typeof CATEGORIES)[number];
export type ToeBoxMethod = (typeof TOE_BOX_METHODS)[number];

export const catalog: readonly CatalogShoe[] = v.parse(v.array(CatalogShoeSchema), raw);

export function shoeName(shoe: CatalogShoe): string {
	return `${shoe.brand} ${shoe.model}`;
}

/**
 * Where to credit RunRepeat: its lab page for the shoe. Built from the slug; a shoe without a
 * slug whose lab figures were read straight off a RunRepeat page links to that page.
 */
export function runrepeatUrl(shoe: CatalogShoe): string | null {
	if (shoe.runrepeatSlug) return `https://runrepeat.com/${shoe.runrepeatSlug}`;
	if (shoe.lab && /^https:\/\/runrepeat\.com\//.test(shoe.lab.source)) return shoe.lab.source;
	return null;
}

/** Stated minus measured drop, when both are known (brands often state several mm too little). */
export function dropGap(shoe: CatalogShoe): number | null {
	const stated = shoe.stated?.dropMm;
	const lab = shoe.lab?.dropMm;
	if (stated == null || lab == null) return null;
	return Math.round((lab - stated) * 10) / 10;
}

/** A gap this big is worth pointing out: the scored (measured) drop differs from the box. */
export const NOTABLE_DROP_GAP_MM = 2;

export function findShoe(id: string): CatalogShoe | undefined {
	return catalog.find((s) => s.id === id);
}
