/**
 * All files' activities as one history: answers applied, duplicates across files counted once.
 * Pure, so the order of files provably changes nothing (see merge.spec.ts).
 */
import type { Activity } from './activity';
import { dedupe, type Sourced } from './dedupe';
import { dated } from './load';
import { resolvePending, type Answer } from './pending';
import type { FileResult } from './read';

export interface FileTally {
	runs: number;
	other: number;
	/** Activities also found in another file (or twice in this one), counted once. */
	duplicates: number;
	/** Waiting for the runner's answer. */
	waiting: boolean;
	notes: string[];
}

export interface Merged {
	activities: Activity[];
	tallies: FileTally[];
}

export function mergeResults(
	results: readonly (FileResult | undefined)[],
	answers: Readonly<Record<number, Answer>>,
	timeZone: string
): Merged {
	const all: Sourced[] = [];
	const owner: number[] = [];
	const tallies: FileTally[] = results.map((r, i) => {
		const tally: FileTally = { runs: 0, other: 0, duplicates: 0, waiting: false, notes: [] };
		if (!r || r.error) return tally;
		let list = r.items;
		if (r.pending) {
			const a = answers[i] ?? {};
			const complete = (!r.question?.unit || a.unit) && (!r.question?.order || a.order);
			if (complete) {
				const resolved = safeResolve(r, a);
				list = [...list, ...resolved.items];
				tally.notes = resolved.notes;
			} else tally.waiting = true;
		}
		for (const s of list) {
			all.push(s);
			owner.push(i);
		}
		return tally;
	});
	const kept = dedupe(all, timeZone);
	const activities: Activity[] = [];
	kept.forEach((k, j) => {
		const t = tallies[owner[j]!]!;
		if (!k) t.duplicates++;
		else {
			activities.push(all[j]!.activity);
			if (all[j]!.activity.sport === 'run') t.runs++;
			else t.other++;
		}
	});
	// Oldest first; the shape saved is the bare activity.
	const ordered = dated(activities, timeZone).map(({ start, distanceKm, durationS, sport }) => ({
		start,
		distanceKm,
		...(durationS !== undefined ? { durationS } : {}),
		sport
	}));
	return { activities: ordered, tallies };
}

function safeResolve(r: FileResult, a: Answer): { items: Sourced[]; notes: string[] } {
	try {
		return resolvePending(r.pending!, a);
	} catch (e) {
		return { items: [], notes: [e instanceof Error ? e.message : 'These rows could not be read.'] };
	}
}
