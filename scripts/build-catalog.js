// Builds src/lib/catalog/shoes.json from the shared shoe catalog CSV.
//   npm run catalog                 reads ../shared/data/shoe-catalog.csv (beside the repo)
//   npm run catalog -- <path.csv>   reads another copy
// Any malformed row stops the build with its line number: a half-valid catalog is never written.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

/** CSV spellings of RunRepeat's two toe-box methods (README: old runs about 3–5 mm wider). */
const METHODS = { new: 'new', 'old (retired)': 'old' };

/** The lab file every `lab_*` number was read from, unless the row says it came from the RunRepeat page. */
const LAB_FILE =
	/^https:\/\/github\.com\/rocker1904\/shoe-lab\/blob\/[0-9a-f]{40}\/data\/shoes\.csv$/;
/** Other files of the same lab repository (details.json: widths offered), not a stated-spec page. */
const LAB_REPO = /^https:\/\/github\.com\/rocker1904\/shoe-lab\//;
const RUNREPEAT_PAGE = /^https:\/\/runrepeat\.com\/(?:uk\/)?([a-z0-9-]+)$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CatalogError extends Error {}

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

/**
 * @param {string} raw
 * @param {string} column
 * @param {number} line
 * @param {[number, number]} range plausible values, to catch a shifted column
 * @returns {number | null}
 */
function num(raw, column, line, [min, max]) {
	const s = raw.trim();
	if (s === '') return null;
	if (!/^-?\d+(?:\.\d+)?$/.test(s)) {
		throw new CatalogError(`line ${line}: ${column} is not a number: "${raw}"`);
	}
	const n = Number(s);
	if (n < min || n > max) {
		throw new CatalogError(`line ${line}: ${column} = ${n} is outside ${min}–${max}`);
	}
	return n;
}

/** @param {string} s */
const text = (s) => {
	const t = s.trim();
	return t === '' ? null : t;
};

/** @param {string} s */
export function slugify(s) {
	return s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * One CSV row → one catalog shoe, or a CatalogError naming the line and column.
 * @param {Record<string, string>} r
 * @param {number} line
 */
export function toCatalogShoe(r, line) {
	const brand = text(r.brand ?? '');
	const model = text(r.model ?? '');
	if (!brand || !model) throw new CatalogError(`line ${line}: brand and model are required`);
	const category = (r.category ?? '').trim();
	if (!CATEGORIES.includes(category)) {
		throw new CatalogError(`line ${line}: unknown category "${category}"`);
	}

	const sources = (r.sources ?? '').split(/\s+/).filter(Boolean);
	if (sources.length === 0) throw new CatalogError(`line ${line}: no sources`);
	for (const s of sources) {
		if (!URL.canParse(s) || new URL(s).protocol !== 'https:')
			throw new CatalogError(`line ${line}: source is not an https address: "${s}"`);
	}
	if (new Set(sources).size !== sources.length) {
		throw new CatalogError(`line ${line}: a source is listed twice`);
	}

	/** @param {string} c @param {[number, number]} range */
	const n = (c, range) => num(r[c] ?? '', c, line, range);
	// Ranges are loose sanity bounds (a value in the wrong column falls outside them), not claims.
	const DROP = /** @type {[number, number]} */ ([-5, 25]);
	const STACK = /** @type {[number, number]} */ ([0, 60]);
	const WEIGHT = /** @type {[number, number]} */ ([50, 600]);
	const WIDTH = /** @type {[number, number]} */ ([60, 140]);

	const stated = {
		dropMm: n('stated_drop_mm', DROP),
		heelStackMm: n('stated_heel_stack_mm', STACK),
		forefootStackMm: n('stated_forefoot_stack_mm', STACK),
		weightG: n('stated_weight_g', WEIGHT),
		weightBasis: text(r.stated_weight_basis ?? ''),
		sourceType: text(r.stated_specs_source_type ?? ''),
		/** every page of the row outside the lab repository: the stated figures came from these */
		sources: sources.filter((s) => !LAB_REPO.test(s))
	};
	const hasStated =
		stated.dropMm !== null ||
		stated.heelStackMm !== null ||
		stated.forefootStackMm !== null ||
		stated.weightG !== null;
	if (hasStated && stated.sources.length === 0) {
		throw new CatalogError(`line ${line}: stated figures but no page outside the lab file`);
	}
	if (hasStated && !stated.sourceType) {
		throw new CatalogError(`line ${line}: stated figures without stated_specs_source_type`);
	}
	if (stated.weightG !== null && !stated.weightBasis) {
		throw new CatalogError(`line ${line}: stated weight without stated_weight_basis`);
	}

	const widest = n('lab_toebox_width_widest_mm', WIDTH);
	const bigToe = n('lab_toebox_width_big_toe_mm', WIDTH);
	const methodRaw = (r.lab_toebox_method ?? '').trim();
	if ((widest === null) !== (methodRaw === '') || (bigToe !== null && methodRaw === '')) {
		throw new CatalogError(`line ${line}: a toe-box width needs its method, and the reverse`);
	}
	if (methodRaw !== '' && !(methodRaw in METHODS)) {
		throw new CatalogError(`line ${line}: unknown lab_toebox_method "${methodRaw}"`);
	}
	const lab = {
		dropMm: n('lab_drop_mm', DROP),
		heelStackMm: n('lab_heel_stack_mm', STACK),
		forefootStackMm: n('lab_forefoot_stack_mm', STACK),
		weightG: n('lab_weight_g', WEIGHT),
		toeBoxWidestMm: widest,
		toeBoxBigToeMm: bigToe,
		toeBoxMethod:
			methodRaw === '' ? null : METHODS[/** @type {keyof typeof METHODS} */ (methodRaw)],
		midsoleWidthForefootMm: n('lab_midsole_width_forefoot_mm', WIDTH),
		/** the lab file, or the RunRepeat page when the shoe is not in the file (trail shoes) */
		source:
			sources.find((s) => LAB_FILE.test(s)) ?? sources.find((s) => RUNREPEAT_PAGE.test(s)) ?? null
	};
	const hasLab = Object.entries(lab).some(
		([k, v]) => k !== 'source' && k !== 'toeBoxMethod' && v !== null
	);
	if (hasLab && lab.source === null) {
		throw new CatalogError(`line ${line}: lab figures without the lab file or a RunRepeat page`);
	}
	if (
		lab.dropMm !== null &&
		lab.heelStackMm !== null &&
		lab.forefootStackMm !== null &&
		// the lab rounds each figure to 0.1 mm, so the difference may be off by rounding
		Math.abs(lab.heelStackMm - lab.forefootStackMm - lab.dropMm) > 0.15
	) {
		throw new CatalogError(`line ${line}: lab drop ≠ heel stack − forefoot stack`);
	}

	const rrSlug = text(r.runrepeat_slug ?? '');
	if (rrSlug !== null && !SLUG.test(rrSlug)) {
		throw new CatalogError(`line ${line}: runrepeat_slug "${rrSlug}" is not a slug`);
	}
	// A shoe without a lab page still needs an address on this site: brand + model, slugified.
	const id = rrSlug ?? slugify(`${brand} ${model}`);

	const widths = (r.widths_available ?? '')
		.split(';')
		.map((w) => w.trim())
		.filter(Boolean);

	return {
		id,
		brand,
		model,
		category,
		stated: hasStated ? stated : null,
		lab: hasLab ? lab : null,
		widthsAvailable: widths,
		runrepeatSlug: rrSlug,
		notes: text(r.notes ?? ''),
		sources
	};
}

/**
 * The whole CSV → the catalog, checked: header exactly as documented, every row complete,
 * ids unique.
 * @param {string} csv
 */
export function buildCatalog(csv) {
	const rows = parseCsv(csv);
	const header = rows.shift();
	if (!header) throw new CatalogError('the CSV is empty');
	const missing = COLUMNS.filter((c) => !header.fields.includes(c));
	if (missing.length > 0) throw new CatalogError(`missing columns: ${missing.join(', ')}`);
	if (header.fields.length !== COLUMNS.length) {
		throw new CatalogError(
			`expected ${COLUMNS.length} columns, the header has ${header.fields.length}`
		);
	}
	const shoes = rows.map(({ line, fields }) => {
		if (fields.length !== header.fields.length) {
			throw new CatalogError(
				`line ${line}: ${fields.length} fields, the header has ${header.fields.length}`
			);
		}
		/** @type {Record<string, string>} */
		const record = {};
		header.fields.forEach((name, i) => (record[name] = fields[i] ?? ''));
		return toCatalogShoe(record, line);
	});
	const seen = new Set();
	for (const s of shoes) {
		if (seen.has(s.id)) throw new CatalogError(`two rows share the id "${s.id}"`);
		seen.add(s.id);
	}
	return shoes;
}

function main() {
	const input = resolve(root, process.argv[2] ?? '../shared/data/shoe-catalog.csv');
	const output = resolve(root, 'src/lib/catalog/shoes.json');
	let csv;
	try {
		csv = readFileSync(input, 'utf8');
	} catch {
		console.error(`Cannot read ${input}. Pass the CSV's path: npm run catalog -- <path>`);
		process.exit(1);
	}
	try {
		const shoes = buildCatalog(csv);
		writeFileSync(output, JSON.stringify(shoes, null, '\t') + '\n');
		const lab = shoes.filter((s) => s.lab).length;
		const stated = shoes.filter((s) => s.stated).length;
		console.log(
			`${shoes.length} shoes (${lab} with lab figures, ${stated} with stated figures) → ${output}`
		);
	} catch (e) {
		console.error(`${input}: ${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
