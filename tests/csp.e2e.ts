import { expect, test, type Page, type Response } from '@playwright/test';
import { sitePages } from './pages.js';

// The strict CSP (svelte.config.js) holds only if nothing on any page trips it:
// every page and everything a reader can do there runs with zero violations.

declare global {
	interface Window {
		__cspViolations: string[];
		__reportCsp?: (v: string) => void;
	}
}

/** Directive name → its sources, from a Content-Security-Policy value. */
function directives(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

/** What is wrong with a page response's CSP header, or nothing. */
function headerProblems(response: Response): string[] {
	const url = response.url();
	const policy = response.headers()['content-security-policy'];
	if (!policy) return [`${url}: no Content-Security-Policy header`];
	const d = directives(policy);
	const script = d.get('script-src') ?? d.get('default-src');
	if (!script) return [`${url}: neither script-src nor default-src`];
	const problems: string[] = [];
	for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
		for (const bad of ["'unsafe-eval'", "'unsafe-inline'"]) {
			if (d.get(name)?.includes(bad)) problems.push(`${url}: ${name} allows ${bad}`);
		}
	}
	return problems;
}

/** Collects violations and header problems across every navigation of `page`. */
async function watch(page: Page) {
	const found: string[] = [];
	await page.exposeFunction('__reportCsp', (v: string) => found.push(v));
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			const v = `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`;
			window.__cspViolations.push(v);
			window.__reportCsp?.(v);
		});
	});
	page.on('console', (msg) => {
		if (/content security policy|refused to (execute|load|apply|evaluate)/i.test(msg.text())) {
			found.push(`console: ${msg.text()}`);
		}
	});
	page.on('pageerror', (error) => {
		if (/content security policy|unsafe-eval/i.test(error.message)) found.push(error.message);
	});
	page.on('response', (response) => {
		if (response.request().isNavigationRequest()) found.push(...headerProblems(response));
	});
	return found;
}

for (const p of sitePages) {
	test(`${p.name}: no CSP violation on load, reveal and every interaction; strict script-src`, async ({
		page
	}) => {
		const found = await watch(page);
		const response = await page.goto(p.path);
		expect(response?.headers()['content-security-policy']).toBeTruthy();
		await expect(page).toHaveTitle(p.title);
		await p.reveal?.(page);
		// A colour-scheme switch re-themes charts at run time (Chart.svelte).
		await page.emulateMedia({ colorScheme: 'dark' });
		await p.interact?.(page);
		// Events fire asynchronously; give the last ones a moment to land.
		await page.waitForTimeout(200);
		const inPage = await page.evaluate(() => window.__cspViolations);
		expect(found).toEqual([]);
		expect(inPage).toEqual([]);
	});
}

test('the CSP walk sees a violation when one happens', async ({ page }) => {
	// Without this, a listener that never fires would pass every test above.
	const found = await watch(page);
	await page.goto('/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__ran = true';
		document.body.append(s);
	});
	await expect.poll(() => found.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => window.__cspViolations.length)).toBeGreaterThan(0);
});
