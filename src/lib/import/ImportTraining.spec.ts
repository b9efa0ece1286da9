import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ImportTraining from './ImportTraining.svelte';

describe('ImportTraining without JavaScript', () => {
	it('renders a note that import needs JavaScript and the questions can be typed, and a disabled picker', () => {
		const { body } = render(ImportTraining, {
			props: { units: { length: 'mm', distance: 'km' }, calfHurts: false, onfill: () => {} }
		});
		expect(body.replace(/\s+/g, ' ')).toContain(
			'Reading your watch or app files needs JavaScript. You can type your weekly distances and runs in the questions instead.'
		);
		expect(body).toMatch(/<input[^>]*id="import-pick"[^>]*disabled/);
		// Nothing of the import belongs to the page's form.
		expect(body).toMatch(/<input[^>]*form="import-training-no-form"/);
	});
});
