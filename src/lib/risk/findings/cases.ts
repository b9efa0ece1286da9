/**
 * The findings' table tests: one test shoe, one way to judge a runner with a rule, and one
 * `it.each` shape for "these answers give this band". Test-only: nothing in the app imports
 * this file.
 */
import { expect, it } from 'vitest';
import { ruleFor } from '../rules';
import type { Verdict } from '../rule';
import type { Band, FindingId, Runner, Shoe } from '../schema';

export const SHOE: Shoe = { name: 'Test shoe', heelDropMm: 10 };

/** A rule's verdict for a runner in the test shoe, changed by `shoe`. */
export function verdictFor(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}): Verdict {
	return ruleFor(id).evaluate({ runner, shoe: { ...SHOE, ...shoe } });
}

export function bandFor(id: FindingId, runner: Runner, shoe: Partial<Shoe> = {}): Band {
	return verdictFor(id, runner, shoe).band;
}

/**
 * One test per row: the row's last cell is the band the rule must give; `situation` turns the
 * cells before it into the runner (and what differs from the test shoe). `title` is vitest's
 * printf pattern over the whole row.
 */
export function bandCases<Row extends unknown[]>(
	id: FindingId,
	title: string,
	rows: NoInfer<readonly (readonly [...Row, Band])[]>,
	situation: (...cells: Row) => [runner: Runner, shoe?: Partial<Shoe>]
): void {
	it.each(rows.map((row): unknown[] => [...row]))(title, (...row: unknown[]) => {
		const band = row.pop();
		expect(bandFor(id, ...situation(...(row as Row)))).toBe(band);
	});
}
