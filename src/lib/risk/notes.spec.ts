import { describe, expect, it } from 'vitest';
import { interpretations, methodNotes } from './notes';
import { ruleFor, textContext } from './rules';
import { FACTOR_BAND_CUTS, INDEX_BAND_CUTS } from './scoring';

const { row } = textContext();
const SCORING = { factor: FACTOR_BAND_CUTS, index: INDEX_BAND_CUTS };

describe('the notes and interpretations', () => {
	it('carries the notes and interpretations the method page shows', () => {
		const notes = methodNotes(row, SCORING).map((n) => n.id);
		expect(notes).toEqual(
			expect.arrayContaining([
				'toebox-no-calf-evidence',
				'in-toeing-not-scored',
				'acwr-not-scored',
				'cadence-tips-only',
				'cadence-180'
			])
		);
		expect(interpretations(row).length).toBeGreaterThanOrEqual(10);
	});

	it("names the toe-box finding by the row's own title", () => {
		const note = methodNotes(row, SCORING).find((n) => n.id === 'toebox-no-calf-evidence');
		expect(note?.text).toContain(`"${ruleFor('shoe.toebox').title}"`);
	});
});
