import { expect, test } from '@playwright/test';

test('home page says what the app is', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Stridecheck/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('calves');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveAttribute(
		'href',
		'#main'
	);
});
