import { expect, test } from '@playwright/test';
import { horizontalOverflow, seriousViolations } from './axe';
import { FINDING_RULES } from '../src/lib/risk/rules';
import { MODEL_VERSION } from '../src/lib/risk/scoring';
import { TIPS } from '../src/lib/risk/tip-table';
import { RED_FLAGS } from '../src/lib/risk/schema';

test('renders every finding with its weight, every tip and red flag, and the version', async ({
	page
}) => {
	await page.goto('/method');
	await expect(page).toHaveTitle('Method: how Stridecheck scores calf risk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'How Stridecheck scores calf risk'
	);
	for (const rule of FINDING_RULES) {
		await expect(page.locator(`[data-weight="${rule.id}"]`)).toHaveText(String(rule.weight));
		await expect(page.getByRole('heading', { level: 4, name: rule.id })).toBeVisible();
	}
	for (const tip of TIPS)
		await expect(page.getByRole('heading', { level: 3, name: tip.id })).toBeVisible();
	const triage = page.locator('#triage').locator('..');
	for (const flag of RED_FLAGS) {
		const item = triage.getByRole('listitem').filter({ hasText: flag });
		await expect(item).toHaveCount(1);
		await expect(item).toBeVisible();
	}
	await expect(page.locator('#version').locator('..')).toContainText(MODEL_VERSION);
	await expect(page.getByRole('link', { name: 'Method' })).toHaveAttribute('aria-current', 'page');
});

test('needs no script, and its table of contents jumps to the section', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto('/method');
	expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
	expect(await page.locator('script').count()).toBe(0);
	await page
		.getByRole('navigation', { name: 'Contents' })
		.getByRole('link', { name: /Heel-raise norms/ })
		.click();
	await expect(page).toHaveURL(/#norms$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Heel-raise norms' })).toBeInViewport();
	await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
	for (const [name, width] of [
		['desktop', 1280],
		['320', 320]
	] as const) {
		test(`no serious axe violations, ${scheme}, ${name}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/method');
			expect(await seriousViolations(page)).toEqual([]);
			// Nothing but the labelled table regions may scroll sideways at 320 px.
			const overflow = await horizontalOverflow(page);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}
