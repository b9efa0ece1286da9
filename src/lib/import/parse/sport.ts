/**
 * Which activities are runs. Treadmill, trail, track and virtual runs load the calf like any
 * run and count; walks, hikes and everything else are other sports (their hours count as
 * other-sport hours).
 */
import type { Sport } from '../activity';

/** Strava's activity types that are runs (its exports write these in English). */
const STRAVA_RUN = new Set(['run', 'trail run', 'virtual run', 'treadmill run', 'track run']);
/** Free-text sport names: GPX `<type>`, TCX `Sport`, a CSV column. */
const RUN_WORDS = /\b(run|running|jog|jogging|trail ?run|treadmill|track)\b/i;

/** A FIT `sport` as the SDK names it (`running`, `cycling`, …); `generic` says nothing. */
export function fitSport(sport: unknown): Sport | null {
	if (typeof sport !== 'string' || sport === 'generic') return null;
	return sport === 'running' ? 'run' : 'other';
}

export function stravaSport(type: string): Sport {
	return STRAVA_RUN.has(type.trim().toLowerCase()) ? 'run' : 'other';
}

/** A sport named in words; null when the name says nothing (empty, `other`, a number Strava used to write). */
export function namedSport(name: string | undefined): Sport | null {
	const t = name?.trim() ?? '';
	if (t === '' || /^(other|generic|\d+)$/i.test(t)) return null;
	return RUN_WORDS.test(t) ? 'run' : 'other';
}

/**
 * A file that does not name its sport is read from its average speed: 6.5–20 km/h is a run's
 * (about 9:14 down to 3:00 min/km); slower is a walk or hike, faster a ride. Our own reading,
 * said beside the file.
 */
export const RUN_SPEED_KMH = { min: 6.5, max: 20 };

export function sportFromSpeed(km: number, seconds: number | undefined): Sport {
	if (!seconds || seconds <= 0) return 'other';
	const kmh = km / (seconds / 3600);
	return kmh >= RUN_SPEED_KMH.min && kmh <= RUN_SPEED_KMH.max ? 'run' : 'other';
}
