/**
 * Every page is rendered on the server and works without JavaScript (forms post, links
 * navigate), so on a phone the page's content should paint before any script is fetched.
 * By default SvelteKit asks for every module of the page in a `Link: rel=modulepreload`
 * header, so a slow link spends its first second on 80-150 kB of JavaScript (gzip) while the
 * answer the runner came for waits: Lighthouse's mobile LCP for /compare was 2.3 s, against
 * 0.9 s for the script-free home page.
 *
 * `src/hooks.server.ts` therefore keeps the module list out of the header (the `preload`
 * option), and this rewrite of SvelteKit's inline boot script adds the same modulepreload
 * links, then starts the app, once the browser reports its first contentful paint. All
 * modules are still fetched in parallel, one round trip after the paint, so hydration is late
 * by the download only.
 */

/** The boot script's own text in SvelteKit 2 with bundleStrategy 'split' (render.js). */
const START = 'Promise.all([';
const THEN = ']).then(([kit, app]) => {';

/**
 * Milliseconds after which the app starts even if the browser reported no paint, for a page
 * that paints nothing contentful. A hidden tab (which paints nothing) and a browser without
 * paint timing start at once instead, so this only has to outlast a slow first paint: at 500 ms
 * a busy 2-core machine started scripts before its paint at about 1 s (budget.e2e.ts). Our
 * choice: every page here has text, so in practice the paint entry always comes first.
 */
const NO_PAINT_FALLBACK_MS = 3000;

/**
 * The script that waits for the first contentful paint to be presented, then asks for
 * `modules` in parallel. It waits for the browser's own paint entry, not for an animation
 * frame: a timeout queued from requestAnimationFrame runs before the frame reaches the screen,
 * and modules already in the cache (after a form post) then ran before the paint. Module
 * paths come from the build (no user input) and are serialised as JSON with `<` escaped, so
 * even an odd path cannot end the script element.
 */
function afterPaint(modules: readonly string[]): string {
	const list = JSON.stringify(modules).replaceAll('<', '\\u003c');
	return (
		"new Promise((go) => { if (document.visibilityState === 'hidden') return go(); " +
		'setTimeout(go, ' +
		String(NO_PAINT_FALLBACK_MS) +
		"); try { if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return go(); " +
		'new PerformanceObserver((entries, observer) => { ' +
		"if (entries.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); go(); } " +
		"}).observe({ type: 'paint', buffered: true }); } catch { go(); } })" +
		'.then(() => { for (const href of ' +
		list +
		") { const link = document.createElement('link'); link.rel = 'modulepreload'; " +
		'link.href = href; document.head.append(link); } })' +
		'.then(() => '
	);
}

/**
 * Rewrites the page's boot script so the app starts after the first paint, preloading
 * `modules` (the page's JavaScript, as SvelteKit would have listed in its Link header) at
 * that moment. A page without the boot script (csr = false), or with one this code does not
 * recognise (a SvelteKit upgrade), is returned unchanged: the app still works, only earlier.
 * tests/budget.e2e.ts checks the rewrite happens on every page with JavaScript.
 */
export function startAfterPaint(html: string, modules: readonly string[]): string {
	// The boot script is the document's last <script>: everything the page renders before it
	// is HTML-escaped text, and the data serialised inside it escapes `<` as \u003C, so user
	// input can neither open a second <script> nor place the markers before the real ones.
	const at = html.lastIndexOf('<script');
	if (at < 0) return html;
	const script = html.slice(at);
	const start = script.indexOf(START);
	const then = start < 0 ? -1 : script.indexOf(THEN, start);
	if (then < 0) return html;
	return (
		html.slice(0, at) +
		script.slice(0, start) +
		afterPaint(modules) +
		script.slice(start, then) +
		']))' +
		script.slice(then + 2)
	);
}
