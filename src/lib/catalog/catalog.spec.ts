// Walks the whole catalog: every number the /shoes page shows must trace to an address listed in
// its own row's sources, and the RunRepeat credit must be built from the row's slug.
import { describe, expect, it } from 'vitest';
import { catalog, dropGap, findShoe, runrepeatUrl, type CatalogShoe } from './catalog';

const LAB_FILE =
	/^https:\/\/github\.com\/rocker1904\/shoe-lab\/blob\/[0-9a-f]{40}\/data\/shoes\.csv$/;
const LAB_REPO = /^https:\/\/github\.com\/rocker1904\/shoe-lab\//;

const labNumbers = (s: CatalogShoe) =>
	s.lab
		? [
				s.lab.dropMm,
				s.lab.heelStackMm,
				s.lab.forefootStackMm,
				s.lab.weightG,
				s.lab.toeBoxWidestMm,
				s.lab.toeBoxBigToeMm,
				s.lab.midsoleWidthForefootMm
			].filter((n) => n !== null)
		: [];
const statedNumbers = (s: CatalogShoe) =>
	s.stated
		? [s.stated.dropMm, s.stated.heelStackMm, s.stated.forefootStackMm, s.stated.weightG].filter(
				(n) => n !== null
			)
		: [];

describe('the catalog data', () => {
	it('holds the 60 shoes of the CSV, each id once', () => {
		expect(catalog).toHaveLength(60);
		expect(new Set(catalog.map((s) => s.id)).size).toBe(60);
	});

	it.each(catalog.map((s) => [s.id, s] as const))('%s: lab figures trace to the lab', (_, s) => {
		if (labNumbers(s).length === 0) {
			expect(s.lab).toBeNull();
			return;
		}
		expect(s.sources).toContain(s.lab?.source);
		// the GitHub lab file when the shoe is in it, else the RunRepeat page of this very shoe
		const fromFile = LAB_FILE.test(s.lab?.source ?? '');
		const fromPage = s.lab?.source === `https://runrepeat.com/${s.id}`;
		expect(fromFile || fromPage).toBe(true);
		if (!fromFile) expect(s.sources.some((u) => LAB_FILE.test(u))).toBe(false);
	});

	it.each(catalog.map((s) => [s.id, s] as const))(
		'%s: stated figures trace to a page outside the lab',
		(_, s) => {
			if (statedNumbers(s).length === 0) {
				expect(s.stated).toBeNull();
				return;
			}
			expect(s.stated?.sources.length).toBeGreaterThan(0);
			for (const u of s.stated?.sources ?? []) {
				expect(s.sources).toContain(u);
				expect(u).not.toMatch(LAB_REPO);
			}
			expect(s.stated?.sourceType).toBeTruthy();
		}
	);

	it.each(catalog.map((s) => [s.id, s] as const))('%s: toe-box widths carry a method', (_, s) => {
		const has = s.lab?.toeBoxWidestMm != null || s.lab?.toeBoxBigToeMm != null;
		if (has) expect(['new', 'old']).toContain(s.lab?.toeBoxMethod);
		else expect(s.lab?.toeBoxMethod ?? null).toBeNull();
	});

	it('credits RunRepeat at the address built from the slug', () => {
		for (const s of catalog) {
			const url = runrepeatUrl(s);
			if (s.runrepeatSlug) expect(url).toBe(`https://runrepeat.com/${s.runrepeatSlug}`);
			else if (s.lab) expect(url).toBe(s.lab.source);
			else expect(url).toBeNull();
			if (s.runrepeatSlug) expect(s.id).toBe(s.runrepeatSlug);
		}
	});

	it('knows the brands and the counts of the README', () => {
		expect(new Set(catalog.map((s) => s.brand)).size).toBe(16);
		expect(catalog.filter((s) => s.lab?.toeBoxMethod === 'old')).toHaveLength(6);
		expect(catalog.filter((s) => s.lab?.toeBoxMethod === 'new')).toHaveLength(50);
	});
});

describe('dropGap', () => {
	it.each([
		['hoka-clifton-10', 4.4],
		['hoka-mach-6', 4.6],
		['nike-pegasus-41', 1.4],
		['altra-torin-7', -0.8],
		['nike-vomero-18', null],
		['altra-lone-peak-9', null]
	])('%s → %s', (id, gap) => {
		const shoe = findShoe(id);
		expect(shoe).toBeDefined();
		expect(dropGap(shoe as CatalogShoe)).toBe(gap);
	});
});
