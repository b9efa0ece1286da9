import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError, COLUMNS, parseCsv } from './build-catalog.js';

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

const LAB =
	'https://github.com/rocker1904/shoe-lab/blob/083c06d13771fc1a89299063b48dbf09f03be58c/data/shoes.csv';
const base: Record<string, string> = {
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
	sources: `${LAB} https://www.doctorsofrunning.com/x.html`
};

function csv(rows: Record<string, string>[]): string {
	const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
	return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => q(r[c] ?? '')).join(','))]
		.join('\n')
		.concat('\n');
}

describe('buildCatalog', () => {
	it('keeps a quoted note with commas whole and splits sources and widths', () => {
		const [shoe] = buildCatalog(csv([base]));
		expect(shoe).toMatchObject({
			id: 'nike-pegasus-41',
			notes: 'Weight conflict: 283 g, 298 g',
			widthsAvailable: ['standard', 'wide'],
			lab: { dropMm: 11.4, toeBoxMethod: 'new', source: LAB },
			stated: { dropMm: 10, sources: ['https://www.doctorsofrunning.com/x.html'] }
		});
	});

	it('turns empty fields into null and drops an all-empty block', () => {
		const row = { ...base, sources: LAB };
		for (const c of COLUMNS) if (c.startsWith('stated_')) row[c] = '';
		const [shoe] = buildCatalog(csv([row]));
		expect(shoe?.stated).toBeNull();
		expect(shoe?.lab?.weightG).toBe(281);
	});

	it('gives a shoe without a RunRepeat slug an id from brand and model', () => {
		const row = { ...base, runrepeat_slug: '', brand: 'Altra', model: 'Lone Peak 9' };
		for (const c of COLUMNS) if (c.startsWith('lab_')) row[c] = '';
		row.sources = 'https://trailandkale.com/altra-lone-peak-9-review/';
		const [shoe] = buildCatalog(csv([row]));
		expect(shoe).toMatchObject({ id: 'altra-lone-peak-9', runrepeatSlug: null, lab: null });
	});

	it('maps the old toe-box method', () => {
		const [shoe] = buildCatalog(csv([{ ...base, lab_toebox_method: 'old (retired)' }]));
		expect(shoe?.lab?.toeBoxMethod).toBe('old');
	});

	it.each([
		['a word where a number belongs', { lab_drop_mm: 'ten' }, /lab_drop_mm is not a number/],
		['a number with a unit', { stated_weight_g: '283 g' }, /not a number/],
		['a number out of range', { lab_toebox_width_widest_mm: '946' }, /outside/],
		['an unknown method', { lab_toebox_method: 'newer' }, /unknown lab_toebox_method/],
		['a width without its method', { lab_toebox_method: '' }, /needs its method/],
		['an unknown category', { category: 'road' }, /unknown category/],
		['a plain http source', { sources: `${LAB} http://example.com/x` }, /not an https/],
		['a source that is no address', { sources: `${LAB} doctorsofrunning` }, /not an https/],
		['no sources', { sources: '' }, /no sources/],
		['lab figures without a lab source', { sources: 'https://example.com/x' }, /lab figures/],
		['stated figures with only the lab file', { sources: LAB }, /stated figures/],
		['a lab drop that is not heel − forefoot', { lab_drop_mm: '9' }, /lab drop/],
		['a bad slug', { runrepeat_slug: 'Nike Pegasus' }, /not a slug/],
		['no model', { model: '' }, /brand and model/]
	])('fails loudly on %s', (_, change, message) => {
		expect(() => buildCatalog(csv([{ ...base, ...change }]))).toThrow(message);
	});

	it('fails on a row with a missing field and names its line', () => {
		const text = csv([base, base]).replace(/\n([^\n]*)\n$/, (_, row: string) => {
			return `\n${row.slice(0, row.lastIndexOf(','))}\n`;
		});
		expect(() => buildCatalog(text)).toThrow(/line 3: 20 fields/);
	});

	it('fails on two rows with the same id', () => {
		expect(() => buildCatalog(csv([base, base]))).toThrow(/share the id/);
	});

	it('fails on a header without a documented column', () => {
		expect(() => buildCatalog(csv([base]).replace('runrepeat_slug', 'slug'))).toThrow(
			/missing columns: runrepeat_slug/
		);
	});
});

// The shared CSV sits beside the repository; where it is present, the committed JSON must be
// exactly what the script makes of it (someone edited one without the other otherwise).
const shared = resolve(import.meta.dirname, '../../shared/data/shoe-catalog.csv');
const sharedAlt = '/work/shared/data/shoe-catalog.csv';
const csvPath = existsSync(shared) ? shared : existsSync(sharedAlt) ? sharedAlt : null;
describe.skipIf(csvPath === null)('the committed shoes.json', () => {
	it('is what the script builds from the shared CSV', () => {
		const built = buildCatalog(readFileSync(csvPath ?? '', 'utf8'));
		const committed = JSON.parse(
			readFileSync(resolve(import.meta.dirname, '../src/lib/catalog/shoes.json'), 'utf8')
		);
		expect(committed).toEqual(JSON.parse(JSON.stringify(built)));
		expect(built).toHaveLength(60);
	});
});
