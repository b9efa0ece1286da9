import { describe, expect, it } from 'vitest';
import { startAfterPaint } from './after-paint';

// SvelteKit 2.70's boot script (render.js, bundleStrategy 'split'), with the user-controlled
// parts (rendered body, serialised data) as placeholders.
const page = (body: string, data: string) => `<!doctype html><html><head></head><body>
<div>${body}
			<script nonce="abc">
				{
					__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 3],
							data: [null,{type:"data",data:${data}}],
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>`;

const modules = ['./_app/immutable/entry/start.A.js', './_app/immutable/chunks/C.js'];

/** Runs the rewritten boot script with stand-ins for the browser, and reports what it did. */
async function boot(
	html: string,
	paints: boolean,
	{ hidden = false, paintTiming = true }: { hidden?: boolean; paintTiming?: boolean } = {}
) {
	const immediate = hidden || !paintTiming;
	const script = html.slice(html.lastIndexOf('<script'));
	const code = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
	const events: string[] = [];
	let started: unknown[] = [];
	const head = {
		append: (link: { rel: string; href: string }) => events.push(`${link.rel} ${link.href}`)
	};
	class PerformanceObserver {
		static supportedEntryTypes = paintTiming ? ['mark', 'paint'] : ['mark'];
		constructor(private readonly callback: (entries: unknown, observer: unknown) => void) {}
		observe() {
			if (!paints) return;
			events.push('paint');
			const entries = {
				getEntriesByName: (name: string) => (name === 'first-contentful-paint' ? [{}] : [])
			};
			queueMicrotask(() => this.callback(entries, { disconnect: () => events.push('disconnect') }));
		}
	}
	const imported = (url: string) => {
		events.push(`import ${url}`);
		return Promise.resolve({ start: (...args: unknown[]) => (started = args) });
	};
	const run = new Function(
		'document',
		'location',
		'PerformanceObserver',
		'setTimeout',
		'__import',
		code.replace(/\bimport\(/g, '__import(')
	);
	const timers: (() => void)[] = [];
	run(
		{
			currentScript: { parentElement: 'root' },
			head,
			createElement: () => ({}),
			visibilityState: hidden ? 'hidden' : 'visible'
		},
		new URL('http://localhost/'),
		PerformanceObserver,
		(fn: () => void) => timers.push(fn),
		imported
	);
	await new Promise((resolve) => setTimeout(resolve, 0));
	if (!paints && !immediate) {
		expect(events, 'nothing is fetched before the fallback timeout').toEqual([]);
		timers.forEach((fn) => fn());
	}
	await new Promise((resolve) => setTimeout(resolve, 0));
	return { events, started };
}

describe('startAfterPaint', () => {
	it('preloads the modules and starts the app only after the first contentful paint', async () => {
		const html = startAfterPaint(page('<p>results</p>', '{}'), modules);
		const { events, started } = await boot(html, true);
		expect(events).toEqual([
			'paint',
			'disconnect',
			'modulepreload ./_app/immutable/entry/start.A.js',
			'modulepreload ./_app/immutable/chunks/C.js',
			'import ./_app/immutable/entry/start.A.js',
			'import ./_app/immutable/entry/app.B.js'
		]);
		expect(started[1]).toBe('root');
		expect(started[2]).toMatchObject({ node_ids: [0, 3] });
	});

	it('starts the app anyway when the browser reports no paint (nothing contentful)', async () => {
		const { events, started } = await boot(startAfterPaint(page('', '{}'), modules), false);
		expect(events.at(-1)).toBe('import ./_app/immutable/entry/app.B.js');
		expect(started[1]).toBe('root');
	});

	it.each([
		['in a hidden tab, which paints nothing', { hidden: true }],
		['in a browser without paint timing', { paintTiming: false }]
	])('starts the app at once %s, without waiting for the fallback', async (_, options) => {
		const { events, started } = await boot(
			startAfterPaint(page('<p>x</p>', '{}'), modules),
			false,
			options
		);
		expect(events).not.toContain('paint');
		expect(events.at(-1)).toBe('import ./_app/immutable/entry/app.B.js');
		expect(started[1]).toBe('root');
	});

	it('waits up to 3 s for a paint, so a slow first paint still comes before the scripts', () => {
		expect(startAfterPaint(page('', '{}'), modules)).toContain('setTimeout(go, 3000)');
	});

	it('rewrites the real boot script even when user text repeats its markers', async () => {
		const marker = ']).then(([kit, app]) => { Promise.all([';
		// Rendered text (before the script) and serialised data (inside it) can hold anything
		// but an unescaped `<`.
		const html = startAfterPaint(
			page(`<p>${marker}</p>`, JSON.stringify({ name: marker })),
			modules
		);
		expect(html).toContain(`<p>${marker}</p>`);
		expect(html).toContain(JSON.stringify({ name: marker }));
		const { started } = await boot(html, true);
		expect(started[2]).toMatchObject({ data: [null, { data: { name: marker } }] });
	});

	it('keeps module paths from ending the script element', () => {
		const html = startAfterPaint(page('', '{}'), ['./a</script><script>alert(1)</script>.js']);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
	});

	it.each([
		['a page without JavaScript (csr = false)', '<!doctype html><p>home</p>'],
		['a boot script it does not recognise', '<p>x</p><script>import("./start.js")</script>']
	])('leaves %s unchanged', (_, html) => {
		expect(startAfterPaint(html, modules)).toBe(html);
	});
});
