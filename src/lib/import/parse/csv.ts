/**
 * CSV files, read with Papa Parse: Strava's `activities.csv` (from its bulk export) and a plain
 * table of dates and distances from a spreadsheet or another app.
 *
 * Strava writes each activity's `Activity Date` in UTC. Exports since about 2021 have two
 * `Distance` columns: the first in the account's units (km or miles, as Strava shows them),
 * the second, further right after `Moving Time`, in metres; older ones have only the first.
 * The metres column is read when it is there; otherwise the distances' unit is asked (or
 * inferred from the activity files beside the CSV in an archive).
 */
import Papa from 'papaparse';
import { namedSport, stravaSport } from './sport';
import { ImportError, count } from './result';
import {
	KM_PER_MILE,
	datedRows,
	type DistanceUnit,
	type PlainCell,
	type PlainRow,
	type StravaRow
} from './rows';
import {
	dayOrder,
	readDuration,
	readNumber,
	readPlainDate,
	readStravaDate,
	slashParts,
	type DayOrder
} from './numbers';

function rows(text: string): string[][] {
	const out = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		header: false,
		skipEmptyLines: 'greedy'
	});
	return out.data.filter((r) => Array.isArray(r));
}

const norm = (h: string) => h.trim().toLowerCase();

/** Whether a CSV's header row is Strava's. */
export function isStravaHeader(header: readonly string[]): boolean {
	const h = header.map(norm);
	return h.includes('activity date') && h.includes('activity type');
}

export interface StravaCsv {
	rows: StravaRow[];
	/** Whether distances come in metres, or only in the account's unknown unit. */
	metres: boolean;
	/** The account's unit, where rows with both columns tell it (for a row missing its metres). */
	accountUnit: DistanceUnit | null;
	notes: string[];
}

/** The account's unit from rows that give both distances: their ratio is 1 (km) or 0.621 (miles). */
export function accountUnit(rows: readonly StravaRow[]): DistanceUnit | null {
	const ratios = rows
		.filter((r) => r.metres !== undefined && r.metres > 500 && r.accountDistance)
		.slice(0, 20)
		.map((r) => (r.accountDistance! * 1000) / r.metres!);
	if (ratios.length === 0) return null;
	const near = (target: number) => ratios.every((x) => Math.abs(x / target - 1) <= 0.03);
	return near(1) ? 'km' : near(1 / KM_PER_MILE) ? 'mi' : null;
}

export function parseStravaCsv(text: string): StravaCsv {
	const table = rows(text);
	const header = (table[0] ?? []).map(norm);
	if (!isStravaHeader(header))
		throw new ImportError('This activities.csv does not have the columns of a Strava export.');
	const all = (name: string) => header.flatMap((h, i) => (h === name ? [i] : []));
	const col = (name: string) => all(name)[0] ?? -1;
	const date = col('activity date');
	const type = col('activity type');
	const distances = all('distance');
	const moving = col('moving time');
	const elapsed = col('elapsed time');
	const file = col('filename');
	// The metres column is the Distance after Moving Time; only the first exists in old exports.
	const metresCol = distances.find((i) => moving >= 0 && i > moving) ?? -1;
	const accountCol = distances.find((i) => i !== metresCol) ?? -1;
	const out: StravaRow[] = [];
	let badDate = 0;
	let badDistance = 0;
	for (const r of table.slice(1)) {
		const start = readStravaDate(r[date]);
		if (start === null) {
			badDate++;
			continue;
		}
		const metres = metresCol >= 0 ? readNumber(r[metresCol]) : null;
		const account = accountCol >= 0 ? readNumber(r[accountCol]) : null;
		const filled = (s: string | undefined) => (s ?? '').trim() !== '';
		if (
			(metresCol >= 0 && filled(r[metresCol]) && metres === null) ||
			(filled(r[accountCol]) && account === null)
		) {
			badDistance++;
			continue;
		}
		const seconds = readDuration(moving >= 0 && filled(r[moving]) ? r[moving] : r[elapsed]);
		const row: StravaRow = { start, sport: stravaSport(r[type] ?? '') };
		if (seconds !== null) row.durationS = Math.round(seconds);
		if (metres !== null) row.metres = metres;
		if (account !== null) row.accountDistance = account;
		const f = file >= 0 ? (r[file] ?? '').trim() : '';
		if (f) row.filename = f;
		out.push(row);
	}
	const notes: string[] = [];
	if (badDate) notes.push(`${count(badDate, 'row')} with a date that could not be read left out.`);
	if (badDistance)
		notes.push(`${count(badDistance, 'row')} with a distance that could not be read left out.`);
	if (out.length === 0 && table.length > 1)
		throw new ImportError('No row of this activities.csv could be read.');
	return { rows: out, metres: metresCol >= 0, accountUnit: accountUnit(out), notes };
}

/* ---- plain CSV: date and distance ---- */

export interface PlainCsv {
	/** Rows read, with the distance still in the file's unit. */
	rows: PlainRow[];
	/** The unit the header names; null when it names none (the runner is asked). */
	unit: DistanceUnit | 'm' | null;
	/** Day/month order of slash dates; 'ask' when every date reads both ways. */
	order: DayOrder | null | 'ask';
	notes: string[];
	/** Raw date cells, kept only when the day order must be asked, to read them again. */
	pending?: PlainCell[];
}

const DATE_HEAD = /date|day|when|datum|fecha/i;
const DIST_HEAD = /dist|km|kilomet|mile|\bmi\b|metre|meter|\bm\b/i;
const TIME_HEAD = /time|duration|dur[ée]e/i;
const SPORT_HEAD = /sport|type|activity/i;

function headerUnit(header: string): DistanceUnit | 'm' | null {
	const h = header.replace(/[_()[\]/-]/g, ' ');
	if (/\bkm\b|kilomet/i.test(h)) return 'km';
	if (/\bmi\b|miles?\b/i.test(h)) return 'mi';
	if (/\bm\b|metres?|meters?/i.test(h)) return 'm';
	return null;
}

export function parsePlainCsv(text: string): PlainCsv {
	const table = rows(text);
	if (table.length === 0) throw new ImportError('This CSV file is empty.');
	const first = table[0]!;
	const looksLikeData =
		readPlainDate(first[0], 'dmy') !== null || readPlainDate(first[0], 'mdy') !== null;
	const header = looksLikeData ? [] : first.map((h) => h.trim());
	const find = (re: RegExp, not: number[] = []) =>
		header.findIndex((h, i) => !not.includes(i) && re.test(h));
	const dateCol = looksLikeData ? 0 : find(DATE_HEAD);
	const distCol = looksLikeData ? 1 : find(DIST_HEAD, [dateCol]);
	if (dateCol < 0 || distCol < 0)
		throw new ImportError(
			'This CSV file has no date and distance columns: give a header such as "date,distance_km", or two columns, date then distance.'
		);
	const timeCol = looksLikeData ? -1 : find(TIME_HEAD, [dateCol, distCol]);
	const sportCol = looksLikeData ? -1 : find(SPORT_HEAD, [dateCol, distCol, timeCol]);
	const unit = looksLikeData ? null : headerUnit(header[distCol]!);
	const body = looksLikeData ? table : table.slice(1);
	const order = dayOrder(body.map((r) => r[dateCol] ?? ''));
	if (order === 'conflict')
		throw new ImportError(
			'The dates in this CSV file mix day-first and month-first orders: write them as 2025-03-14.'
		);
	const notes: string[] = [];
	const read: NonNullable<PlainCsv['pending']> = [];
	let badDistance = 0;
	for (const r of body) {
		const distance = readNumber(r[distCol]);
		if (distance === null) {
			badDistance++;
			continue;
		}
		const seconds = timeCol >= 0 ? readDuration(r[timeCol]) : null;
		const sport = sportCol >= 0 ? (namedSport(r[sportCol]) ?? 'other') : 'run';
		read.push({
			date: r[dateCol] ?? '',
			distance,
			sport,
			...(seconds !== null ? { durationS: Math.round(seconds) } : {})
		});
	}
	if (badDistance)
		notes.push(
			`${count(badDistance, 'row')} with a distance that could not be read left out (write 12.5, not 12.5 km; 1,200 could mean 1.2 or 1200).`
		);
	if (order === 'ambiguous' && read.some((x) => slashParts(x.date) !== null))
		return { rows: [], unit, order: 'ask', notes, pending: read };
	return {
		...datedRows(read, order === 'ambiguous' ? null : order, notes),
		unit,
		order: order === 'ambiguous' ? null : order
	};
}
