import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import ImportTraining from './ImportTraining.svelte';
import { file, fitFile } from './fixtures/build';
import type { TrainingFill } from './fill';

describe('ImportTraining', () => {
	it('reads a FIT file in the worker and fills the answers', async () => {
		let got: TrainingFill | undefined;
		const screen = await render(ImportTraining, {
			units: { length: 'mm', distance: 'km' },
			calfHurts: false,
			onfill: (f: TrainingFill) => (got = f),
			timeZone: 'UTC',
			clock: () => Date.parse('2025-03-20T12:00:00Z')
		});
		const input = screen.container.querySelector<HTMLInputElement>('#import-pick')!;
		const dt = new DataTransfer();
		dt.items.add(
			file('run.fit', fitFile({ start: '2025-03-18T07:00:00Z', km: 12, seconds: 3600 }))
		);
		input.files = dt.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
		await expect.element(page.getByText('1 run.')).toBeVisible();
		await page.getByRole('button', { name: 'Fill my answers with these' }).click();
		expect(got!.values.nextRunKm).toBe(12);
	});
});
