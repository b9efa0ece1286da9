/**
 * GPX and TCX, the XML formats watches and apps export, read with fast-xml-parser (a Web
 * Worker has no DOMParser). Only starts, distances, durations and sports come out; track
 * points are read for the distance and dropped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MAX_ACTIVITY_KM, isoInstant, roundKm, type Activity } from '../activity';
import { namedSport, sportFromSpeed } from './sport';
import { ImportError, count, type Parsed } from './result';

const LISTS = new Set(['trk', 'trkseg', 'trkpt', 'Activity', 'Lap', 'Course']);

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	removeNSPrefix: true,
	parseTagValue: false,
	parseAttributeValue: false,
	// No entity expansion: nothing we read needs it, and it is how XML bombs grow.
	processEntities: false,
	isArray: (name) => LISTS.has(name)
});

type Node = Record<string, unknown>;

function obj(x: unknown): Node {
	return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Node) : {};
}
function list(x: unknown): Node[] {
	return Array.isArray(x) ? x.map(obj) : x === undefined ? [] : [obj(x)];
}
function text(x: unknown): string | undefined {
	if (typeof x === 'string') return x.trim();
	if (typeof x === 'number') return String(x);
	const t = obj(x)['#text'];
	return typeof t === 'string' ? t.trim() : undefined;
}
function number(x: unknown): number | undefined {
	const t = text(x);
	if (t === undefined || t === '') return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : undefined;
}

/** GPX and TCX times are UTC; a time written without a zone is read as UTC, as GPX 1.1 says. */
export function xmlTime(x: unknown): number | undefined {
	const t = text(x);
	if (!t || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t)) return undefined;
	const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(t) ? t : `${t}Z`);
	return Number.isFinite(ms) ? ms : undefined;
}

/** Great-circle distance in km (mean Earth radius 6371.0088 km, IUGG). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export type XmlKind = 'gpx' | 'tcx';

/** The XML format of a text, from its root element; null when it is neither. */
export function xmlKind(head: string): XmlKind | null {
	const root = /<(?:[\w-]+:)?(gpx|TrainingCenterDatabase)[\s>/]/.exec(head);
	if (!root) return null;
	return root[1] === 'gpx' ? 'gpx' : 'tcx';
}

function parseXml(xml: string, what: string): Node {
	const valid = XMLValidator.validate(xml);
	if (valid !== true)
		throw new ImportError(
			`This ${what} file is damaged or cut short (line ${valid.err.line}): ${valid.err.msg}`
		);
	return obj(parser.parse(xml));
}

function activity(
	start: number,
	km: number,
	seconds: number | undefined,
	sport: Activity['sport']
): Activity {
	return {
		start: isoInstant(start),
		distanceKm: roundKm(km),
		...(seconds !== undefined ? { durationS: Math.round(seconds) } : {}),
		sport
	};
}

export function parseGpx(xml: string): Parsed {
	const gpx = obj(parseXml(xml, 'GPX').gpx);
	const tracks = list(gpx.trk);
	const notes: string[] = [];
	const activities: Activity[] = [];
	let untimed = 0;
	for (const trk of tracks) {
		let km = 0;
		let first: number | undefined;
		let last: number | undefined;
		for (const seg of list(trk.trkseg)) {
			let prev: [number, number] | null = null;
			for (const pt of list(seg.trkpt)) {
				const lat = Number(pt['@lat']);
				const lon = Number(pt['@lon']);
				if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
				if (prev) km += haversineKm(prev[0], prev[1], lat, lon);
				prev = [lat, lon];
				const t = xmlTime(pt.time);
				if (t !== undefined) {
					first = first === undefined ? t : Math.min(first, t);
					last = last === undefined ? t : Math.max(last, t);
				}
			}
		}
		if (first === undefined || last === undefined) {
			untimed++;
			continue;
		}
		if (km > MAX_ACTIVITY_KM) continue;
		const seconds = (last - first) / 1000;
		const named = namedSport(text(trk.type));
		const sport = named ?? sportFromSpeed(km, seconds);
		if (named === null)
			notes.push(
				`A track does not name its sport; read as ${sport === 'run' ? 'a run' : 'another sport'} from its speed.`
			);
		activities.push(activity(first, km, seconds, sport));
	}
	if (activities.length === 0) {
		if (tracks.length === 0 && (gpx.rte !== undefined || gpx.wpt !== undefined))
			throw new ImportError(
				'This GPX file is a route or a set of waypoints, not a recorded activity.'
			);
		if (untimed > 0)
			throw new ImportError(
				'This GPX file has no times: it looks like a planned route, not a recorded activity.'
			);
		throw new ImportError('This GPX file holds no track.');
	}
	if (untimed > 0) notes.push(`${count(untimed, 'track')} without times left out.`);
	return { activities, notes };
}

export function parseTcx(xml: string): Parsed {
	const tcx = obj(parseXml(xml, 'TCX').TrainingCenterDatabase);
	const acts = list(obj(tcx.Activities).Activity);
	if (acts.length === 0) {
		if (tcx.Courses !== undefined)
			throw new ImportError('This TCX file is a course, not a recorded activity.');
		throw new ImportError('This TCX file holds no activity.');
	}
	const notes: string[] = [];
	const activities: Activity[] = [];
	let skipped = 0;
	for (const act of acts) {
		const laps = list(act.Lap);
		let metres = 0;
		let seconds = 0;
		let start: number | undefined;
		for (const lap of laps) {
			metres += number(lap.DistanceMeters) ?? 0;
			seconds += number(lap.TotalTimeSeconds) ?? 0;
			start ??= xmlTime(lap['@StartTime']);
		}
		start ??= xmlTime(act.Id);
		const km = metres / 1000;
		if (start === undefined || km > MAX_ACTIVITY_KM) {
			skipped++;
			continue;
		}
		const named = namedSport(text(act['@Sport']));
		const sport = named ?? sportFromSpeed(km, seconds);
		if (named === null)
			notes.push(
				`An activity does not name its sport; read as ${sport === 'run' ? 'a run' : 'another sport'} from its speed.`
			);
		activities.push(activity(start, km, laps.length ? seconds : undefined, sport));
	}
	if (skipped > 0)
		notes.push(`${count(skipped, 'activity', 'activities')} without a start time left out.`);
	if (activities.length === 0)
		throw new ImportError('This TCX file holds no activity with a start time.');
	return { activities, notes };
}
