import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, horizontalOverflow } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { sitePages, STORY_1 } from './pages.js';

// WCAG 2.2 AA as axe can check it (issue #6): every page, light and dark, phone and desktop,
// in the state a reader ends in (details open, results shown).
/**
 * Rules whose answer can change with the viewport or the colour scheme. The first mode runs
 * every rule of AXE_TAGS; the others only these, since the rest read the DOM alone and would
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
			// withRules replaces the tag selection; every MODE_RULES rule is in AXE_TAGS.
			const result = await (
				mode.rules === 'all' ? axe.withTags(AXE_TAGS) : axe.withRules([...mode.rules])
			).analyze();
			for (const v of result.violations) {
				if (v.impact !== 'serious' && v.impact !== 'critical') continue;
				const where = v.nodes.map((n) => n.target.join(' ')).join(' | ');
				problems.push(`${mode.name}: ${v.id} (${v.impact}) at ${where}`);
			}
			if (mode.width === 320) {
				// WCAG 1.4.10 reflow: nothing may need sideways scrolling at 320 CSS px.
				const overflow = await horizontalOverflow(page);
				if (overflow > 0) problems.push(`${mode.name}: page is ${overflow}px wider than 320`);
			}
		}
		expect(problems).toEqual([]);
	});
}

test('every page has its own <title>', async ({ page }) => {
	// Several entries can be states of one page (/check before and after results, /compare
	// with and without picks in its query).
	const paths = [...new Set(sitePages.map((p) => p.path.replace(/\?.*/, '')))];
	const titles: string[] = [];
	for (const path of paths) {
		await page.goto(path);
		titles.push(await page.title());
	}
	expect(new Set(titles).size, titles.join(' / ')).toBe(paths.length);
});

/** Empty if the focused element shows a focus indicator, else what is wrong. */
async function focusProblem(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'focus is on nothing';
		const s = getComputedStyle(el);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
		if (outline || s.boxShadow !== 'none') return '';
		return `<${el.tagName.toLowerCase()} name="${el.getAttribute('name') ?? ''}" id="${el.id}"> shows no focus`;
	});
}

const focusedName = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');

/**
 * Presses Tab (at most `limit` times) until focus is on the field named `name`. A field in a
 * closed follow-up step is reached as a runner does: Tab to the step's title, Enter opens it.
 */
async function tabTo(page: Page, name: string, problems: string[], limit = 120) {
	const step = await page
		.locator(`[name="${name}"]`)
		.first()
		.evaluate((el) => {
			const details = el.closest('details.step');
			return details && !(details as HTMLDetailsElement).open
				? details.getAttribute('data-step')
				: null;
		});
	if (step) {
		for (let i = 0; i < limit; i++) {
			await page.keyboard.press('Tab');
			const problem = await focusProblem(page);
			if (problem) problems.push(problem);
			const onStep = await page.evaluate(
				(id) => document.activeElement?.parentElement?.getAttribute('data-step') === id,
				step
			);
			if (onStep) break;
		}
		await page.keyboard.press('Enter');
	}
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const problem = await focusProblem(page);
		if (problem) problems.push(problem);
		if ((await focusedName(page)) === name) return;
	}
	throw new Error(`${limit} Tabs did not reach ${name}`);
}

test.describe('keyboard only, user story 1 on /check', () => {
	test('skip link, every answer, submit, focus on the results', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/check');
		const problems: string[] = [];
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveAccessibleName('Skip to content');
		expect(await focusProblem(page)).toBe('');
		await page.keyboard.press('Enter');
		await expect(page.locator(':focus')).toHaveId('main');

		// Answer in the order the page asks, as Tab walks it.
		// The follow-up steps sit after the results, outside the <form>, and belong to it by its id.
		const order = await page
			.locator('#check-form [name], [form="check-form"][name]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('name') ?? ''));
		const answers = [
			...Object.entries(STORY_1.fields).map(([name, value]) => ({ name, value, radio: false })),
			...Object.entries(STORY_1.choices).map(([name, value]) => ({ name, value, radio: true }))
		].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
		expect(answers.every((a) => order.includes(a.name))).toBe(true);

		for (const answer of answers) {
			await tabTo(page, answer.name, problems);
			if (!answer.radio) {
				await page.keyboard.type(answer.value);
				continue;
			}
			// Tab lands on the group's checked radio (or its first); arrows move and check.
			const focused = page.locator(':focus');
			for (let i = 0; i < 8 && (await focused.getAttribute('value')) !== answer.value; i++) {
				await page.keyboard.press('ArrowDown');
			}
			// Space checks the focused radio when the group had no answer yet.
			await page.keyboard.press('Space');
			await expect(focused).toHaveAttribute('value', answer.value);
			await expect(focused).toBeChecked();
		}
		// Shift+Tab goes back to the last answer and Tab returns: nothing traps focus.
		const last = await focusedName(page);
		await page.keyboard.press('Shift+Tab');
		expect(await focusedName(page)).not.toBe(last);
		await tabTo(page, last, problems, 3);

		// On to the next submit button (after the follow-up steps: "Update my results"), and Enter.
		const submitName = /^(Show|Update) my results$/;
		for (let i = 0; i < 120; i++) {
			await page.keyboard.press('Tab');
			const problem = await focusProblem(page);
			if (problem) problems.push(problem);
			if (submitName.test((await page.locator(':focus').textContent()) ?? '')) break;
		}
		await expect(page.locator(':focus')).toHaveText(submitName);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('risk-index')).toHaveText(/^\d+$/);
		// Focus lands on the results, visibly, not left on the button far below them.
		await expect(page.locator(':focus')).toHaveAccessibleName(/results/i);
		await expect(page.locator(':focus')).toContainText('Calf-risk index');
		// SvelteKit re-focuses the URL's fragment (#main, from the skip link) in a timeout
		// after the action; the results must still have focus after it.
		await page.waitForTimeout(300);
		await expect(page.locator(':focus')).toHaveAccessibleName(/results/i);
		expect(await focusProblem(page)).toBe('');
		expect(problems).toEqual([]);
	});

	test('a wrong answer: Enter on submit lands on the error summary, its link on the field', async ({
		page
	}) => {
		await page.goto('/check');
		await tabTo(page, 'shoes.0.heelDropMm', []);
		await page.keyboard.type('99');
		for (let i = 0; i < 150; i++) {
			await page.keyboard.press('Tab');
			if ((await page.locator(':focus').textContent()) === 'Show my results') break;
		}
		await page.keyboard.press('Enter');
		const summary = page.getByRole('alert').filter({ hasText: /problem/ });
		await expect(summary).toBeFocused();
		expect(await focusProblem(page)).toBe('');
		await page.keyboard.press('Tab');
		const link = page.locator(':focus');
		const target = ((await link.getAttribute('href')) ?? '').replace(/^#/, '');
		expect(target).not.toBe('');
		await page.keyboard.press('Enter');
		await expect(page.locator(':focus')).toHaveId(target);
		await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true');
		expect(await focusProblem(page)).toBe('');

		// Mend every problem the summary listed, then submit again: focus goes to the results,
		// even with a field's #fragment now in the URL.
		await page.locator('[name="shoes.0.name"]').fill('Daily trainer');
		await page.locator('[name="shoes.0.heelDropMm"]').fill('4');
		await page.locator('[name="shoes.0.heelDropMm"]').focus();
		for (let i = 0; i < 150; i++) {
			await page.keyboard.press('Tab');
			if ((await page.locator(':focus').textContent()) === 'Show my results') break;
		}
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('risk-index')).toHaveText(/^\d+$/);
		// SvelteKit re-focuses a URL's fragment in a timeout after the action; outlast it.
		await page.waitForTimeout(300);
		await expect(page.locator(':focus')).toHaveAccessibleName(/results/i);
	});
});
