import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CatalogFileSchema } from '../src/lib/catalog/schema';
import {
	buildCatalog,
	CatalogError,
	COLUMNS,
	DEFAULT_CSV,
	DEFAULT_LAB,
	OUTPUT,
	parseCsv,
	serialize
} from './build-catalog.js';

describe('parseCsv', () => {
	it.each([
		['plain fields', 'a,b,c\n', [['a', 'b', 'c']]],
		['a quoted comma', 'a,"b, c",d\n', [['a', 'b, c', 'd']]],
		['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
		['empty fields', 'a,,c,\n', [['a', '', 'c', '']]],
		['an empty quoted field', '"",b\n', [['', 'b']]],
		['a line break inside quotes', '"one\ntwo",b\n', [['one\ntwo', 'b']]],
		[
			'CRLF line ends',
			'a,b\r\nc,d\r\n',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'no final newline',
			'a,b\nc,d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		['a BOM', '\ufeffa,b\n', [['a', 'b']]],
		['blank lines skipped', 'a\n\nb\n', [['a'], ['b']]]
	])('%s', (_, input, expected) => {
		expect(parseCsv(input).map((r) => r.fields)).toEqual(expected);
	});

	it('numbers rows by the line they start on', () => {
		expect(parseCsv('h\n"x\ny"\nz\n').map((r) => r.line)).toEqual([1, 2, 4]);
	});

	it.each([
		['an unclosed quote', 'a,"b\n'],
		['text after a closing quote', 'a,"b"c\n'],
		['a quote inside an unquoted field', 'a,b"c"\n']
	])('refuses %s', (_, input) => {
		expect(() => parseCsv(input)).toThrow(CatalogError);
	});
});

const LAB_CSV =
	'https://github.com/rocker1904/shoe-lab/blob/083c06d13771fc1a89299063b48dbf09f03be58c/data/shoes.csv';

/** One lab-file shoe as the shared file gives it; tests change one field at a time. */
function labShoe(over: Record<string, unknown> = {}, lab: Record<string, unknown> = {}) {
	const slug = (over.slug as string | undefined) ?? 'nike-pegasus-41';
	return {
		slug,
		brand: 'Nike',
		name: 'Nike Pegasus 41',
		url: `https://runrepeat.com/${slug}`,
		releasedAt: '2024-06-01',
		discontinued: true,
		previousVersion: null,
		nextVersion: null,
		plate: 'none',
		archSupport: ['neutral'],
		pace: ['daily-running'],
		strikePattern: ['heel-strike'],
		widths: ['wide', 'standard'],
		msrpGbp: 140,
		...over,
		lab: {
			heelStackMm: 33.6,
			forefootStackMm: 22.2,
			dropMm: 11.4,
			weightG: 281,
			midsoleWidthForefootMm: 115.6,
			midsoleWidthHeelMm: 89.2,
			toeboxWidestMm: 94.6,
			toeboxBigToeMm: 72.9,
			toeboxHeightMm: 27,
			insoleThicknessMm: 4.5,
			...lab
		}
	};
}

function labFile(shoes: unknown[]) {
	return {
		source: 'RunRepeat lab measurements',
		sourceCommit: 'a9c8f4f',
		compiledAt: '2026-08-17T07:03:35.748Z',
		attribution: 'Credit RunRepeat.',
		fields: { dropMm: { runrepeatTest: 'Drop', units: 'mm', method: 'current' } },
		shoes
	};
}

const row: Record<string, string> = {
	brand: 'Nike',
	model: 'Pegasus 41',
	category: 'daily trainer',
	stated_drop_mm: '10',
	stated_heel_stack_mm: '37',
	stated_forefoot_stack_mm: '27',
	stated_weight_g: '283',
	stated_weight_basis: "men's US 9",
	stated_specs_source_type: 'reviewer spec line',
	lab_drop_mm: '11.4',
	lab_heel_stack_mm: '33.6',
	lab_forefoot_stack_mm: '22.2',
	lab_weight_g: '281',
	lab_toebox_width_widest_mm: '94.6',
	lab_toebox_width_big_toe_mm: '72.9',
	lab_toebox_method: 'new',
	lab_midsole_width_forefoot_mm: '115.6',
	widths_available: 'standard; wide',
	runrepeat_slug: 'nike-pegasus-41',
	notes: 'Weight conflict: 283 g, 298 g',
	sources: `${LAB_CSV} https://www.doctorsofrunning.com/x.html`
};
const trailRow: Record<string, string> = {
	...Object.fromEntries(COLUMNS.map((c) => [c, ''])),
	brand: 'HOKA',
	model: 'Speedgoat 6',
	category: 'trail',
	lab_drop_mm: '4.9',
	lab_weight_g: '278',
	notes: 'Not in the lab file (trail).',
	sources: 'https://runrepeat.com/hoka-speedgoat-6'
};

function csv(rows: Record<string, string>[]): string {
	const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
	return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => q(r[c] ?? '')).join(','))]
		.join('\n')
		.concat('\n');
}

const build = (shoes: unknown[], rows: Record<string, string>[] = []) =>
	buildCatalog(labFile(shoes), csv(rows));

describe('buildCatalog', () => {
	it('merges a lab shoe with its CSV row: lab figures, stated figures, notes, sources', () => {
		const { shoes } = build([labShoe()], [row]);
		expect(shoes).toEqual([
			{
				id: 'nike-pegasus-41',
				brand: 'Nike',
				name: 'Nike Pegasus 41',
				current: false,
				inLabFile: true,
				released: '2024-06-01',
				support: 'neutral',
				plate: 'none',
				pace: ['daily-running'],
				strike: ['heel-strike'],
				widths: ['standard', 'wide'],
				priceGbp: 140,
				previousVersion: null,
				nextVersion: null,
				lab: {
					source: 'https://runrepeat.com/nike-pegasus-41',
					dropMm: 11.4,
					heelStackMm: 33.6,
					forefootStackMm: 22.2,
					weightG: 281,
					toeboxWidestMm: 94.6,
					toeboxBigToeMm: 72.9,
					midsoleWidthForefootMm: 115.6,
					midsoleWidthHeelMm: 89.2
				},
				stated: {
					dropMm: 10,
					heelStackMm: 37,
					forefootStackMm: 27,
					weightG: 283,
					weightBasis: "men's US 9",
					sourceType: 'reviewer spec line',
					sources: ['https://www.doctorsofrunning.com/x.html']
				},
				notes: 'Weight conflict: 283 g, 298 g',
				sources: [
					'https://runrepeat.com/nike-pegasus-41',
					LAB_CSV,
					'https://www.doctorsofrunning.com/x.html'
				]
			}
		]);
	});

	it('keeps a lab shoe without a CSV row, with no stated figures', () => {
		const { shoes } = build([labShoe({ discontinued: false })]);
		expect(shoes[0]).toMatchObject({ current: true, stated: null, notes: null });
		expect(shoes[0]?.sources).toEqual(['https://runrepeat.com/nike-pegasus-41']);
	});

	it('keeps a CSV row the lab file lacks, marked as such, with its RunRepeat page as lab source', () => {
		const { shoes } = build([labShoe()], [trailRow]);
		expect(shoes.map((s) => s.id)).toEqual(['hoka-speedgoat-6', 'nike-pegasus-41']);
		expect(shoes[0]).toMatchObject({
			name: 'HOKA Speedgoat 6',
			current: true,
			inLabFile: false,
			lab: { source: 'https://runrepeat.com/hoka-speedgoat-6', dropMm: 4.9, weightG: 278 },
			stated: null,
			previousVersion: null
		});
	});

	it('files an old-method toe box under the old-method fields, never the current ones', () => {
		const lab = { toeboxWidestMm: undefined, toeboxBigToeMm: undefined };
		const old = { toeboxWidestOldMethodMm: 99.2, toeboxBigToeOldMethodMm: 78.8 };
		const csvRow = {
			...row,
			lab_toebox_method: 'old (retired)',
			lab_toebox_width_widest_mm: '99.2',
			lab_toebox_width_big_toe_mm: '78.8'
		};
		const { shoes } = build([labShoe({}, { ...lab, ...old })], [csvRow]);
		expect(shoes[0]?.lab).toMatchObject(old);
		expect(shoes[0]?.lab).not.toHaveProperty('toeboxWidestMm');
	});

	it('drops the measurements nothing uses', () => {
		const { shoes } = build([labShoe()]);
		expect(shoes[0]?.lab).not.toHaveProperty('toeboxHeightMm');
		expect(shoes[0]?.lab).not.toHaveProperty('insoleThicknessMm');
	});

	it('is deterministic: the input order changes nothing', () => {
		const a = labShoe({ slug: 'a-one', name: 'A One', nextVersion: 'b-two' });
		const b = labShoe({ slug: 'b-two', name: 'B Two', previousVersion: 'a-one' });
		expect(serialize(build([b, a], [trailRow]))).toBe(serialize(build([a, b], [trailRow])));
	});

	it.each([
		[
			'a number as text',
			labShoe({}, { dropMm: '11.4' }),
			/shoe 0 \(nike-pegasus-41\), lab\.dropMm/
		],
		['a drop out of range', labShoe({}, { dropMm: 40 }), /lab\.dropMm/],
		['an unknown field', { ...labShoe(), colour: 'red' }, /colour/],
		['an unknown plate', labShoe({ plate: 'steel' }), /plate/],
		['a width twice', labShoe({ widths: ['wide', 'wide'] }), /lists a label twice/],
		['an unknown width', labShoe({ widths: ['huge'] }), /widths/],
		['two supports', labShoe({ archSupport: ['neutral', 'stability'] }), /more than one support/],
		['a bad date', labShoe({ releasedAt: '2024-13-01' }), /not a date/],
		[
			'a url off its slug',
			labShoe({ url: 'https://runrepeat.com/other' }),
			/runrepeat.com\/<slug>/
		],
		['a drop that is not heel − forefoot', labShoe({}, { dropMm: 9 }), /heel stack − forefoot/],
		['a missing drop', labShoe({}, { dropMm: undefined }), /dropMm/]
	])('fails loudly on %s in the lab file', (_, shoe, message) => {
		expect(() => build([shoe])).toThrow(message);
	});

	it.each([
		['two shoes with one slug', [labShoe(), labShoe()], /share the slug/],
		[
			'a next version that does not name it back',
			[
				labShoe({ slug: 'a-one', nextVersion: 'b-two' }),
				labShoe({ slug: 'b-two', previousVersion: null })
			],
			/names b-two as its next version/
		],
		[
			'versions in a loop',
			[
				labShoe({ slug: 'a-one', nextVersion: 'b-two', previousVersion: 'b-two' }),
				labShoe({ slug: 'b-two', nextVersion: 'a-one', previousVersion: 'a-one' })
			],
			/loop/
		]
	])('fails loudly on %s', (_, shoes, message) => {
		expect(() => build(shoes)).toThrow(message);
	});

	it.each([
		[
			'a word where a number belongs',
			{ lab_drop_mm: 'ten' },
			/line 2: lab_drop_mm: is not a number/
		],
		['a number with a unit', { stated_weight_g: '283 g' }, /not a number/],
		['an unknown method', { lab_toebox_method: 'newer' }, /not new or old/],
		['a width without its method', { lab_toebox_method: '' }, /needs its method/],
		['an unknown category', { category: 'road' }, /not a known category/],
		['a plain http source', { sources: `${LAB_CSV} http://example.com/x` }, /not https/],
		['no sources', { sources: '' }, /no sources/],
		['stated figures with only lab sources', { sources: LAB_CSV }, /stated figures/],
		['a bad slug', { runrepeat_slug: 'Nike Pegasus' }, /not a slug/],
		['no model', { model: '' }, /model: is empty/],
		['a lab figure that differs from the lab file', { lab_weight_g: '291' }, /weightG 291 differs/],
		['widths that differ from the lab file', { widths_available: 'standard' }, /widths/],
		['a slug the lab file lacks', { runrepeat_slug: 'nike-pegasus-99' }, /not in the lab file/]
	])('fails loudly on %s in the CSV', (_, change, message) => {
		expect(() => build([labShoe()], [{ ...row, ...change }])).toThrow(message);
	});

	it('fails on a CSV-only row with lab figures but no RunRepeat page', () => {
		expect(() =>
			build([labShoe()], [{ ...trailRow, sources: 'https://example.com/speedgoat' }])
		).toThrow(/lab figures without the RunRepeat page/);
	});

	it('fails on a row with a missing field and names its line', () => {
		const text = csv([row, row]).replace(/\n([^\n]*)\n$/, (_, r: string) => {
			return `\n${r.slice(0, r.lastIndexOf(','))}\n`;
		});
		expect(() => buildCatalog(labFile([labShoe()]), text)).toThrow(/line 3: 20 fields/);
	});

	it('fails on a header without a documented column', () => {
		expect(() =>
			buildCatalog(labFile([labShoe()]), csv([row]).replace('runrepeat_slug', 'slug'))
		).toThrow(/missing columns: runrepeat_slug/);
	});

	it('throws CatalogError for bad data, so the script prints the message alone', () => {
		expect(() => build([labShoe({ plate: 'steel' })])).toThrow(CatalogError);
	});
});

// The inputs are kept in scripts/data: the committed file must be exactly what the script makes
// of them, or someone edited one without the other.
describe('the committed shoes.json', () => {
	it('is byte for byte what the script builds from scripts/data', () => {
		expect(existsSync(DEFAULT_LAB) && existsSync(DEFAULT_CSV), `${DEFAULT_LAB} missing`).toBe(true);
		const built = buildCatalog(
			JSON.parse(readFileSync(DEFAULT_LAB, 'utf8')),
			readFileSync(DEFAULT_CSV, 'utf8')
		);
		expect(readFileSync(OUTPUT, 'utf8')).toBe(serialize(built));
		expect(built.shoes).toHaveLength(461);
		// and its shape is the one the server checks when it loads it
		expect(v.safeParse(CatalogFileSchema, built).issues).toBeUndefined();
	});
});
