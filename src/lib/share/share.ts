/**
 * Share links (user story 4, "Show my physio"): the whole request (answers, shoes, units) rides
 * after the `#`, so it never reaches the server; results are recomputed from it on arrival.
 *
 * Fragment: `v2.` + lz-string(JSON of positional arrays). Keys are dropped for position lists
 * frozen per link version (the spec file checks they still cover the schema), which keeps a
 * six-shoe link with every field filled well under 2,000 characters. Absent answers are `null`.
 */
import lz from 'lz-string';
import * as v from 'valibot';
import {
	RETIRED_FLAGS,
	findHazard,
	parseRequest,
	type AssessRequest,
	type Runner,
	type Shoe
} from '../risk/schema';
import { MAX_DEPTH, UnitsSchema, type Units } from '../saved/record';

/** 2 added how the pain started (`pain.onset`) as a third place of the pain tuple. */
export const SHARE_VERSION = 2;

/**
 * Caps checked before and after decompressing. LZ codes grow one entry per code, so a fragment
 * of n characters can expand roughly quadratically: at 6,000 characters a run of one letter
 * comes out near 5.7 million characters (measured: ~15 ms, ~11 MB, then refused), while the
 * worst valid request (six 80-character names of random CJK text, every number at full double
 * precision) encodes to 3,443 characters and a realistic full six-shoe one to 712.
 */
export const SHARE_MAX_FRAGMENT = 6_000;
export const SHARE_MAX_JSON = 40_000;

/** Frozen for link version 1: never reorder; a new field means a new link version. */
export const RUNNER_KEYS_V1 = [
	'age',
	'sex',
	'bodyMassKg',
	'monthsRunningLast12',
	'weeklyKm',
	'longestRunLast30DaysKm',
	'nextRunKm',
	'restDaysPerWeek',
	'otherSportHoursPerWeek',
	'fastSessions',
	'footStrike',
	'footStrikeChangedRecently',
	'footPosture',
	'cadenceSpm',
	'heelRaises',
	'heelRaisePain',
	'kneeToWallCm',
	'forefootWidthMm',
	'usualDropMm',
	'pairsInRotation',
	'previousCalfInjury',
	'pain',
	'redFlags'
] as const satisfies readonly (keyof Runner)[];

export const SHOE_KEYS_V1 = [
	'name',
	'heelDropMm',
	'measuredDropMm',
	'toeBoxWidthMm',
	'toeBoxFit',
	'support',
	'minimalist',
	'wornKm',
	'monthsWorn'
] as const satisfies readonly (keyof Shoe)[];

/**
 * Object-valued answers travel as tuples in this order; the places after `required` are optional
 * and dropped from the end when absent. Frozen per link version.
 */
type Tuples = Record<string, { keys: readonly string[]; required: number }>;
const TUPLES_V1: Tuples = {
	heelRaises: { keys: ['left', 'right'], required: 2 },
	kneeToWallCm: { keys: ['left', 'right'], required: 2 },
	pain: { keys: ['duringRun', 'nextMorning'], required: 2 }
};
const TUPLES_V2: Tuples = {
	...TUPLES_V1,
	pain: { keys: ['duringRun', 'nextMorning', 'onset'], required: 2 }
};
const TUPLES: Record<number, Tuples> = { 1: TUPLES_V1, 2: TUPLES_V2 };

export interface Shared {
	request: AssessRequest;
	units?: Units;
	/** The link held a warning sign since split into two: the page says so. */
	retiredFlags?: true;
}

export type DecodeResult = { ok: true; value: Shared } | { ok: false; message: string };

function pack(keys: readonly string[], source: Record<string, unknown>): unknown[] {
	const out = keys.map((key) => {
		const value = source[key];
		if (value === undefined) return null;
		const tuple = TUPLES_V2[key];
		if (tuple && value !== null && typeof value === 'object') {
			const o = value as Record<string, unknown>;
			const places = tuple.keys.map((k) => o[k]);
			while (places.length > tuple.required && places.at(-1) === undefined) places.pop();
			return places;
		}
		return value;
	});
	while (out.length > 0 && out.at(-1) === null) out.pop();
	return out;
}

const BAD = Symbol('bad');

/** Positions back into an object of known keys only; anything misshapen is BAD. */
function unpack(
	keys: readonly string[],
	packed: unknown,
	tuples: Tuples
): Record<string, unknown> | typeof BAD {
	if (!Array.isArray(packed) || packed.length > keys.length) return BAD;
	const out: Record<string, unknown> = {};
	for (const [i, value] of packed.entries()) {
		const key = keys[i] as string;
		if (value === null) continue;
		const tuple = tuples[key];
		if (tuple) {
			if (!Array.isArray(value) || value.length < tuple.required) return BAD;
			if (value.length > tuple.keys.length) return BAD;
			out[key] = Object.fromEntries(value.map((place, k) => [tuple.keys[k], place]));
		} else {
			out[key] = value;
		}
	}
	return out;
}

/** The fragment (without `#`) that carries a request and, optionally, the sender's units. */
export function encodeShare(request: AssessRequest, units?: Units): string {
	const payload: unknown[] = [
		pack(RUNNER_KEYS_V1, request.runner),
		request.shoes.map((shoe) => pack(SHOE_KEYS_V1, shoe))
	];
	if (units) payload.push([units.length, units.distance]);
	return `v${SHARE_VERSION}.${lz.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

const PREFIX = /^v(\d{1,6})\.(.*)$/s;

const DAMAGED =
	'This share link is damaged or incomplete. Was it cut off when copied? Ask for the link again.';
const NOT_SHARE = 'This is not a Stridecheck share link.';

/** Read a share fragment (with or without `#`). Never throws: every failure is a message. */
export function decodeShare(fragment: string): DecodeResult {
	if (typeof fragment !== 'string') return { ok: false, message: NOT_SHARE };
	const text = fragment.replace(/^#/, '');
	if (text.length > SHARE_MAX_FRAGMENT) {
		return { ok: false, message: 'This share link is too long to be a Stridecheck link.' };
	}
	const match = PREFIX.exec(text);
	if (!match) return { ok: false, message: NOT_SHARE };
	const version = Number(match[1]);
	if (version > SHARE_VERSION) {
		return {
			ok: false,
			message:
				'This share link was made by a newer Stridecheck. Reload the page to get the newest version, then open the link again.'
		};
	}
	if (version < 1) return { ok: false, message: NOT_SHARE };
	let body = match[2] ?? '';
	// Some apps percent-encode `$` or `+` when they pass a link on.
	if (body.includes('%')) {
		try {
			body = decodeURIComponent(body);
		} catch {
			return { ok: false, message: DAMAGED };
		}
	}
	if (!/^[A-Za-z0-9+\-$]+$/.test(body)) return { ok: false, message: DAMAGED };

	let json: string | null;
	try {
		json = lz.decompressFromEncodedURIComponent(body);
	} catch {
		return { ok: false, message: DAMAGED };
	}
	if (!json) return { ok: false, message: DAMAGED };
	if (json.length > SHARE_MAX_JSON) {
		return { ok: false, message: 'This share link holds too much data to be a Stridecheck link.' };
	}
	let payload: unknown;
	try {
		payload = JSON.parse(json);
	} catch {
		return { ok: false, message: DAMAGED };
	}
	// Forbidden keys are left to parseRequest, whose message names them; depth would overflow it.
	if (findHazard(payload, MAX_DEPTH)?.kind === 'deep') return { ok: false, message: DAMAGED };
	if (!Array.isArray(payload) || payload.length < 2 || payload.length > 3) {
		return { ok: false, message: DAMAGED };
	}
	const [packedRunner, packedShoes, packedUnits] = payload as unknown[];
	const tuples = TUPLES[version] ?? TUPLES_V2;
	const runner = unpack(RUNNER_KEYS_V1, packedRunner, tuples);
	if (runner === BAD || !Array.isArray(packedShoes)) return { ok: false, message: DAMAGED };
	const shoes: Record<string, unknown>[] = [];
	for (const packed of packedShoes) {
		const shoe = unpack(SHOE_KEYS_V1, packed, tuples);
		if (shoe === BAD) return { ok: false, message: DAMAGED };
		shoes.push(shoe);
	}
	const parsed = parseRequest({ runner, shoes });
	if (!parsed.ok) {
		const first = parsed.errors[0];
		return {
			ok: false,
			message: `This share link holds an answer Stridecheck cannot use (${first?.path}: ${first?.message}).`
		};
	}
	const flags = runner.redFlags;
	const retired = Array.isArray(flags) && flags.some((f) => Object.hasOwn(RETIRED_FLAGS, f));
	const value: Shared = { request: parsed.value, ...(retired ? { retiredFlags: true } : {}) };
	if (packedUnits === undefined) return { ok: true, value };
	const units = Array.isArray(packedUnits)
		? v.safeParse(UnitsSchema, { length: packedUnits[0], distance: packedUnits[1] })
		: null;
	if (!units?.success || (packedUnits as unknown[]).length !== 2) {
		return { ok: false, message: DAMAGED };
	}
	return { ok: true, value: { ...value, units: units.output } };
}
