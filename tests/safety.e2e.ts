// Warning signs come before everything: the card is in view right after a tick (phones too,
// scripts on and off), an urgent or emergency sign leaves only "get care" and folds the results
// away, and no tip offers a runner in pain a run longer than their latest one.
import { expect, test, type Page } from '@playwright/test';
import { started, openSteps } from './helpers';
import lz from 'lz-string';
import { seriousViolations } from './axe';
import {
	AFTER_CARE_TITLE,
	CARE,
	FLAG_ROWS,
	LEVEL_HEADING,
	NO_SELF_TEST,
	SKIP_SELF_TEST
} from '../src/lib/risk/triage';
import { RUNNER_KEYS_V1, SHOE_KEYS_V1 } from '../src/lib/share/share';
import { STORAGE_KEY } from '../src/lib/saved/store';
import { RECORD_VERSION } from '../src/lib/saved/record';
import type { RedFlag } from '../src/lib/risk/schema';

/** What the runner ticks for a warning sign: the form's label for it. */
function labelOf(flag: RedFlag): string {
	const row = FLAG_ROWS.find((r) => r.id === flag);
	if (!row) throw new Error(`No triage row for ${flag}`);
	return row.label;
}

const card = (page: Page) => page.locator('section.triage');
const cardHeading = (page: Page) => card(page).getByRole('heading').first();

/** One flag per level, ticked far down the list on a phone. */
const LEVELS: [RedFlag, keyof typeof LEVEL_HEADING][] = [
	['tense-calf-severe-pain', 'emergency'],
	['cannot-tiptoe', 'urgent'],
	['clot-risk', 'see-clinician']
];

test.describe('the card is in view right after a tick, at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const [flag, level] of LEVELS) {
		test(`/check, ${level}`, async ({ page }) => {
			await started(page, '/check');
			await page.getByLabel(labelOf(flag)).check();
			await expect(cardHeading(page)).toHaveText(LEVEL_HEADING[level]);
			await expect(cardHeading(page)).toBeInViewport();
		});

		test(`/compare, ${level}`, async ({ page }) => {
			await started(page, '/compare?pick=nike-pegasus-41&pick=altra-torin-7');
			await page.locator('summary', { hasText: 'Your answers' }).click();
			await page.getByLabel(labelOf(flag)).check();
			await expect(cardHeading(page)).toHaveText(LEVEL_HEADING[level]);
			await expect(cardHeading(page)).toBeInViewport();
		});
	}

	test('/check without JavaScript: after the submit the card is in view, before the errors', async ({
		browser
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 320, height: 640 }
		});
		const page = await context.newPage();
		await page.goto('/check');
		await openSteps(page);
		await page.getByLabel(labelOf('cold-pale-foot')).check();
		await page.getByLabel('Cadence').fill('17O');
		await page.getByRole('button', { name: 'Show my results' }).click();
		await expect(cardHeading(page)).toHaveText(LEVEL_HEADING.emergency);
		await expect(cardHeading(page)).toBeInViewport();
		const order = await page.evaluate(() => {
			const c = document.querySelector('section.triage');
			const errors = document.querySelector('[role="alert"]');
			return !!c && !!errors && !!(c.compareDocumentPosition(errors) & 4);
		});
		expect(order).toBe(true);
		await expect(page.getByLabel('Cadence')).toHaveValue('17O');
		await context.close();
	});

	test('/compare without JavaScript: after the submit the card is in view', async ({ browser }) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 320, height: 640 }
		});
		const page = await context.newPage();
		await page.goto('/compare?pick=nike-pegasus-41&pick=altra-torin-7');
		await page.locator('summary', { hasText: 'Your answers' }).click();
		await page.getByLabel(labelOf('one-sided-swelling')).check();
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expect(cardHeading(page)).toHaveText(LEVEL_HEADING.urgent);
		await expect(cardHeading(page)).toBeInViewport();
		await expect(page.getByTestId('after-care')).not.toHaveAttribute('open');
		await context.close();
	});
});

/** A shoe, a sore calf and a spike: the answers that earn every kind of self-care tip. */
async function fillPainfulRunner(page: Page) {
	await page.getByLabel('Name or model').fill('Racer');
	await page.getByLabel('Heel drop, as the brand states it').fill('4');
	await page.getByLabel('Your latest run (or the one you plan next)').fill('30');
	await page.getByLabel('Your longest run in the 30 days before it').fill('12');
	await page.getByLabel('Calf pain during your runs').fill('6');
	await page
		.getByRole('group', { name: 'The next morning, the calf feels' })
		.getByLabel('As usual')
		.check();
}

test.describe('what a warning changes', () => {
	test('urgent: only "get care", results folded below the card, no self-test', async ({ page }) => {
		await started(page, '/check');
		await fillPainfulRunner(page);
		await expect(page.getByTestId('risk-index')).toBeVisible();
		await expect(
			page.locator('[data-tip="calf-strengthening"], [data-tip="cadence"]')
		).not.toHaveCount(0);
		await page.getByLabel(labelOf('sudden-pop')).check();
		await expect(cardHeading(page)).toHaveText(LEVEL_HEADING.urgent);
		await expect(card(page)).toContainText('Do not run.');
		await expect(card(page)).toContainText(CARE.safetyNet);
		// The results wait, closed, under the title that says when they are for.
		const folded = page.getByTestId('after-care');
		await expect(folded).toContainText(AFTER_CARE_TITLE);
		await expect(folded).not.toHaveAttribute('open');
		await expect(page.getByTestId('risk-index')).toBeHidden();
		await folded.locator('> summary').click();
		await expect(page.locator('[data-tip]')).toHaveCount(1);
		await expect(page.locator('[data-tip="see-a-professional"]')).toBeVisible();
		await expect(page.locator('[data-sharpen]')).toHaveCount(0);
		// The follow-up questions wait for care, and every self-test in them says not to do it.
		await expect(page.getByTestId('steps-wait')).toContainText('Get care first');
		await openSteps(page);
		const howtos = page.locator('[data-self-test]');
		await expect(howtos).toHaveCount(4);
		for (const howto of await howtos.all()) {
			await howto.locator('summary').click();
			await expect(howto).toContainText(NO_SELF_TEST);
		}
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('emergency: the numbers to call, and not to drive', async ({ page }) => {
		await started(page, '/check');
		await page.getByLabel(labelOf('cold-pale-foot')).check();
		await expect(card(page)).toContainText(
			'999 in the UK, 112 in the EU, 911 in the US and Canada'
		);
		await expect(card(page)).toContainText('Do not drive yourself.');
		await expect(card(page)).toContainText('blocked artery');
	});

	test('a sign of a clot: a doctor, not a physiotherapist', async ({ page }) => {
		await started(page, '/check');
		await page.getByLabel(labelOf('warm-red-skin')).check();
		await expect(card(page)).toContainText('a doctor, not a physiotherapist');
		await expect(card(page)).toContainText(CARE.safetyNet);
	});

	test('see a clinician: care first, no physical self-test suggested, how-tos open with the skip line', async ({
		page
	}) => {
		await started(page, '/check');
		await openSteps(page);
		await page.getByLabel('Name or model').fill('Daily');
		await page.getByLabel('Heel drop, as the brand states it').fill('10');
		// The test's step says what it would add, until a warning sign rules the test out.
		const adds = (step: string) => page.locator(`[data-step="${step}"] .adds`);
		await expect(adds('heel-raises')).toContainText('covered');
		await page.getByLabel(labelOf('rest-night-pain')).check();
		await expect(cardHeading(page)).toHaveText(LEVEL_HEADING['see-clinician']);
		await expect(page.locator('[data-tip]').first()).toHaveAttribute(
			'data-tip',
			'see-a-professional'
		);
		await expect(adds('heel-raises')).toHaveText('(optional)');
		await expect(adds('knee-to-wall')).toHaveText('(optional)');
		const heelRaise = page.getByTestId('howto').filter({ hasText: 'heel-raise test' });
		await heelRaise.locator('summary').click();
		await expect(heelRaise.locator('div p').first()).toHaveText(SKIP_SELF_TEST);
	});
});

test.describe('distances for a runner in pain', () => {
	test('7/10, worse next morning, the same run typed twice: asked, and no tip offers more than it', async ({
		page
	}) => {
		await started(page, '/check');
		await page.getByLabel('Name or model').fill('Daily');
		await page.getByLabel('Heel drop, as the brand states it').fill('10');
		await page.getByLabel('Your latest run (or the one you plan next)').fill('14');
		await page.getByLabel('Your longest run in the 30 days before it').fill('14');
		await expect(page.getByTestId('same-runs')).toContainText(
			'Was your latest run also your longest of the month?'
		);
		await page.getByLabel('Calf pain during your runs').fill('7');
		await page
			.getByRole('group', { name: 'The next morning, the calf feels' })
			.getByLabel('Worse than usual')
			.check();
		const rest = page.locator('[data-tip="rest-reduce-load"]');
		await expect(rest).toContainText('Skip your next runs.');
		await expect(rest).toContainText('about 70% of your latest run (our opinion)');
		await expect(rest).toContainText('restart at no more than about 9.8 km');
		const tips = await page.locator('[data-tip]').allTextContents();
		for (const km of tips.join(' ').matchAll(/(?<!past about )(?<![\d.])(\d+(?:\.\d+)?) km\b/g))
			expect(Number(km[1])).toBeLessThanOrEqual(14);
	});

	test('a pain that came on suddenly: a possible strain, rest, and the limp line', async ({
		page
	}) => {
		await started(page, '/check');
		await page.getByLabel('Name or model').fill('Daily');
		await page.getByLabel('Heel drop, as the brand states it').fill('10');
		await page.getByLabel('Calf pain during your runs').fill('3');
		await page
			.getByRole('group', { name: 'The next morning, the calf feels' })
			.getByLabel('As usual')
			.check();
		await page
			.getByRole('group', { name: 'How did the pain start?' })
			.getByLabel('Suddenly, at one moment of a run (a sharp pull or stab)')
			.check();
		await expect(page.locator('[data-tip="rest-reduce-load"]')).toContainText(
			'See a physiotherapist if you still limp after 3–5 days'
		);
		await expect(page.locator('[data-tip="hold-load"]')).toHaveCount(0);
	});
});

test.describe('the retired "numbness or a cold, pale foot" answer', () => {
	test('a saved record says once that the question was split, and reads it as the emergency', async ({
		page
	}) => {
		await page.goto('/');
		const v3 = {
			version: 3,
			runner: { redFlags: ['numb-cold-foot'] },
			shoes: [],
			units: { length: 'mm', distance: 'km' },
			history: []
		};
		await page.evaluate(
			([k, v]) => localStorage.setItem(k!, v!),
			[STORAGE_KEY, JSON.stringify(v3)]
		);
		await started(page, '/check');
		await expect(page.getByTestId('split-flag-notice')).toContainText('is now two questions');
		await expect(page.getByLabel(labelOf('cold-pale-foot'))).toBeChecked();
		await expect(cardHeading(page)).toHaveText(LEVEL_HEADING.emergency);
		const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!);
		expect(stored.version).toBe(RECORD_VERSION);
		expect(stored.runner.redFlags).toEqual(['cold-pale-foot']);
		expect(stored.splitFlagNotice).toBeUndefined();
		await started(page, '/check');
		await expect(page.getByLabel(labelOf('cold-pale-foot'))).toBeChecked();
		await expect(page.getByTestId('split-flag-notice')).toHaveCount(0);
	});

	test('an old share link reads it as the emergency and says why', async ({ page }) => {
		const runner = RUNNER_KEYS_V1.map((key) => (key === 'redFlags' ? ['numb-cold-foot'] : null));
		const shoe = SHOE_KEYS_V1.map((key) =>
			key === 'name' ? 'Old shoe' : key === 'heelDropMm' ? 8 : null
		);
		while (runner.at(-1) === null) runner.pop();
		while (shoe.at(-1) === null) shoe.pop();
		const fragment = `v1.${lz.compressToEncodedURIComponent(JSON.stringify([runner, [shoe]]))}`;
		await started(page, `/share#${fragment}`);
		await expect(cardHeading(page)).toHaveText(LEVEL_HEADING.emergency);
		await expect(page.getByTestId('split-flag-note')).toContainText('was split in two');
	});
});

test('the API reads numb-cold-foot as cold-pale-foot and gives only "get care" under it', async ({
	request
}) => {
	const response = await request.post('/api/assess', {
		data: {
			runner: {
				redFlags: ['numb-cold-foot'],
				pain: { duringRun: 7, nextMorning: 'worse', onset: 'gradual' },
				heelRaises: { left: 5, right: 20 }
			},
			shoes: [{ name: 'Flat', heelDropMm: 0 }]
		}
	});
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.triage).toEqual({ level: 'emergency', reasons: ['cold-pale-foot'] });
	expect(body.sharpen).toEqual([]);
	expect(body.results[0].tips.map((t: { id: string }) => t.id)).toEqual(['see-a-professional']);
	// The scores are still computed and returned.
	expect(body.results[0].index).toBeGreaterThan(0);
});
