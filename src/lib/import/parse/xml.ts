/**
 * GPX and TCX, the XML formats watches and apps export, read with saxes, a streaming XML
 * parser (a Web Worker has no DOMParser). Streaming matters: a tree of every track point would
 * cost several times the time and memory, and only starts, distances, durations and sports come
 * out; points are read for the distance and dropped. saxes checks that the file is well formed
 * (a file cut short fails) and expands no entities a document declares, so no XML bomb grows.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MAX_ACTIVITY_KM, isoInstant, roundKm, type Activity } from '../activity';
import { namedSport, sportFromSpeed } from './sport';
import { ImportError, count, type Parsed } from './result';

/** GPX and TCX times are UTC; a time written without a zone is read as UTC, as GPX 1.1 says. */
export function xmlTime(t: string | undefined): number | undefined {
	const s = t?.trim();
	if (!s || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return undefined;
	const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(s) ? s : `${s}Z`);
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

const local = (name: string) => name.slice(name.indexOf(':') + 1);

interface Handlers {
	open(name: string, attrs: Record<string, string>, parent: string | undefined): void;
	/** Text directly inside `name`, whose parent is `parent`. */
	text(name: string, parent: string | undefined, value: string): void;
	close(name: string): void;
}

/** Streams the document through the handlers; a document that is not well formed is refused. */
function walk(xml: string, what: string, h: Handlers) {
	const parser = new SaxesParser({ xmlns: false, position: true });
	const stack: string[] = [];
	parser.on('opentag', (tag: SaxesTagPlain) => {
		const name = local(tag.name);
		h.open(name, tag.attributes, stack.at(-1));
		stack.push(name);
	});
	parser.on('text', (value) => {
		if (stack.length) h.text(stack.at(-1)!, stack.at(-2), value);
	});
	parser.on('closetag', () => h.close(stack.pop()!));
	try {
		parser.write(xml).close();
	} catch (e) {
		const why =
			e instanceof Error ? e.message.replace(/^.*?:\d+:\d+: /, '') : 'it could not be read';
		throw new ImportError(
			`This ${what} file is damaged or cut short (line ${parser.line}): ${why}.`
		);
	}
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

function guessed(sport: Activity['sport'], what: string): string {
	return `${what} does not name its sport; read as ${sport === 'run' ? 'a run' : 'another sport'} from its speed.`;
}

interface Track {
	type: string;
	km: number;
	first?: number;
	last?: number;
	prev: [number, number] | null;
}

export function parseGpx(xml: string): Parsed {
	const tracks: Track[] = [];
	let track: Track | undefined;
	let routes = false;
	walk(xml, 'GPX', {
		open(name, attrs) {
			if (name === 'trk') tracks.push((track = { type: '', km: 0, prev: null }));
			else if (name === 'trkseg' && track) track.prev = null;
			else if (name === 'trkpt' && track) {
				const lat = Number(attrs.lat);
				const lon = Number(attrs.lon);
				if (!Number.isFinite(lat) || !Number.isFinite(lon) || attrs.lat === '' || attrs.lon === '')
					return;
				if (track.prev) track.km += haversineKm(track.prev[0], track.prev[1], lat, lon);
				track.prev = [lat, lon];
			} else if (name === 'rte' || name === 'wpt') routes = true;
		},
		text(name, parent, value) {
			if (!track) return;
			if (name === 'time' && parent === 'trkpt') {
				const t = xmlTime(value);
				if (t === undefined) return;
				track.first = track.first === undefined ? t : Math.min(track.first, t);
				track.last = track.last === undefined ? t : Math.max(track.last, t);
			} else if (name === 'type' && parent === 'trk') track.type += value;
		},
		close(name) {
			if (name === 'trk') track = undefined;
		}
	});
	const notes: string[] = [];
	const activities: Activity[] = [];
	let untimed = 0;
	for (const t of tracks) {
		if (t.first === undefined || t.last === undefined) {
			untimed++;
			continue;
		}
		if (t.km > MAX_ACTIVITY_KM) continue;
		const seconds = (t.last - t.first) / 1000;
		const named = namedSport(t.type);
		const sport = named ?? sportFromSpeed(t.km, seconds);
		if (named === null) notes.push(guessed(sport, 'A track'));
		activities.push(activity(t.first, t.km, seconds, sport));
	}
	if (activities.length === 0) {
		if (tracks.length === 0 && routes)
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

interface Session {
	sport: string;
	id?: number;
	start?: number;
	metres: number;
	seconds: number;
	laps: number;
}

export function parseTcx(xml: string): Parsed {
	const sessions: Session[] = [];
	let current: Session | undefined;
	let courses = false;
	walk(xml, 'TCX', {
		open(name, attrs, parent) {
			if (name === 'Activity' && parent === 'Activities')
				sessions.push((current = { sport: attrs.Sport ?? '', metres: 0, seconds: 0, laps: 0 }));
			else if (name === 'Lap' && current) {
				current.laps++;
				current.start ??= xmlTime(attrs.StartTime);
			} else if (name === 'Courses') courses = true;
		},
		text(name, parent, value) {
			if (!current) return;
			if (parent === 'Lap' && name === 'DistanceMeters') current.metres += Number(value) || 0;
			else if (parent === 'Lap' && name === 'TotalTimeSeconds')
				current.seconds += Number(value) || 0;
			else if (parent === 'Activity' && name === 'Id') current.id ??= xmlTime(value);
		},
		close(name) {
			if (name === 'Activity') current = undefined;
		}
	});
	if (sessions.length === 0) {
		if (courses) throw new ImportError('This TCX file is a course, not a recorded activity.');
		throw new ImportError('This TCX file holds no activity.');
	}
	const notes: string[] = [];
	const activities: Activity[] = [];
	let skipped = 0;
	for (const s of sessions) {
		const start = s.start ?? s.id;
		const km = s.metres / 1000;
		if (start === undefined || km > MAX_ACTIVITY_KM) {
			skipped++;
			continue;
		}
		const named = namedSport(s.sport);
		const sport = named ?? sportFromSpeed(km, s.seconds);
		if (named === null) notes.push(guessed(sport, 'An activity'));
		activities.push(activity(start, km, s.laps ? s.seconds : undefined, sport));
	}
	if (skipped > 0)
		notes.push(`${count(skipped, 'activity', 'activities')} without a start time left out.`);
	if (activities.length === 0)
		throw new ImportError('This TCX file holds no activity with a start time.');
	return { activities, notes };
}
