/** Heel-raise norms for the calf-strength rule, approximate. */
import type { Runner } from './schema';

/**
 * Single-leg heel raises to fatigue, knee straight. APPROXIMATE norms from secondary sources
 * that agree within one rep; Hébert-Losier et al., Physiotherapy 2017 (566 adults) gives
 * medians of 24 (men) and 21 (women). The test varies about ±6 reps from day to day. Ages
 * outside the table take its nearest decade.
 */
export const HEEL_RAISE_NORMS = {
	approximate: true,
	source: 'Hébert-Losier et al., Physiotherapy 2017 and secondary sources (approximate)',
	byDecade: [
		{ from: 20, to: 29, male: 37, female: 31 },
		{ from: 30, to: 39, male: 33, female: 27 },
		{ from: 40, to: 49, male: 28, female: 25 },
		{ from: 50, to: 59, male: 24, female: 22 },
		{ from: 60, to: 69, male: 19, female: 19 },
		{ from: 70, to: 79, male: 15, female: 17 }
	],
	/** Lunsford & Perry 1995 mean 27.9; "about 25" is the common clinical norm. */
	default: 25,
	defaultSource: 'Lunsford & Perry 1995 (mean 27.9); "about 25" is the common clinical norm',
	/** Day-to-day variation of the test (Hébert-Losier 2017). */
	dayToDay: 6
} as const;

export interface HeelRaiseNorm {
	reps: number;
	/** How the norm was chosen, for the "why" sentence. */
	basis: string;
}

export function heelRaiseNorm(age: number | undefined, sex: Runner['sex']): HeelRaiseNorm {
	if (age === undefined || sex === undefined || sex === 'unspecified') {
		return {
			reps: HEEL_RAISE_NORMS.default,
			basis: `the general norm of about ${HEEL_RAISE_NORMS.default} (age or sex not given)`
		};
	}
	const rows = HEEL_RAISE_NORMS.byDecade;
	const first = rows[0];
	const last = rows[rows.length - 1];
	const row =
		rows.find((r) => age >= r.from && age < r.to + 1) ?? (first && age < first.from ? first : last);
	if (!row) throw new Error('HEEL_RAISE_NORMS.byDecade is empty');
	const who = sex === 'male' ? 'men' : 'women';
	return {
		reps: row[sex],
		basis: `the approximate norm of ${row[sex]} for ${who} aged ${row.from}–${row.to}`
	};
}
