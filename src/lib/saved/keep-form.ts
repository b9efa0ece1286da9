/**
 * The /check form ↔ the saved record. Pure, so node tests cover what a return visit shows.
 */
import * as v from 'valibot';
import { convertValues, requestToValues } from '../form/values';
import { type FormParse } from '../form/parse';
import { type FormValues } from '../form/fields';
import type { SavedRecord } from './record';
import { RunnerSchema, ShoeSchema, type Runner } from '../risk/schema';

const ShoesSchema = v.array(ShoeSchema);

/** A shoe the runner has not started on: no field typed, or just an empty name. */
function blank(shoe: Record<string, unknown>): boolean {
	return Object.entries(shoe).every(([key, value]) => key === 'name' && value === '');
}

/**
 * The runner's answers answer by answer: each that validates on its own is taken, one that does
 * not (a half-typed number, weeks with a gap) keeps its saved value, and one cleared is dropped.
 * So one bad answer never holds back the others, a ticked warning sign included.
 */
function runnerAnswers(saved: Runner, raw: Record<string, unknown>): Runner {
	const entries = RunnerSchema.entries as Record<string, v.GenericSchema>;
	const merged: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		const schema = entries[key];
		if (!schema) continue;
		const one = v.safeParse(schema, value);
		if (one.success) merged[key] = one.output;
		else if (key in saved) merged[key] = saved[key as keyof Runner];
	}
	const whole = v.safeParse(RunnerSchema, merged);
	return whole.success ? whole.output : saved;
}

/**
 * The record with the form's answers, shoes and units, or null when nothing would change.
 * An answer or shoe list that does not validate yet (a half-typed number) keeps its last saved
 * value, so typing never wipes what was kept, and the other answers are kept as typed. New
 * weekly distances are stamped with `now` (the caller's clock), so a later visit can tell how
 * old they are.
 */
export function keptAnswers(record: SavedRecord, parse: FormParse, now: Date): SavedRecord | null {
	let runner: Runner;
	let shoes = record.shoes;
	if (parse.result.ok) {
		({ runner, shoes } = parse.result.value);
	} else {
		runner = runnerAnswers(record.runner, parse.raw.runner);
		const started = parse.raw.shoes.filter((shoe) => !blank(shoe));
		const s = v.safeParse(ShoesSchema, started);
		if (s.success) shoes = s.output;
	}
	const next: SavedRecord = { ...record, runner, shoes, units: parse.units };
	if (JSON.stringify(runner.weeklyKm) !== JSON.stringify(record.runner.weeklyKm)) {
		if (runner.weeklyKm?.length) next.weeklyKmSavedAt = now.toISOString();
		else delete next.weeklyKmSavedAt;
	}
	const same =
		JSON.stringify([record.runner, record.shoes, record.units]) ===
		JSON.stringify([next.runner, next.shoes, next.units]);
	return same ? null : next;
}

/**
 * What the form shows on a return visit: the saved answers, shoes and units, or null when
 * nothing was saved. A shoe picked from the catalog (`?pick=`) replaces the saved shoes but
 * keeps the runner's own answers and units.
 */
export function restoredValues(
	record: SavedRecord,
	pageValues: FormValues,
	picked: boolean
): FormValues | null {
	const metric = record.units.length === 'mm' && record.units.distance === 'km';
	const empty = Object.keys(record.runner).length === 0 && record.shoes.length === 0;
	if (empty && metric) return null;
	const restored = requestToValues(
		{ runner: record.runner, shoes: picked ? [] : record.shoes },
		record.units
	);
	if (!picked) return restored;
	const shoeFields = Object.fromEntries(
		Object.entries(pageValues).filter(
			([name]) => name.startsWith('shoes.') || name.startsWith('units.')
		)
	);
	return { ...restored, ...convertValues(shoeFields, record.units) };
}
