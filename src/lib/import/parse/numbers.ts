/**
 * Numbers and dates as spreadsheets and Strava write them. A number is read only when it can
 * mean one thing: `12.5` and `12,5` (a decimal comma) are 12.5, but `1,200` could be 1.2 or
 * 1200 and is refused, as the app's own forms do.
 */
import { isCalendarDay } from '../activity';
import { dayOf } from '../days';

export function readNumber(raw: string | undefined): number | null {
	const s = (raw ?? '').trim().replace(/[\s\u00a0\u202f]/g, '');
	if (/^\d+(\.\d+)?$/.test(s) || /^\.\d+$/.test(s)) return Number(s);
	if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
	// Thousands written with a separator only when a decimal point makes the comma unambiguous.
	if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
	return null;
}

/** `1:02:03`, `45:10` (minutes:seconds) or plain seconds → seconds. */
export function readDuration(raw: string | undefined): number | null {
	const s = (raw ?? '').trim();
	const hms = /^(\d+):([0-5]\d):([0-5]\d)(\.\d+)?$/.exec(s);
	if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
	const ms = /^(\d+):([0-5]\d)$/.exec(s);
	if (ms) return Number(ms[1]) * 60 + Number(ms[2]);
	return readNumber(s);
}

const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

function month(name: string): number | undefined {
	const k = name.toLowerCase().replace(/\.$/, '');
	return MONTHS[k] ?? MONTHS[k.slice(0, 3)];
}

function hour(h: number, ampm: string | undefined): number {
	if (!ampm) return h;
	const pm = ampm.toUpperCase() === 'PM';
	return (h % 12) + (pm ? 12 : 0);
}

/**
 * A Strava `Activity Date`, which is in UTC: `May 6, 2024, 4:02:34 AM` (English exports, newer
 * ones with a narrow no-break space before AM), `6 May 2024, 04:02:34`, or ISO. Epoch ms or null.
 */
export function readStravaDate(raw: string | undefined): number | null {
	const s = (raw ?? '')
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const time = String.raw`,? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)?`;
	let y: number, mo: number | undefined, d: number, h: number, mi: number, se: number;
	let m = new RegExp(String.raw`^([A-Za-z]{3,}\.?) (\d{1,2}), (\d{4})${time}$`, 'i').exec(s);
	if (m) {
		[mo, d, y] = [month(m[1]!), Number(m[2]), Number(m[3])];
		[h, mi, se] = [hour(Number(m[4]), m[7]), Number(m[5]), Number(m[6] ?? 0)];
	} else if (
		(m = new RegExp(String.raw`^(\d{1,2}) ([A-Za-z]{3,}\.?) (\d{4})${time}$`, 'i').exec(s))
	) {
		[d, mo, y] = [Number(m[1]), month(m[2]!), Number(m[3])];
		[h, mi, se] = [hour(Number(m[4]), m[7]), Number(m[5]), Number(m[6] ?? 0)];
	} else if ((m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?Z?$/.exec(s))) {
		[y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		[h, mi, se] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
	} else return null;
	if (mo === undefined || h > 23 || mi > 59 || se > 59) return null;
	const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	if (!isCalendarDay(day)) return null;
	return dayOf(y, mo, d) * 86_400_000 + ((h * 60 + mi) * 60 + se) * 1000;
}

export type DayOrder = 'dmy' | 'mdy';

/**
 * A date in a plain CSV: ISO (`2025-03-14`, with or without a time; an offset makes it an
 * instant) or with slashes, dots or dashes (`14/03/2025`), whose day/month order the caller
 * decides for the whole file. Returns the schema's start string, or null.
 */
export function readPlainDate(raw: string | undefined, order: DayOrder | null): string | null {
	const s = (raw ?? '').trim();
	const iso =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
			s
		);
	if (iso) {
		const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
		if (!isCalendarDay(day)) return null;
		if (iso[7] === undefined || iso[4] === undefined) return day;
		const offset = iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
		const start = `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${offset}`;
		return Number.isFinite(Date.parse(start)) ? start : null;
	}
	const parts = slashParts(s);
	if (!parts || !order) return null;
	const [a, b, y] = parts;
	const [d, mo] = order === 'dmy' ? [a, b] : [b, a];
	const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	return isCalendarDay(day) ? day : null;
}

/** `14/03/2025`, `3.14.2025` or `14-03-2025`, any time after it ignored: [first, second, year]. */
export function slashParts(s: string): [number, number, number] | null {
	const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,].*)?$/.exec(s.trim());
	return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * The day/month order of a file's slash dates: decided by any date whose first or second
 * number is over 12; null when every date reads both ways (the caller asks) or the file
 * contradicts itself.
 */
export function dayOrder(values: readonly string[]): DayOrder | 'ambiguous' | 'conflict' {
	let dmy = false;
	let mdy = false;
	for (const v of values) {
		const p = slashParts(v);
		if (!p) continue;
		if (p[0] > 12) dmy = true;
		if (p[1] > 12) mdy = true;
	}
	if (dmy && mdy) return 'conflict';
	return dmy ? 'dmy' : mdy ? 'mdy' : 'ambiguous';
}
