// Lighthouse on /check with results shown, as a user flow. Run by tests/bench/lighthouse.js
// under `npx -p lighthouse@12.8.2`, which puts Lighthouse (and its puppeteer-core) on PATH
// without adding it to the project: `node lighthouse-check-flow.js ORIGIN mobile|desktop`.
// Prints the step's report (LHR JSON) on stdout.
//
// Why a flow: results come from a POSTed form (no URL shows them), so the Lighthouse CLI cannot
// load them. The flow fills /check with user story 1's answers in a real browser, then measures
// the navigation that a native form submit makes (HTMLFormElement.submit skips use:enhance):
// the server renders the results, the page hydrates, and Chart.js loads for the chart. That
// is the results page as a cold load; an enhanced submit draws the same results in place.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromeFlags, chromePath } from '../chromium.js';
import { STORY_1 } from '../pages.js';

const [origin, mode] = process.argv.slice(2);
if (!origin || (mode !== 'mobile' && mode !== 'desktop')) {
	console.error(
		'usage (under npx -p lighthouse@12.8.2): node lighthouse-check-flow.js ORIGIN mobile|desktop'
	);
	process.exit(2);
}

// npx puts <its cache>/node_modules/.bin first on PATH; Lighthouse sits beside it.
const bin = (process.env.PATH ?? '')
	.split(path.delimiter)
	.find(
		(dir) =>
			existsSync(path.join(dir, 'lighthouse')) && existsSync(path.join(dir, '..', 'lighthouse'))
	);
if (!bin) {
	console.error('Lighthouse is not on PATH: run this under `npx -p lighthouse@12.8.2`');
	process.exit(2);
}
const modules = path.resolve(bin, '..');
const lighthouse = await import(pathToFileURL(path.join(modules, 'lighthouse/core/index.js')).href);
const require = createRequire(path.join(modules, 'lighthouse', 'package.json'));
const puppeteer = (await import(pathToFileURL(require.resolve('puppeteer-core')).href)).default;

const flags = {
	onlyCategories: ['performance', 'accessibility', 'best-practices'],
	// The filled form must survive until the submit: no detour to about:blank first.
	skipAboutBlank: true
};

const browser = await puppeteer.launch({
	executablePath: chromePath,
	args: chromeFlags.slice(1),
	headless: true
});
try {
	const page = await browser.newPage();
	await page.goto(`${origin}/check`, { waitUntil: 'networkidle0' });
	// Some of the story's answers are in the follow-up steps, closed until opened.
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	for (const [name, value] of Object.entries(STORY_1.fields)) {
		await page.type(`[name="${name}"]`, value);
	}
	for (const [name, value] of Object.entries(STORY_1.choices)) {
		await page.click(`[name="${name}"][value="${value}"]`);
	}
	const flow = await lighthouse.startFlow(page, {
		name: '/check with results',
		config: mode === 'desktop' ? lighthouse.desktopConfig : undefined,
		flags
	});
	await flow.navigate(
		async () => {
			await page.evaluate(() => {
				const form = document.querySelector('form[method="POST"]');
				if (!(form instanceof HTMLFormElement)) throw new Error('no POST form on /check');
				HTMLFormElement.prototype.submit.call(form);
			});
		},
		{ name: 'submit', flags }
	);
	const result = await flow.createFlowResult();
	const lhr = result.steps[0]?.lhr;
	const index = await page.$eval(
		'[data-testid="risk-index"]',
		(/** @type {Element} */ el) => el.textContent ?? ''
	);
	if (!/^\d+$/.test(index))
		throw new Error(`results not shown after the submit (index "${index}")`);
	process.stdout.write(JSON.stringify(lhr));
} finally {
	await browser.close();
}
