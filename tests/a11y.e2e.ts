import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from './pages.js';

// WCAG 2.2 AA as axe can check it (issue #6): every page, light and dark, phone and desktop,
// in the state a reader ends in (details open, results shown).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
/**
 * Rules whose answer can change with the viewport or the colour scheme. The first mode runs
 * every rule of TAGS; the others only these, since the rest read the DOM alone and would
 * repeat the first answer (a full axe run costs 8-15 s on the 60-card catalog on 2 cores).
 */
const MODE_RULES = [
	'color-contrast',
	'link-in-text-block',
	'target-size',
	'scrollable-region-focusable',
	'meta-viewport'
];
const MODES = [
	{ name: '320 px light', width: 320, height: 720, colorScheme: 'light', rules: 'all' },
	{ name: '320 px dark', width: 320, height: 720, colorScheme: 'dark', rules: MODE_RULES },
	{ name: 'desktop light', width: 1280, height: 800, colorScheme: 'light', rules: MODE_RULES },
	{ name: 'desktop dark', width: 1280, height: 800, colorScheme: 'dark', rules: MODE_RULES }
] as const;

for (const p of sitePages) {
	test(`${p.name}: no serious or critical axe violations, light and dark, 320 px and desktop`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		// One load per page: viewport and colour scheme change in place, so four axe runs
		// cost one navigation (CI has two cores).
		await page.setViewportSize({ width: MODES[0].width, height: MODES[0].height });
		await page.goto(p.path);
		await expect(page).toHaveTitle(p.title);
		await p.reveal?.(page);
		const problems: string[] = [];
		for (const mode of MODES) {
			await page.setViewportSize({ width: mode.width, height: mode.height });
			await page.emulateMedia({ colorScheme: mode.colorScheme });
			const axe = new AxeBuilder({ page });
			// withRules replaces the tag selection; every MODE_RULES rule is in TAGS.
			const result = await (
				mode.rules === 'all' ? axe.withTags(TAGS) : axe.withRules([...mode.rules])
			).analyze();
			for (const v of result.violations) {
				if (v.impact !== 'serious' && v.impact !== 'critical') continue;
				const where = v.nodes.map((n) => n.target.join(' ')).join(' | ');
				problems.push(`${mode.name}: ${v.id} (${v.impact}) at ${where}`);
			}
			if (mode.width === 320) {
				// WCAG 1.4.10 reflow: nothing may need sideways scrolling at 320 CSS px.
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				if (overflow > 0) problems.push(`${mode.name}: page is ${overflow}px wider than 320`);
			}
		}
		expect(problems).toEqual([]);
	});
}

test('every page has its own <title>', async ({ page }) => {
	const titles: string[] = [];
	for (const p of sitePages) {
		await page.goto(p.path);
		titles.push(await page.title());
	}
	expect(new Set(titles).size, titles.join(' / ')).toBe(titles.length);
});
