import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Page from './+page.svelte';
import { buildMethod, type MethodTable } from './method';
import { HEEL_RAISE_NORMS } from '$lib/risk/norms';
import { interpretations, methodNotes } from '$lib/risk/notes';
import type { Cuts } from '$lib/risk/rule';
import { FACTOR_ROWS, FINDING_RULES, TOTAL_WEIGHT, ruleFor, textContext } from '$lib/risk/rules';
import { FACTOR_BAND_CUTS, INDEX_BAND_CUTS, MODEL_VERSION } from '$lib/risk/scoring';
import { FACTORS, FINDING_IDS, RED_FLAGS, TIP_IDS, type FindingId } from '$lib/risk/schema';
import { TIPS } from '$lib/risk/tip-table';
import { FLAG_ROWS, LEVEL_HEADING, triage } from '$lib/risk/triage';

/** The actual page component, server-rendered with the view model of the given table. */
function renderPage(changes: Partial<MethodTable> = {}): string {
	const data = { method: buildMethod(changes) };
	return render(Page, { props: { data, params: {} } as never }).body;
}

/** A copy of the engine's table with one finding's weight changed. */
function withWeight(id: FindingId, weight: number): Partial<MethodTable> {
	return {
		findings: FINDING_RULES.map((r) => (r.id === id ? { ...r, weight } : r))
	};
}

/** A copy of the engine's table with some cut-points of rows changed, texts rebuilt from them. */
function withCuts(changes: Partial<Record<FindingId, Cuts>>): Partial<MethodTable> {
	return {
		findings: FINDING_RULES.map((r) => {
			const change = changes[r.id];
			return change ? r.withCuts(change) : r;
		})
	};
}

/** The engine's own notes and interpretations, as the page must show them. */
const ENGINE_WORDS = textContext();
const METHOD_NOTES = methodNotes(ENGINE_WORDS.row, {
	factor: FACTOR_BAND_CUTS,
	index: INDEX_BAND_CUTS
});
const INTERPRETATIONS = interpretations(ENGINE_WORDS.row);

/** The text of the weights-table cell of one finding. */
const weightCell = (html: string, id: string) =>
	html.match(new RegExp(`data-weight="${id.replace('.', '\\.')}"[^>]*>([^<]*)<`))?.[1];

const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');

describe('the method page is generated from the rule table', () => {
	const original = renderPage();

	it('renders the engine weight of load.spike, and 4 when the table says 4', () => {
		expect(weightCell(original, 'load.spike')).toBe('3');
		const html = renderPage(withWeight('load.spike', 4));
		expect(weightCell(html, 'load.spike')).toBe('4');
		// The total and every share follow the changed weight.
		expect(plain(html)).toContain(`total ${TOTAL_WEIGHT + 1}`);
		expect(plain(original)).toContain(`total ${TOTAL_WEIGHT}`);
		expect(plain(html)).toContain(`4 (21.1% of ${TOTAL_WEIGHT + 1}; our judgement)`);
		expect(plain(original)).toContain(`3 (16.7% of ${TOTAL_WEIGHT}; our judgement)`);
	});

	it('moves load.spike into the high-finding lift list once its weight reaches it', () => {
		const lifted = (html: string) =>
			plain(html).match(/Findings heavy enough: (.*?) \. expert opinion/)?.[1] ?? '';
		expect(lifted(original)).toContain('load.spike');
		const light = renderPage(withWeight('load.spike', 1));
		expect(lifted(light)).not.toContain('load.spike');
		expect(lifted(light)).toContain('overuse.pain');
	});

	it('renders a changed cut-point', () => {
		const cuts = (html: string) =>
			html.match(/data-cuts="load\.spike"[^>]*>([\s\S]*?)<\/ul>/)?.[1] ?? '';
		expect(plain(cuts(original))).toContain('high above 2');
		const html = renderPage(withCuts({ 'load.spike': { highAbove: 2.5 } }));
		expect(plain(cuts(html))).toContain('high above 2.5');
		expect(plain(cuts(html))).not.toMatch(/high above 2 /);
	});

	it('renders changed index cuts, lift, modifier and version', () => {
		const html = plain(
			renderPage({
				version: 'test-9.9.9',
				indexBandCuts: { moderateFrom: 20, highFrom: 55 },
				highFindingLift: { minWeight: 3, liftsTo: 'moderate' },
				previousInjury: { levels: 2, evidence: 'A made-up study 2099' }
			})
		);
		expect(html).toContain('moderate from 20, high from 55');
		expect(html).toContain('with a weight of 3 or more');
		expect(html).toContain('raises the overall band by 2 levels');
		expect(html).toContain('A made-up study 2099');
		expect(html).toContain('test-9.9.9');
		expect(html).not.toContain(MODEL_VERSION);
	});

	it('renders changed heel-raise norms', () => {
		const rows = HEEL_RAISE_NORMS.byDecade.map((r) => (r.from === 20 ? { ...r, male: 41 } : r));
		const html = renderPage({
			heelRaiseNorms: { ...HEEL_RAISE_NORMS, byDecade: rows }
		});
		expect(plain(html)).toMatch(/20–29 41 31/);
		expect(plain(original)).toMatch(/20–29 37 31/);
		const exact = renderPage({
			heelRaiseNorms: { ...HEEL_RAISE_NORMS, approximate: false }
		});
		const norms = (page: string) => plain(page).match(/Heel-raise norms The(.*?)Source:/)?.[1];
		expect(norms(original)).toMatch(/These norms are approximate.*Approximate single-leg/);
		expect(norms(exact)).toMatch(/Single-leg heel raises/);
		expect(norms(exact)).not.toMatch(/approximate/i);
	});
});

describe('the method page shows everything in the table', () => {
	const html = renderPage();
	const text = plain(html);

	it('has every finding id with an anchor and its weight', () => {
		for (const id of FINDING_IDS) {
			expect(html).toContain(`id="finding-${id.replace('.', '-')}"`);
			expect(weightCell(html, id)).toBe(String(FINDING_RULES.find((r) => r.id === id)?.weight));
		}
	});

	it.each(TIP_IDS)('has tip %s', (id) => {
		expect(html).toContain(`id="tip-${id}"`);
		const tip = TIPS.find((t) => t.id === id);
		expect(text).toContain(tip?.evidence);
	});

	it.each(FLAG_ROWS.map((row) => [row.id, row] as const))(
		'has red flag %s under its level',
		(flag, row) => {
			const section = html.split(`id="triage-${row.level}"`)[1]?.split('<h3')[0] ?? '';
			expect(section).toContain(flag);
			expect(plain(section)).toContain(row.label);
		}
	);

	it('has the rules version, every note and every interpretation', () => {
		expect(text).toContain(MODEL_VERSION);
		for (const note of METHOD_NOTES) expect(text).toContain(plain(note.text).trim());
		for (const item of INTERPRETATIONS) expect(text).toContain(item.topic);
	});

	it('labels opinion as expert opinion and the norms as approximate', () => {
		expect(text).toContain('expert opinion');
		expect(text).toMatch(/Approximate single-leg heel raises/);
		const volume = html.split('id="finding-overuse-volume"')[1]?.split('</article>')[0] ?? '';
		expect(plain(volume)).toContain('expert opinion');
		const spike = html.split('id="finding-load-spike"')[1]?.split('</article>')[0] ?? '';
		// Spike's thresholds rest on data; only its after-a-layoff clause is opinion.
		expect(plain(spike).match(/expert opinion/g)).toHaveLength(1);
	});

	it('has a unique title and a table of contents whose links all land', () => {
		expect(html).not.toContain('<title>');
		const head = render(Page, {
			props: { data: { method: buildMethod() }, params: {} } as never
		}).head;
		expect(head).toContain('<title>Method: how Stridecheck scores calf risk</title>');
		const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
		expect(targets.length).toBeGreaterThan(10);
		for (const t of targets) expect(html).toContain(`id="${t}"`);
	});
});

describe('buildMethod', () => {
	const view = buildMethod();

	it('follows a copied table in its tips, interpretations and band conditions', () => {
		const page = buildMethod(
			withCuts({ 'shoe.wear': { highAboveKm: 900 }, 'load.spike': { moderateAbove: 1.2 } })
		);
		expect(page.tips.find((t) => t.id === 'corrective-shoes')?.text).toContain('900 km');
		expect(page.interpretations.map((i) => i.decision).join()).toContain('R = 1.20 is low');
		const wear = page.factors.flatMap((f) => f.findings).find((f) => f.id === 'shoe.wear');
		expect(wear?.bands.map((b) => b.when)).toContain('over 900 km, whatever the rotation');
	});

	it('words a lower-drop switch with a one-month window in the singular', () => {
		const page = buildMethod(withCuts({ 'shoe.drop': { transitionMonths: 1 } }));
		const reads = page.tips.flatMap((t) => t.triggers.flatMap((tr) => tr.reads));
		expect(reads).toContain('lower-drop switch (≥ 4 mm below the usual drop, run in < 1 month)');
	});

	it('shows the strike interaction as a one-level raise, not a band', () => {
		const drop = view.factors
			.flatMap((f) => f.findings)
			.find((f) => f.id === 'shoe.drop')!
			.bands.at(-1);
		expect(drop).toMatchObject({ band: 'raise', label: 'up one level', opinion: true });
	});

	it("names each factor and finding by the engine's own titles, and quotes the article's causes", () => {
		for (const factor of FACTOR_ROWS) {
			const shown = view.factors.find((f) => f.id === factor.id);
			expect(shown).toMatchObject({
				title: factor.title,
				cause: factor.cause,
				number: FACTOR_ROWS.indexOf(factor) + 1
			});
		}
		for (const f of view.factors.flatMap((x) => x.findings))
			expect(f.title).toBe(ruleFor(f.id).title);
		const text = plain(renderPage());
		expect(text).toContain('2. Calf strength and flexibility');
		expect(text).toContain("The article's cause: “Weakness (tight or weak calves)”");
	});

	it('groups every finding under its factor, in the article order', () => {
		expect(view.factors.map((f) => f.id)).toEqual(['overuse', 'calf', 'form', 'shoe', 'load']);
		expect(new Set(view.factors.map((f) => f.id))).toEqual(new Set(FACTORS));
		for (const factor of view.factors)
			for (const f of factor.findings)
				expect(FINDING_RULES.find((r) => r.id === f.id)?.factor).toBe(factor.id);
		expect(view.factors.flatMap((f) => f.findings).length).toBe(FINDING_IDS.length);
	});

	it('sums the weights to the engine total', () => {
		expect(view.totalWeight).toBe(String(TOTAL_WEIGHT));
	});

	it.each([
		['load.spike', '3', 'per runner'],
		['shoe.drop', '2', 'per shoe'],
		['shoe.toebox', '0.5', 'per shoe'],
		['overuse.pain', '3', 'per runner']
	])('%s weighs %s and is computed %s', (id, weight, scope) => {
		const f = view.factors.flatMap((x) => x.findings).find((x) => x.id === id);
		expect(f?.weight).toBe(weight);
		expect(f?.scope).toBe(scope);
	});

	it('marks a band condition as opinion and drops the bare "(opinion)" it is labelled by', () => {
		const wear = view.factors.flatMap((x) => x.findings).find((x) => x.id === 'shoe.wear');
		expect(wear?.bands.map((b) => [b.band, b.opinion])).toEqual([
			['low', false],
			['moderate', true],
			['high', true],
			['unknown', false]
		]);
		expect(wear?.bands.some((b) => b.when.includes('(opinion)'))).toBe(false);
		const strike = view.factors.flatMap((x) => x.findings).find((x) => x.id === 'form.strike');
		expect(strike?.bands.find((b) => b.band === 'high')).toEqual({
			band: 'high',
			label: 'high',
			when: 'forefoot adopted in the last 3 months (window: opinion)',
			opinion: true
		});
	});

	it.each([
		['load.spike', 'moderateAbove', 'moderate above', '1.1'],
		['calf.strength', 'moderateBelowNormMinus', 'moderate below norm minus', '6'],
		['calf.flexibility', 'lowFromCm', 'low from', '10 cm'],
		['shoe.drop', 'heavyWeekKmAbove', 'heavy week above', '35 km'],
		['overuse.volume', 'regularMonths', 'regular months', '6']
	] as const)('words the cut %s %s as "%s" %s', (id, key, label, shown) => {
		const finding = view.factors.flatMap((f) => f.findings).find((f) => f.id === id);
		expect(finding?.cuts.find((c) => c.key === key)).toEqual({ key, label, value: shown });
	});

	it('orders triage levels most serious first and places every flag once', () => {
		expect(view.triage.levels.map((l) => l.level)).toEqual([
			'emergency',
			'urgent',
			'see-clinician'
		]);
		expect(view.triage.levels.map((l) => l.name)).toEqual([
			LEVEL_HEADING.emergency,
			LEVEL_HEADING.urgent,
			LEVEL_HEADING['see-clinician']
		]);
		const flags = view.triage.levels.flatMap((l) => l.flags.map((f) => f.id));
		expect([...flags].sort()).toEqual([...RED_FLAGS].sort());
	});

	it('spells out each tip trigger as the conditions the engine checks', () => {
		const heel = view.tips.find((t) => t.id === 'heel-wedges');
		expect(heel?.triggers).toEqual([
			{
				when: 'current calf pain with heel drop moderate or high',
				reads: ['overuse.pain moderate/high', 'shoe.drop moderate/high']
			},
			{
				when: 'forefoot strike in a shoe with a drop of 6 mm or less',
				reads: ['form.strike moderate/high', 'scored drop ≤ 6 mm']
			}
		]);
		const switched = buildMethod(withCuts({ 'shoe.drop': { switchAtLeastMm: 5 } })).tips.find(
			(t) => t.id === 'gradual-transition'
		);
		expect(switched?.triggers[0]?.reads[0]).toContain('≥ 5 mm below the usual drop');
		const pro = view.tips.find((t) => t.id === 'see-a-professional');
		expect(pro?.triggers[0]?.when).toMatch(/any red flag/);
	});

	it('says what each confidence answer can add', () => {
		const heel = view.sharpen.find((s) => s.id === 'heel-raise-test');
		// calf.strength 2 + calf.symmetry 1 of 18.
		expect(heel?.adds).toBe((3 / TOTAL_WEIGHT).toFixed(2));
	});
});

describe('the method page speaks to a runner or physio, not to the code', () => {
	const text = plain(renderPage());

	it.each([
		// Internal names of the API document and its JSON values.
		[/api\.md/i],
		[/\bIndex null\b/],
		[/\bnull\b/],
		[/\bvalid request\b/]
	])('never says %s', (jargon) => {
		expect(text).not.toMatch(jargon);
	});

	it.each([
		[
			'Clot risks with a sign of a clot',
			'with any sign of a clot the card is urgent anyway, because the sign is, and it says to see a doctor'
		],
		[
			'Values exactly on a cut-point',
			'If your number lands exactly on a boundary, it counts in the lower band'
		],
		[
			'Index band without any assessed finding',
			'No index (not enough answers to score) and the band reads unknown'
		],
		[
			'A tip\'s "Because of" list',
			'in a fixed order (load, overuse, calf, form, then shoe findings)'
		]
	])('"%s" reads "%s"', (topic, decision) => {
		const item = INTERPRETATIONS.find((i) => i.topic === topic);
		expect(item?.decision).toContain(decision);
		expect(text).toContain(decision);
	});

	it("the card order it describes is the engine's", () => {
		const reasons = triage(['sudden-pop', 'clot-risk', 'hard-veins', 'one-sided-swelling']).reasons;
		// Most serious level first, then the order of the table the page lists.
		expect(reasons).toEqual(['one-sided-swelling', 'hard-veins', 'sudden-pop', 'clot-risk']);
		expect(plain(renderPage())).toContain('the card lists every sign ticked, most serious first');
	});
});
