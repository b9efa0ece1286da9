import { describe, expect, it } from 'vitest';
import { textContext } from './rules';
import { TIP_IDS } from './schema';
import { TIPS } from './tip-table';

describe('the tip table', () => {
	it('lists the tips in the order of tip ids, with numbers in their text', () => {
		expect(TIPS.map((t) => t.id)).toEqual([...TIP_IDS]);
		for (const t of TIPS.filter((t) => t.id !== 'see-a-professional'))
			expect(t.text(textContext()), t.id).toMatch(/\d/);
	});

	it('describes every tip trigger for the method page', () => {
		for (const t of TIPS) {
			if (t.id === 'see-a-professional') expect(t.triggers).toEqual([]);
			else expect(t.triggers.length, t.id).toBeGreaterThan(0);
			for (const trigger of t.triggers) expect(trigger.when.length, t.id).toBeGreaterThan(5);
		}
	});
});
