// Builds src/lib/server/catalog/shoes.json from the two data files in scripts/data:
//   npm run catalog                          reads scripts/data/ (the inputs, kept in the repository)
//   npm run catalog -- <lab.json> <catalog.csv>   reads other copies
// RunRepeat's lab file gives every road shoe it has cut in half (one record per model); the CSV
// adds brands' stated figures, notes and sources for 60 models, and keeps its rows that the lab
// file does not hold. Both inputs are checked against valibot schemas and against each other:
// any malformed value, unknown field or conflict stops the build with where it is, so a
// half-valid catalog is never written. The output depends on the inputs alone (sorted by id,
// fixed key order), so a rebuild of unchanged data is byte for byte the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as v from 'valibot';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = resolve(root, 'src/lib/server/catalog/shoes.json');
export const DEFAULT_LAB = resolve(root, 'scripts/data/runrepeat-lab-shoes.json');
export const DEFAULT_CSV = resolve(root, 'scripts/data/shoe-catalog.csv');

export class CatalogError extends Error {}

// ---------------------------------------------------------------------------------------------
// The lab file

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Slug = v.pipe(v.string(), v.regex(SLUG, 'is not a slug'));
const Https = v.pipe(
	v.string(),
	v.url('is not an address'),
	v.startsWith('https://', 'is not https')
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'));
/** Loose sanity bounds: a value from the wrong field falls outside them. They claim nothing. */
const Num = (/** @type {number} */ min, /** @type {number} */ max) =>
	v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const DROP = Num(-5, 25);
const STACK = Num(0, 60);
const WEIGHT = Num(50, 600);
const WIDTH = Num(60, 140);

/** RunRepeat's labels, in the order a list of them is written out. */
export const SUPPORTS = ['neutral', 'stability'];
export const PLATES = ['none', 'carbon', 'plated-other'];
export const PACES = ['daily-running', 'tempo', 'competition'];
export const STRIKES = ['heel-strike', 'forefoot-strike'];
export const WIDTHS = ['narrow', 'standard', 'wide', 'extra-wide'];

/**
 * A list of labels: each known, each once, in the canonical order above (the lab file lists
 * widths in any order; the catalog always in one).
 * @param {string[]} labels
 */
const Labels = (labels) =>
	v.pipe(
		v.array(v.picklist(labels)),
		v.check((list) => new Set(list).size === list.length, 'lists a label twice'),
		v.transform((list) => labels.filter((l) => list.includes(l)))
	);

/**
 * The measurements kept, with RunRepeat's field names. Left out as unused by any page, filter or
 * rule: toe-box height, internal length, insole thickness, torsional rigidity, heel-counter
 * stiffness and midsole softness. The lab file gives a field only where RunRepeat measured it.
 */
export const LAB_FIELDS = /** @type {const} */ ([
	'dropMm',
	'heelStackMm',
	'forefootStackMm',
	'weightG',
	'toeboxWidestMm',
	'toeboxBigToeMm',
	'toeboxWidestOldMethodMm',
	'toeboxBigToeOldMethodMm',
	'midsoleWidthForefootMm',
	'midsoleWidthHeelMm',
	'forefootStiffnessN'
]);

const LabFiguresSchema = v.strictObject({
	heelStackMm: STACK,
	forefootStackMm: STACK,
	dropMm: DROP,
	weightG: WEIGHT,
	midsoleWidthForefootMm: WIDTH,
	midsoleWidthHeelMm: WIDTH,
	toeboxWidestMm: v.optional(WIDTH),
	toeboxBigToeMm: v.optional(WIDTH),
	toeboxHeightMm: v.optional(Num(0, 60)),
	toeboxWidestOldMethodMm: v.optional(WIDTH),
	toeboxBigToeOldMethodMm: v.optional(WIDTH),
	internalLengthMm: v.optional(Num(200, 340)),
	insoleThicknessMm: v.optional(Num(0, 20)),
	forefootStiffnessN: v.optional(Num(0, 100)),
	torsionalRigidity1to5: v.optional(Num(1, 5)),
	heelCounterStiffness1to5: v.optional(Num(1, 5)),
	midsoleSoftnessAC: v.optional(Num(0, 100))
});

const LabShoeSchema = v.pipe(
	v.strictObject({
		slug: Slug,
		brand: Text,
		name: Text,
		url: Https,
		releasedAt: v.nullable(v.pipe(v.string(), v.isoDate('is not a date (YYYY-MM-DD)'))),
		discontinued: v.boolean(),
		previousVersion: v.nullable(Slug),
		nextVersion: v.nullable(Slug),
		plate: v.picklist(PLATES),
		archSupport: v.pipe(Labels(SUPPORTS), v.maxLength(1, 'gives more than one support')),
		pace: Labels(PACES),
		strikePattern: Labels(STRIKES),
		widths: Labels(WIDTHS),
		msrpGbp: v.nullable(Num(1, 2000)),
		lab: LabFiguresSchema
	}),
	v.check((s) => s.url === `https://runrepeat.com/${s.slug}`, 'url is not runrepeat.com/<slug>'),
	v.check(
		// RunRepeat rounds each figure to 0.1 mm, so the difference may be off by rounding
		(s) => Math.abs(s.lab.heelStackMm - s.lab.forefootStackMm - s.lab.dropMm) <= 0.15,
		'lab drop ≠ heel stack − forefoot stack'
	),
	v.check(
		(s) => s.previousVersion !== s.slug && s.nextVersion !== s.slug,
		'names itself as its own version'
	)
);

export const LabFileSchema = v.strictObject({
	source: Text,
	sourceCommit: v.pipe(v.string(), v.regex(/^[0-9a-f]{7,40}$/, 'is not a commit')),
	compiledAt: v.pipe(v.string(), v.isoTimestamp('is not a timestamp')),
	attribution: Text,
	fields: v.record(v.string(), v.looseObject({ runrepeatTest: v.string() })),
	shoes: v.pipe(v.array(LabShoeSchema), v.minLength(1, 'holds no shoe'))
});

/**
 * @param {v.BaseIssue<unknown>[]} issues
 * @param {(path: string) => string} where
 */
function report(issues, where) {
	const lines = issues.slice(0, 10).map((i) => {
		const path = v.getDotPath(i) ?? '';
		return `${where(path)}: ${i.message}`;
	});
	const more = issues.length > 10 ? `\n… and ${issues.length - 10} more` : '';
	return new CatalogError(lines.join('\n') + more);
}

/** @param {unknown} json */
export function parseLabFile(json) {
	const parsed = v.safeParse(LabFileSchema, json);
	if (!parsed.success) {
		throw report(parsed.issues, (path) => {
			const m = /^shoes\.(\d+)(?:\.(.*))?$/.exec(path);
			const shoes = /** @type {{ shoes?: { slug?: unknown }[] }} */ (json)?.shoes;
			const slug = m ? shoes?.[Number(m[1])]?.slug : undefined;
			return m
				? `lab file, shoe ${m[1]} (${String(slug)})${m[2] ? `, ${m[2]}` : ''}`
				: `lab file ${path}`;
		});
	}
	return parsed.output;
}

// ---------------------------------------------------------------------------------------------
// The CSV

export const COLUMNS = /** @type {const} */ ([
	'brand',
	'model',
	'category',
	'stated_drop_mm',
	'stated_heel_stack_mm',
	'stated_forefoot_stack_mm',
	'stated_weight_g',
	'stated_weight_basis',
	'stated_specs_source_type',
	'lab_drop_mm',
	'lab_heel_stack_mm',
	'lab_forefoot_stack_mm',
	'lab_weight_g',
	'lab_toebox_width_widest_mm',
	'lab_toebox_width_big_toe_mm',
	'lab_toebox_method',
	'lab_midsole_width_forefoot_mm',
	'widths_available',
	'runrepeat_slug',
	'notes',
	'sources'
]);

export const CATEGORIES = [
	'daily trainer',
	'max cushion',
	'stability',
	'racing',
	'trail',
	'zero-drop/foot-shaped'
];

/** The lab repository's files (its CSV, its details): not a page of stated figures. */
const LAB_REPO = /^https:\/\/github\.com\/rocker1904\/shoe-lab\//;
const RUNREPEAT_PAGE = /^https:\/\/runrepeat\.com\/(?:uk\/)?[a-z0-9-]+$/;

/**
 * RFC 4180 CSV: fields separated by commas, a quoted field may hold commas, line breaks and
 * doubled quotes. Returns rows of raw strings with the 1-based line each row started on.
 * @param {string} text
 * @returns {{ line: number, fields: string[] }[]}
 */
export function parseCsv(text) {
	/** @type {{ line: number, fields: string[] }[]} */
	const rows = [];
	let fields = /** @type {string[]} */ ([]);
	let field = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	let i = 0;
	// a BOM from a spreadsheet export is not part of the first column name
	if (text.charCodeAt(0) === 0xfeff) i = 1;
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else {
					quoted = false;
					const next = text[i + 1];
					if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
						throw new CatalogError(`line ${line}: text after a closing quote`);
					}
				}
			} else {
				if (c === '\n') line++;
				field += c;
			}
		} else if (c === '"') {
			if (field !== '') throw new CatalogError(`line ${line}: a quote inside an unquoted field`);
			quoted = true;
		} else if (c === ',') {
			fields.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			fields.push(field);
			rows.push({ line: rowLine, fields });
			fields = [];
			field = '';
			line++;
			rowLine = line;
		} else {
			field += c;
		}
	}
	if (quoted) throw new CatalogError(`line ${rowLine}: a quoted field is never closed`);
	if (field !== '' || fields.length > 0) {
		fields.push(field);
		rows.push({ line: rowLine, fields });
	}
	// blank lines (a trailing newline, say) are not rows
	return rows.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
}

/** An empty cell is "no source gave it": null. Anything else must be a plain decimal in range. */
const Cell = (/** @type {ReturnType<typeof Num>} */ range) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.union(
			[
				v.pipe(
					v.literal(''),
					v.transform(() => null)
				),
				v.pipe(
					v.string(),
					v.regex(/^-?\d+(?:\.\d+)?$/, 'is not a number'),
					v.transform(Number),
					range
				)
			],
			'is not a number'
		)
	);
const OptionalText = v.pipe(
	v.string(),
	v.trim(),
	v.transform((s) => (s === '' ? null : s))
);

/** `narrow; standard; wide`, `standard only`, `standard only (per review)`, or empty. */
const CsvWidths = v.pipe(
	v.string(),
	v.trim(),
	v.transform((s) =>
		s
			.replace(/\s*\(per review\)$/, '')
			.replace(/ only$/, '')
			.split(';')
			.map((w) => w.trim())
			.filter(Boolean)
	),
	Labels(WIDTHS)
);

const CsvSources = v.pipe(
	v.string(),
	v.transform((s) => s.split(/\s+/).filter(Boolean)),
	v.array(Https),
	v.minLength(1, 'no sources'),
	v.check((list) => new Set(list).size === list.length, 'lists a source twice')
);

const CsvRowSchema = v.pipe(
	v.strictObject({
		brand: Text,
		model: Text,
		category: v.picklist(CATEGORIES, 'is not a known category'),
		stated_drop_mm: Cell(DROP),
		stated_heel_stack_mm: Cell(STACK),
		stated_forefoot_stack_mm: Cell(STACK),
		stated_weight_g: Cell(WEIGHT),
		stated_weight_basis: OptionalText,
		stated_specs_source_type: OptionalText,
		lab_drop_mm: Cell(DROP),
		lab_heel_stack_mm: Cell(STACK),
		lab_forefoot_stack_mm: Cell(STACK),
		lab_weight_g: Cell(WEIGHT),
		lab_toebox_width_widest_mm: Cell(WIDTH),
		lab_toebox_width_big_toe_mm: Cell(WIDTH),
		lab_toebox_method: v.picklist(['', 'new', 'old (retired)'], 'is not new or old (retired)'),
		lab_midsole_width_forefoot_mm: Cell(WIDTH),
		widths_available: CsvWidths,
		runrepeat_slug: v.union([v.literal(''), Slug], 'is not a slug'),
		notes: OptionalText,
		sources: CsvSources
	}),
	v.check(
		(r) =>
			(r.lab_toebox_width_widest_mm === null && r.lab_toebox_width_big_toe_mm === null) ===
			(r.lab_toebox_method === ''),
		'a toe-box width needs its method, and the reverse'
	),
	v.check((r) => {
		const stated = [
			r.stated_drop_mm,
			r.stated_heel_stack_mm,
			r.stated_forefoot_stack_mm,
			r.stated_weight_g
		].some((n) => n !== null);
		return !stated || r.sources.some((s) => !LAB_REPO.test(s) && !RUNREPEAT_PAGE.test(s));
	}, 'stated figures but no page outside the lab sources'),
	v.check(
		(r) => r.stated_weight_g === null || r.stated_weight_basis !== null,
		'a stated weight without stated_weight_basis'
	),
	v.check(
		(r) =>
			r.lab_drop_mm === null ||
			r.lab_heel_stack_mm === null ||
			r.lab_forefoot_stack_mm === null ||
			Math.abs(r.lab_heel_stack_mm - r.lab_forefoot_stack_mm - r.lab_drop_mm) <= 0.15,
		'lab drop ≠ heel stack − forefoot stack'
	)
);

/** @typedef {v.InferOutput<typeof CsvRowSchema>} CsvRow */

/**
 * The CSV text → checked rows with the line each started on.
 * @param {string} text
 * @returns {{ line: number, row: CsvRow }[]}
 */
export function parseCatalogCsv(text) {
	const rows = parseCsv(text);
	const header = rows.shift();
	if (!header) throw new CatalogError('the CSV is empty');
	const missing = COLUMNS.filter((c) => !header.fields.includes(c));
	if (missing.length > 0) throw new CatalogError(`missing columns: ${missing.join(', ')}`);
	if (header.fields.length !== COLUMNS.length) {
		throw new CatalogError(
			`expected ${COLUMNS.length} columns, the header has ${header.fields.length}`
		);
	}
	return rows.map(({ line, fields }) => {
		if (fields.length !== header.fields.length) {
			throw new CatalogError(
				`line ${line}: ${fields.length} fields, the header has ${header.fields.length}`
			);
		}
		/** @type {Record<string, string>} */
		const record = {};
		header.fields.forEach((name, i) => (record[name] = fields[i] ?? ''));
		const parsed = v.safeParse(CsvRowSchema, record);
		if (!parsed.success) {
			throw report(parsed.issues, (path) => `line ${line}${path ? `: ${path}` : ''}`);
		}
		return { line, row: parsed.output };
	});
}

// ---------------------------------------------------------------------------------------------
// The merge

/** @param {string} s */
export function slugify(s) {
	return s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * The CSV row's lab figures under the lab file's names: RunRepeat's old and new toe-box methods
 * go to separate fields (the old one reads about 3–5 mm wider; never compared).
 * @param {CsvRow} r
 */
function csvLab(r) {
	const old = r.lab_toebox_method === 'old (retired)';
	/** @type {Partial<Record<(typeof LAB_FIELDS)[number], number>>} */
	const lab = {};
	const put = (/** @type {(typeof LAB_FIELDS)[number]} */ k, /** @type {number | null} */ n) => {
		if (n !== null) lab[k] = n;
	};
	put('dropMm', r.lab_drop_mm);
	put('heelStackMm', r.lab_heel_stack_mm);
	put('forefootStackMm', r.lab_forefoot_stack_mm);
	put('weightG', r.lab_weight_g);
	put(old ? 'toeboxWidestOldMethodMm' : 'toeboxWidestMm', r.lab_toebox_width_widest_mm);
	put(old ? 'toeboxBigToeOldMethodMm' : 'toeboxBigToeMm', r.lab_toebox_width_big_toe_mm);
	put('midsoleWidthForefootMm', r.lab_midsole_width_forefoot_mm);
	return lab;
}

/** @param {CsvRow} r */
function csvStated(r) {
	const figures = {
		dropMm: r.stated_drop_mm,
		heelStackMm: r.stated_heel_stack_mm,
		forefootStackMm: r.stated_forefoot_stack_mm,
		weightG: r.stated_weight_g
	};
	if (Object.values(figures).every((n) => n === null)) return null;
	/** @type {Record<string, unknown>} */
	const stated = {};
	for (const [k, n] of Object.entries(figures)) if (n !== null) stated[k] = n;
	if (r.stated_weight_basis !== null && r.stated_weight_g !== null) {
		stated.weightBasis = r.stated_weight_basis;
	}
	if (r.stated_specs_source_type !== null) stated.sourceType = r.stated_specs_source_type;
	// every stated figure came from the row's pages outside RunRepeat and its lab repository
	stated.sources = r.sources.filter((s) => !LAB_REPO.test(s) && !RUNREPEAT_PAGE.test(s));
	return stated;
}

/**
 * Both files → the catalog: one record per model, sorted by id.
 * @param {unknown} labJson the lab file, parsed from JSON
 * @param {string} csvText
 */
export function buildCatalog(labJson, csvText) {
	const labFile = parseLabFile(labJson);
	const rows = parseCatalogCsv(csvText);

	/** @type {Map<string, (typeof labFile.shoes)[number]>} */
	const bySlug = new Map();
	for (const s of labFile.shoes) {
		if (bySlug.has(s.slug))
			throw new CatalogError(`lab file: two shoes share the slug "${s.slug}"`);
		bySlug.set(s.slug, s);
	}
	// A line's neighbours must agree both ways, and a line must end: the version alerts walk them.
	for (const s of labFile.shoes) {
		const next = s.nextVersion === null ? undefined : bySlug.get(s.nextVersion);
		if (next && next.previousVersion !== s.slug) {
			throw new CatalogError(
				`lab file: ${s.slug} names ${next.slug} as its next version, which names ${next.previousVersion} as its previous`
			);
		}
		const prev = s.previousVersion === null ? undefined : bySlug.get(s.previousVersion);
		if (prev && prev.nextVersion !== s.slug) {
			throw new CatalogError(
				`lab file: ${s.slug} names ${prev.slug} as its previous version, which names ${prev.nextVersion} as its next`
			);
		}
		const seen = new Set([s.slug]);
		for (let n = next; n; n = n.nextVersion === null ? undefined : bySlug.get(n.nextVersion)) {
			if (seen.has(n.slug)) throw new CatalogError(`lab file: the versions of ${s.slug} loop`);
			seen.add(n.slug);
		}
	}

	/** @type {Map<string, { line: number, row: CsvRow }>} */
	const csvBySlug = new Map();
	/** @type {{ line: number, row: CsvRow }[]} */
	const csvOnly = [];
	for (const entry of rows) {
		const { line, row } = entry;
		if (row.runrepeat_slug === '') {
			csvOnly.push(entry);
			continue;
		}
		if (!bySlug.has(row.runrepeat_slug)) {
			throw new CatalogError(
				`line ${line}: runrepeat_slug "${row.runrepeat_slug}" is not in the lab file`
			);
		}
		if (csvBySlug.has(row.runrepeat_slug)) {
			throw new CatalogError(`line ${line}: a second row for "${row.runrepeat_slug}"`);
		}
		csvBySlug.set(row.runrepeat_slug, entry);
	}

	const shoes = labFile.shoes.map((s) => {
		const entry = csvBySlug.get(s.slug);
		/** @type {Record<string, number | string>} */
		const lab = { source: s.url };
		for (const k of LAB_FIELDS) {
			const n = s.lab[k];
			if (n !== undefined) lab[k] = n;
		}
		if (entry) {
			const { line, row } = entry;
			// The CSV's lab figures were read from the same source: a difference is a typo somewhere.
			for (const [k, n] of Object.entries(csvLab(row))) {
				const m = s.lab[/** @type {(typeof LAB_FIELDS)[number]} */ (k)];
				if (m === undefined || Math.abs(m - n) > 0.05) {
					throw new CatalogError(
						`line ${line}: ${k} ${n} differs from the lab file's ${m ?? 'nothing'} for ${s.slug}`
					);
				}
			}
			if (row.widths_available.length > 0 && row.widths_available.join() !== s.widths.join()) {
				throw new CatalogError(
					`line ${line}: widths ${row.widths_available.join(', ')} differ from the lab file's ${s.widths.join(', ')}`
				);
			}
		}
		const sources = [s.url];
		for (const url of entry?.row.sources ?? []) if (!sources.includes(url)) sources.push(url);
		return {
			id: s.slug,
			brand: s.brand,
			name: s.name,
			current: !s.discontinued,
			inLabFile: true,
			released: s.releasedAt,
			support: s.archSupport[0] ?? null,
			plate: s.plate,
			pace: s.pace,
			strike: s.strikePattern,
			widths: s.widths,
			priceGbp: s.msrpGbp,
			previousVersion: s.previousVersion,
			nextVersion: s.nextVersion,
			lab,
			stated: entry ? csvStated(entry.row) : null,
			notes: entry?.row.notes ?? null,
			sources
		};
	});

	for (const { line, row } of csvOnly) {
		// A shoe without a lab entry still needs an address on this site: brand + model, slugified.
		const id = slugify(`${row.brand} ${row.model}`);
		if (bySlug.has(id)) {
			throw new CatalogError(`line ${line}: "${id}" is in the lab file; give its runrepeat_slug`);
		}
		const figures = csvLab(row);
		const labSource = row.sources.find((s) => RUNREPEAT_PAGE.test(s)) ?? null;
		if (Object.keys(figures).length > 0 && labSource === null) {
			throw new CatalogError(`line ${line}: lab figures without the RunRepeat page they came from`);
		}
		shoes.push({
			id,
			brand: row.brand,
			name: `${row.brand} ${row.model}`,
			// The CSV lists models on sale when it was compiled; the lab file marks none of these
			// discontinued because it does not hold them.
			current: true,
			inLabFile: false,
			released: null,
			support: row.category === 'stability' ? 'stability' : null,
			plate: null,
			pace: [],
			strike: [],
			widths: row.widths_available,
			priceGbp: null,
			previousVersion: null,
			nextVersion: null,
			lab: labSource === null ? null : { source: labSource, ...figures },
			stated: csvStated(row),
			notes: row.notes,
			sources: row.sources
		});
	}

	const ids = new Set();
	for (const s of shoes) {
		if (ids.has(s.id)) throw new CatalogError(`two shoes share the id "${s.id}"`);
		ids.add(s.id);
	}
	shoes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return {
		attribution: labFile.attribution,
		labFile: {
			source: labFile.source,
			commit: labFile.sourceCommit,
			compiledAt: labFile.compiledAt
		},
		shoes
	};
}

/**
 * The catalog as written: the header, then one shoe per line, so a data change shows as a
 * one-line diff and the file stays small.
 * @param {ReturnType<typeof buildCatalog>} catalog
 */
export function serialize(catalog) {
	const { shoes, ...head } = catalog;
	const header = JSON.stringify(head).slice(1, -1);
	return `{${header},"shoes":[\n${shoes.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}

function main() {
	const labPath = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_LAB;
	const csvPath = process.argv[3] ? resolve(process.argv[3]) : DEFAULT_CSV;
	let labText;
	let csvText;
	try {
		labText = readFileSync(labPath, 'utf8');
		csvText = readFileSync(csvPath, 'utf8');
	} catch (e) {
		console.error(
			`${e instanceof Error ? e.message : e}\nPass the files' paths: npm run catalog -- <lab.json> <catalog.csv>`
		);
		process.exit(1);
	}
	try {
		const catalog = buildCatalog(JSON.parse(labText), csvText);
		writeFileSync(OUTPUT, serialize(catalog));
		const { shoes } = catalog;
		const current = shoes.filter((s) => s.current).length;
		const stated = shoes.filter((s) => s.stated).length;
		const csvOnly = shoes.filter((s) => !s.inLabFile).length;
		console.log(
			`${shoes.length} shoes (${current} current, ${stated} with stated figures, ${csvOnly} from the CSV alone) → ${OUTPUT}`
		);
	} catch (e) {
		console.error(e instanceof CatalogError ? e.message : e);
		process.exit(1);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
