/**
 * FIT files (Garmin, Coros, Suunto, Polar, Wahoo…), read with Garmin's own FIT SDK. Each
 * session message is one activity (a multisport file has several): its start, total distance
 * and timer time (moving time, pauses excluded). Files without sessions, as some older devices
 * write, fall back to their laps, then to their records.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import { MAX_ACTIVITY_KM, isoInstant, roundKm, type Activity } from '../activity';
import { fitSport, sportFromSpeed } from './sport';
import { ImportError, count, type Parsed } from './result';

/** FIT timestamps count seconds from 1989-12-31T00:00:00Z. */
const FIT_EPOCH_MS = 631_065_600_000;

interface Summary {
	startTime?: unknown;
	timestamp?: unknown;
	sport?: unknown;
	totalDistance?: unknown;
	totalTimerTime?: unknown;
	totalElapsedTime?: unknown;
}

function num(x: unknown): number | undefined {
	return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

function fitMs(x: unknown): number | undefined {
	const s = num(x);
	return s === undefined ? undefined : FIT_EPOCH_MS + s * 1000;
}

export function isFit(bytes: Uint8Array): boolean {
	return (
		bytes.length >= 12 &&
		bytes[8] === 0x2e &&
		bytes[9] === 0x46 &&
		bytes[10] === 0x49 &&
		bytes[11] === 0x54
	);
}

export function parseFit(bytes: Uint8Array): Parsed {
	if (!isFit(bytes)) throw new ImportError('This is not a FIT file.');
	const stream = Stream.fromByteArray(bytes);
	const decoder = new Decoder(stream);
	const intact = decoder.checkIntegrity();
	// Only what is needed is decoded: no sub-field or component expansion, no heart-rate
	// merge, raw timestamps (faster, and nothing of the track is kept).
	const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read({
		expandSubFields: false,
		expandComponents: false,
		mergeHeartRates: false,
		convertDateTimesToDates: false,
		includeUnknownData: false
	});
	const notes: string[] = [];
	const sessions = (messages.sessionMesgs ?? []) as Summary[];
	const laps = (messages.lapMesgs ?? []) as Summary[];
	const records = (messages.recordMesgs ?? []) as Summary[];
	const fileSport = (messages.sportMesgs?.[0] as Summary | undefined)?.sport;

	let summaries: Summary[] = sessions;
	if (summaries.length === 0 && laps.length > 0) summaries = [lapsAsSession(laps, fileSport)];
	if (summaries.length === 0 && records.length > 0)
		summaries = [recordsAsSession(records, fileSport)];
	if (summaries.length === 0) {
		if (errors.length > 0 || !intact)
			throw new ImportError(
				'This FIT file is damaged or cut short: no activity could be read from it.'
			);
		throw new ImportError(
			'This FIT file holds no activity (it may be a course, a workout or settings).'
		);
	}

	const activities: Activity[] = [];
	let skipped = 0;
	for (const s of summaries) {
		const start = fitMs(s.startTime) ?? fitMs(s.timestamp);
		const metres = num(s.totalDistance);
		const seconds = num(s.totalTimerTime) ?? num(s.totalElapsedTime);
		if (start === undefined || start < Date.UTC(1990, 0, 1)) {
			skipped++;
			continue;
		}
		const km = metres === undefined ? 0 : roundKm(metres / 1000);
		if (km > MAX_ACTIVITY_KM) {
			skipped++;
			continue;
		}
		const named = fitSport(s.sport) ?? fitSport(fileSport);
		activities.push({
			start: isoInstant(start),
			distanceKm: km,
			...(seconds !== undefined ? { durationS: Math.round(seconds) } : {}),
			sport: named ?? sportFromSpeed(km, seconds)
		});
		if (named === null)
			notes.push(
				`The file does not name its sport; read as ${activities.at(-1)!.sport === 'run' ? 'a run' : 'another sport'} from its speed.`
			);
	}
	if (skipped > 0)
		notes.push(`${count(skipped, 'session')} without a usable start or distance left out.`);
	if (!intact || errors.length > 0)
		notes.push('The file is damaged or cut short; what could be read of it was kept.');
	if (activities.length === 0)
		throw new ImportError('This FIT file holds no activity with a start time that could be read.');
	return { activities, notes };
}

function lapsAsSession(laps: Summary[], fileSport: unknown): Summary {
	let metres = 0;
	let seconds = 0;
	for (const l of laps) {
		metres += num(l.totalDistance) ?? 0;
		seconds += num(l.totalTimerTime) ?? num(l.totalElapsedTime) ?? 0;
	}
	return {
		startTime: laps[0]!.startTime ?? laps[0]!.timestamp,
		sport: laps.find((l) => l.sport !== undefined)?.sport ?? fileSport,
		totalDistance: metres,
		totalTimerTime: seconds
	};
}

function recordsAsSession(records: Summary[], fileSport: unknown): Summary {
	let first: number | undefined;
	let last: number | undefined;
	let metres: number | undefined;
	for (const r of records) {
		const t = num(r.timestamp);
		if (t !== undefined) {
			first = first === undefined ? t : Math.min(first, t);
			last = last === undefined ? t : Math.max(last, t);
		}
		const d = num((r as { distance?: unknown }).distance);
		if (d !== undefined) metres = Math.max(metres ?? 0, d);
	}
	return {
		startTime: first,
		sport: fileSport,
		totalDistance: metres,
		totalElapsedTime: first !== undefined && last !== undefined ? last - first : undefined
	};
}
