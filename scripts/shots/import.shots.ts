import { test } from '@playwright/test';
import { history } from '../../tests/import-files';
import { openSteps } from '../../tests/helpers';
import { shotsDir } from './dir';

const dir = shotsDir();

// The weekly-distances step after a runner filled it from their files, on a phone, light and dark:
// the summary, the charts, and the note under each filled field.
for (const scheme of ['light', 'dark'] as const) {
	test(`import on /check, 375 px, ${scheme}`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		// The fixed clock would hold the charts' entry animation at its first frame: no animation.
		await page.emulateMedia({ colorScheme: scheme, media: 'screen', reducedMotion: 'reduce' });
		await page.clock.setFixedTime(new Date('2025-03-20T12:00:00Z'));
		await page.goto('/check');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await openSteps(page);
		await page.locator('#import-pick').setInputFiles(history());
		await page.getByRole('button', { name: 'Fill my answers with these' }).click();
		// Let the charts' short entry animation finish.
		await page.waitForTimeout(800);
		const group = page.locator('details.step', { hasText: 'Your weekly distances' });
		await group.screenshot({ path: `${dir}/import-training-375-${scheme}.png` });
		// The same group in screen-high parts, to look at closely.
		const box = await group.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { y: r.top + window.scrollY, height: r.height };
		});
		for (let y = 0, part = 1; y < box.height; y += 700, part++)
			await page.screenshot({
				path: `${dir}/import-training-375-${scheme}-${part}.png`,
				fullPage: true,
				clip: { x: 0, y: box.y + y, width: 375, height: Math.min(700, box.height - y) }
			});
		const quick = page.locator('fieldset', { hasText: 'Your latest run' }).last();
		await quick.screenshot({ path: `${dir}/import-runs-375-${scheme}.png` });
	});
}
