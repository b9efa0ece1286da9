// How fast a runner's 5-year Strava archive imports in the browser, and whether the page
// stays responsive meanwhile.
//
// `node tests/bench/import.js [--activities 2000] [--no-csv]` generates a Strava-style bulk
// export (activities.csv with both Distance columns, activities/ with .fit.gz made by Garmin's
// FIT SDK encoder and .gpx.gz), builds a page holding only the import component (Vite, the
// app's own Svelte and CSS, served with the app's CSP), loads it in Debian's Chromium through
// Playwright, gives it the archive through the file picker, and prints the import time (file
// picked → summary and charts shown), the longest main-thread task during it (Long Tasks API)
// and memory: the page's JS heap and the renderer process's peak resident memory (page and
// worker together). `--no-csv` leaves activities.csv out, so every activity file is parsed: the
// worst case. It needs no `npm run build`: the page is built into bench-results/.
//
// `--page` times the real page instead: the built app (`npm run build` first) is started with
// `node server` (on BENCH_PORT, or a free port), the archive is given to /check's file input,
// and the figures run until the form's load fields are filled ("Fill my answers" pressed as
// soon as it shows), with the same long-task and memory figures.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { Encoder, Profile } from '@garmin/fitsdk';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { chromeFlags, chromePath } from '../chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'bench-results', 'import');
const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--activities') + 1]) || 2000;
const withCsv = !args.includes('--no-csv');
const onPage = args.includes('--page');

/* ---- the archive ---- */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A deterministic pseudo-random sequence (mulberry32), so every run benches the same archive. */
/** @param {number} seed */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** @param {number} ms */
function stravaDate(ms) {
	const d = new Date(ms);
	const h = d.getUTCHours();
	const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
	return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A point km east of 50°N 4°E. */
/** @param {number} km @returns {[number, number]} */
function at(km) {
	return [50, 4 + km / ((Math.PI / 180) * 6371.0088 * Math.cos((50 * Math.PI) / 180))];
}

/** FIT message numbers (the FIT profile's mesg_num). */
const MESG = {
	fileId: /** @type {number} */ (Profile.MesgNum.FILE_ID),
	record: /** @type {number} */ (Profile.MesgNum.RECORD),
	lap: /** @type {number} */ (Profile.MesgNum.LAP),
	session: /** @type {number} */ (Profile.MesgNum.SESSION),
	activity: /** @type {number} */ (Profile.MesgNum.ACTIVITY)
};

/**
 * The SDK's types give enum fields as numbers; its encoder takes the profile's names too.
 * @param {Encoder} e @param {number} num @param {Record<string, unknown>} mesg
 */
function put(e, num, mesg) {
	e.onMesg(num, /** @type {import('@garmin/fitsdk').Mesg} */ (mesg));
}

/** A FIT file as a watch writes it, with a record every 5 s (smart recording is 1–10 s). */
/** @typedef {{ start: number, km: number, seconds: number }} Spec */
/** @param {Spec & { sport: string }} spec */
function fit({ start, km, seconds, sport }) {
	const e = new Encoder();
	const t0 = new Date(start);
	put(e, MESG.fileId, {
		manufacturer: 'development',
		product: 1,
		timeCreated: t0,
		type: 'activity'
	});
	for (let t = 0; t <= seconds; t += 5) {
		const [lat, lon] = at((km * t) / seconds);
		put(e, MESG.record, {
			timestamp: new Date(start + t * 1000),
			distance: ((km * t) / seconds) * 1000,
			positionLat: Math.round((lat * 2 ** 31) / 180),
			positionLong: Math.round((lon * 2 ** 31) / 180),
			heartRate: 140 + (t % 20)
		});
	}
	const end = new Date(start + seconds * 1000);
	const totals = {
		timestamp: end,
		startTime: t0,
		totalElapsedTime: seconds,
		totalTimerTime: seconds,
		totalDistance: km * 1000,
		sport
	};
	put(e, MESG.lap, { ...totals, messageIndex: 0 });
	put(e, MESG.session, { ...totals, messageIndex: 0, numLaps: 1, firstLapIndex: 0 });
	put(e, MESG.activity, {
		timestamp: end,
		numSessions: 1,
		type: 'manual',
		totalTimerTime: seconds
	});
	return e.close();
}

/** @param {Spec & { type: string }} spec */
function gpx({ start, km, seconds, type }) {
	const pts = [];
	for (let t = 0; t <= seconds; t += 5) {
		const [lat, lon] = at((km * t) / seconds);
		pts.push(
			`<trkpt lat="${lat.toFixed(7)}" lon="${lon.toFixed(7)}"><ele>12</ele><time>${new Date(start + t * 1000).toISOString()}</time></trkpt>`
		);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Run</name><type>${type}</type><trkseg>\n${pts.join('\n')}\n</trkseg></trk></gpx>\n`;
}

function archive() {
	const rand = random(20251206);
	const end = Date.UTC(2026, 11, 1, 7);
	const step = (5 * 365 * DAY) / count;
	const header =
		'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain';
	const rows = [header];
	/** @type {import('fflate').Zippable} */
	const entries = {};
	for (let i = 0; i < count; i++) {
		const start = Math.round((end - (count - i) * step + rand() * 3600_000) / 1000) * 1000;
		const run = rand() < 0.75;
		const km = Math.round((run ? 5 + rand() * 16 : 15 + rand() * 45) * 100) / 100;
		const seconds = Math.round(km * (run ? 300 + rand() * 90 : 130 + rand() * 40));
		const id = 1_000_000 + i;
		const asFit = i % 2 === 0;
		const name = `activities/${id}.${asFit ? 'fit' : 'gpx'}.gz`;
		const body = asFit
			? fit({ start, km, seconds, sport: run ? 'running' : 'cycling' })
			: strToU8(gpx({ start, km, seconds, type: run ? 'running' : 'cycling' }));
		// Strava stores the gzipped files in the zip without compressing them again.
		entries[name] = [gzipSync(body, { mtime: 0 }), { level: 0 }];
		rows.push(
			[
				id,
				`"${stravaDate(start)}"`,
				`"Activity ${id}"`,
				run ? 'Run' : 'Ride',
				'""',
				seconds,
				km.toFixed(2),
				'150',
				'40',
				'false',
				'',
				'',
				name,
				'',
				'',
				`${seconds}.0`,
				`${seconds - 30}.0`,
				(km * 1000).toFixed(1),
				'4.2',
				'3.1',
				'35'
			].join(',')
		);
	}
	if (withCsv) entries['activities.csv'] = strToU8(rows.join('\n') + '\n');
	entries['profile.csv'] = strToU8('Email,First Name\nrunner@example.org,Runner\n');
	return zipSync(entries, { level: 6, mtime: new Date(end) });
}

/* ---- the page ---- */

async function buildPage() {
	const { build } = await import('vite');
	const { svelte } = await import('@sveltejs/vite-plugin-svelte');
	const dist = path.join(out, 'page');
	await build({
		root: path.join(root, 'tests/bench/import-harness'),
		configFile: false,
		logLevel: 'warn',
		plugins: [svelte()],
		resolve: { alias: { $lib: path.join(root, 'src/lib') } },
		build: { outDir: dist, emptyOutDir: true }
	});
	return dist;
}

/** The app's own CSP (svelte.config.js), so the worker runs under the rules it will meet. */
async function csp() {
	const { default: config } = await import(path.join(root, 'svelte.config.js'));
	return Object.entries(config.kit.csp.directives)
		.map(
			([k, v]) =>
				`${k} ${/** @type {string[]} */ (v).map((s) => (/^(self|none|unsafe-[a-z-]+|strict-dynamic|sha(256|384|512)-.+|nonce-.+)$/.test(s) ? `'${s}'` : s)).join(' ')}`
		)
		.join('; ');
}

/** @param {string} dir @param {string} policy @returns {Promise<http.Server>} */
function serve(dir, policy) {
	/** @type {Record<string, string>} */
	const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
	const server = http.createServer((req, res) => {
		const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const target = file.endsWith('/') ? path.join(file, 'index.html') : file;
		if (target.endsWith('favicon.ico')) {
			res.writeHead(204).end();
			return;
		}
		if (!target.startsWith(dir) || !existsSync(target)) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, {
			'content-type': types[path.extname(target)] ?? 'application/octet-stream',
			'content-security-policy': policy
		});
		res.end(readFileSync(target));
	});
	return new Promise((resolve) =>
		server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => resolve(server))
	);
}

/** Resident memory (MiB) of the browser's renderer processes, summed, from /proc (Linux). */
/** @param {number} browserPid */
function rendererRss(browserPid) {
	let total = 0;
	const parent = new Map();
	for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
			parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// gone
		}
	}
	const descends = (/** @type {number} */ pid) => {
		for (let q = pid, n = 0; q > 1 && n < 10; q = parent.get(q) ?? 0, n++)
			if (q === browserPid) return true;
		return false;
	};
	for (const pid of parent.keys()) {
		if (!descends(pid)) continue;
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
			const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
			if (m) total += Number(m[1]) / 1024;
		} catch {
			// gone
		}
	}
	return total;
}

/** A port nobody listens on now (BENCH_PORT when set). @returns {Promise<number>} */
function freePort() {
	if (process.env.BENCH_PORT) return Promise.resolve(Number(process.env.BENCH_PORT));
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

/**
 * The built app as deployed (`node server`), answering on `origin` once /healthz does.
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
async function startApp() {
	if (!existsSync(path.join(root, 'build', 'handler.js')))
		throw new Error('No build: run `npm run build` before `--page`.');
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['server'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const until = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`node server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${origin}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > until) {
			child.kill();
			throw new Error('node server did not answer /healthz within 30 s');
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { origin, close: () => child.kill() };
}

async function main() {
	mkdirSync(out, { recursive: true });
	let t = performance.now();
	// The archive is the same for the same arguments: made once, then reused.
	const zipPath = path.join(out, `export_${count}${withCsv ? '' : '_no_csv'}.zip`);
	const reused = existsSync(zipPath);
	if (!reused) writeFileSync(zipPath, archive());
	const size = readFileSync(zipPath).length;
	console.log(
		`archive: ${count} activities${withCsv ? ' with activities.csv' : ', no activities.csv'}, ${(size / 2 ** 20).toFixed(1)} MiB (${reused ? 'reused from an earlier run' : `made in ${((performance.now() - t) / 1000).toFixed(1)} s`})`
	);
	t = performance.now();
	/** @type {{ origin: string, close: () => void }} */
	let app;
	if (onPage) {
		app = await startApp();
		console.log(`the built app (node server) on ${app.origin}, page /check`);
	} else {
		const dist = await buildPage();
		console.log(`page built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
		const server = await serve(dist, await csp());
		app = {
			origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
			close: () => server.close()
		};
	}
	const origin = app.origin;
	// A browser server, for the pid of the browser whose renderer's memory is sampled.
	const browserServer = await chromium.launchServer({
		executablePath: chromePath,
		args: [...chromeFlags.slice(1), '--enable-precise-memory-info']
	});
	const browser = await chromium.connect(browserServer.wsEndpoint());
	try {
		const page = await browser.newPage();
		/** @type {string[]} */
		const violations = [];
		page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
		await page.addInitScript(() => {
			const w = /** @type {any} */ (window);
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					w.__longTasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
			document.addEventListener('change', () => (w.__picked ??= performance.now()), true);
		});
		await page.goto(onPage ? `${origin}/check` : `${origin}/`);
		if (onPage) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.locator('#import-pick:not([disabled])').waitFor();
		const heapBefore = await page.evaluate(
			() => /** @type {any} */ (performance).memory.usedJSHeapSize
		);
		const pid = browserServer.process().pid;
		const rssBefore = pid ? rendererRss(pid) : 0;
		let peakRss = rssBefore;
		let peakHeap = heapBefore;
		const sampler = setInterval(async () => {
			if (pid) peakRss = Math.max(peakRss, rendererRss(pid));
			try {
				peakHeap = Math.max(
					peakHeap,
					await page.evaluate(() => /** @type {any} */ (performance).memory.usedJSHeapSize)
				);
			} catch {
				// page busy or closing
			}
		}, 100);
		await page.setInputFiles('#import-pick', zipPath);
		await page.getByRole('heading', { name: 'What your files say' }).waitFor({ timeout: 600_000 });
		const shownAt = await page.evaluate(() => performance.now());
		/** When the form's fields held the files' figures (the real page only). */
		let filledAt = 0;
		if (onPage) {
			await page.getByRole('button', { name: 'Fill my answers with these' }).click();
			await page.waitForFunction(
				() =>
					/** @type {HTMLInputElement | null} */ (document.getElementById('f-runner-nextRunKm'))
						?.value !== '',
				null,
				{ polling: 'raf' }
			);
			filledAt = await page.evaluate(() => performance.now());
		}
		// Let the charts draw (Chart.js loads on demand) before the last long tasks are counted.
		await page.locator('figure canvas').first().waitFor();
		await page.waitForTimeout(1500);
		clearInterval(sampler);
		/** @typedef {{ start: number, duration: number }} Task */
		/** @type {{ picked: number, tasks: Task[], heap: number }} */
		const r = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			return {
				picked: w.__picked,
				tasks: w.__longTasks,
				heap: /** @type {any} */ (performance).memory.usedJSHeapSize
			};
		});
		const during = r.tasks.filter((x) => x.start + x.duration >= r.picked);
		if (args.includes('--tasks'))
			for (const x of during)
				console.log(
					`  long task at +${Math.round(x.start - r.picked)} ms: ${Math.round(x.duration)} ms`
				);
		const longest = Math.max(0, ...during.map((x) => x.duration));
		const summary = await page.locator('.files').innerText();
		console.log(
			`import: ${((shownAt - r.picked) / 1000).toFixed(2)} s from picking the file to the summary shown`
		);
		if (onPage)
			console.log(
				`/check fields filled: ${((filledAt - r.picked) / 1000).toFixed(2)} s from picking the file (summary, then "Fill my answers" pressed by the script)`
			);
		console.log(
			`main thread: longest task ${Math.round(longest)} ms; ${during.length} tasks over 50 ms (charts drawn included)`
		);
		console.log(
			`page JS heap: ${(heapBefore / 2 ** 20).toFixed(1)} MiB before, ${(peakHeap / 2 ** 20).toFixed(1)} MiB peak, ${(r.heap / 2 ** 20).toFixed(1)} MiB after`
		);
		if (pid)
			console.log(
				`renderer processes (page and worker): ${Math.round(rssBefore)} MiB resident before, ${Math.round(peakRss)} MiB peak`
			);
		console.log(`read: ${summary.replace(/\s+/g, ' ').trim()}`);
		if (violations.length) console.log(`console errors: ${violations.join(' | ')}`);
	} finally {
		await browser.close();
		await browserServer.close();
		app.close();
	}
}

await main();
