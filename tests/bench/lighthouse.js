// Lighthouse 12.8.2 (13 needs Node 22) on the pages a runner lands on, mobile and
// desktop, median of 3 runs each. Lighthouse stays out of package.json and the lockfile: it
// runs through `npx -y lighthouse@12.8.2`, with Debian's Chromium from tests/chromium.js.
//
// `node tests/bench/lighthouse.js [http://127.0.0.1:PORT]` against a running server, or it
// starts the built one itself;
// `npm run bench` prints the same table (tests/bench/sections.js).
//
// Each figure is the median of its own 3 values (score, LCP, CLS, TBT separately), so one
// slow run on a shared 2-core machine does not decide the row.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeFlags, chromePath } from '../chromium.js';
import { fillColumns, printTable } from './pages.js';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {string} [path] a URL path the Lighthouse CLI loads as is
 * @property {string} [flow] a script (run under npx beside Lighthouse) that brings the page
 *   to the measured state in a Lighthouse user flow and prints the step's report as JSON
 * @property {string} [probe] the page to ask for first; a 404 skips the target
 */

/**
 * @type {Target[]}
 * `probe` is the path whose 404 means the page has not landed in this build: it is skipped.
 */
export const targets = [
	{ name: '/', path: '/' },
	{ name: '/check with results', flow: 'lighthouse-check-flow.js', probe: '/check' },
	// Two catalog picks, as /shoes sends them: the page scores and charts them as it loads.
	{
		name: '/compare, 2 picks',
		path: '/compare?pick=nike-pegasus-41&pick=nike-vomero-18',
		probe: '/compare'
	}
];

/**
 * Runs a command and returns its stdout; rejects with the tail of stderr if it fails.
 * @param {string} command @param {string[]} args
 * @returns {Promise<string>}
 */
function run(command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			env: { ...process.env, CHROME_PATH: chromePath },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		/** @type {Buffer[]} */
		const out = [];
		let err = '';
		child.stdout.on('data', (chunk) => out.push(chunk));
		child.stderr.on('data', (chunk) => (err = (err + chunk).slice(-3000)));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
			else reject(new Error(`${command} ${args.slice(0, 4).join(' ')} exited ${code}: ${err}`));
		});
	});
}

/**
 * @typedef {object} Figures
 * @property {number} performance 0-100
 * @property {number} accessibility 0-100
 * @property {number} bestPractices 0-100
 * @property {number} lcpMs
 * @property {number} cls
 * @property {number} tbtMs
 * @property {number} benchmarkIndex Lighthouse's CPU benchmark index of the machine
 */

/**
 * The figures of one Lighthouse report (LHR JSON).
 * @param {any} lhr
 * @returns {Figures}
 */
export function figures(lhr) {
	const score = (/** @type {string} */ id) => {
		const s = lhr.categories?.[id]?.score;
		if (typeof s !== 'number') throw new Error(`Lighthouse gave no ${id} score`);
		return Math.round(s * 100);
	};
	const audit = (/** @type {string} */ id) => {
		const v = lhr.audits?.[id]?.numericValue;
		if (typeof v !== 'number') throw new Error(`Lighthouse gave no ${id}`);
		return v;
	};
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		lcpMs: audit('largest-contentful-paint'),
		cls: audit('cumulative-layout-shift'),
		tbtMs: audit('total-blocking-time'),
		// Lighthouse's own CPU benchmark of the machine at that run: figures are comparable
		// only between runs with a similar index.
		benchmarkIndex: Math.round(Number(lhr.environment?.benchmarkIndex ?? NaN))
	};
}

/** @param {number[]} values */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? /** @type {number} */ (sorted[mid])
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * One Lighthouse run of `target` in `mode`.
 * @param {string} origin @param {Target} target @param {'mobile' | 'desktop'} mode
 * @returns {Promise<Figures>}
 */
export async function lighthouseOnce(origin, target, mode) {
	if (target.flow) {
		const script = path.join(here, target.flow);
		const out = await run('npx', [
			'-y',
			'-p',
			LIGHTHOUSE,
			'-c',
			`node ${script} ${origin} ${mode}`
		]);
		return figures(JSON.parse(out));
	}
	const args = [
		'-y',
		LIGHTHOUSE,
		origin + target.path,
		'--output=json',
		'--output-path=stdout',
		'--quiet',
		'--only-categories=performance,accessibility,best-practices',
		`--chrome-flags=${chromeFlags.join(' ')}`
	];
	if (mode === 'desktop') args.push('--preset=desktop');
	return figures(JSON.parse(await run('npx', args)));
}

/**
 * Lighthouse sometimes loses its trace on a busy 2-core machine (NO_NAVSTART,
 * NO_FCP): such a run measured nothing, so it is run again, at most twice more, and said so.
 * @template T @param {() => Promise<T>} attempt
 * @returns {Promise<T>}
 */
async function withRetry(attempt, tries = 3) {
	for (let i = 1; ; i++) {
		try {
			return await attempt();
		} catch (error) {
			if (i >= tries) throw error;
			console.warn(`Lighthouse run failed (${String(error).slice(0, 160)}); running it again.`);
		}
	}
}

/**
 * Median figures of `runs` runs per target and mode, as table rows.
 * @param {string} origin @param {Target[]} [list] @param {number} [runs]
 */
export async function lighthouseRows(origin, list = targets, runs = 3) {
	/** @type {Record<string, string | number>[]} */
	const rows = [];
	for (const target of list) {
		const probe = target.probe ?? target.path ?? '/';
		if ((await fetch(origin + probe)).status === 404) {
			rows.push({ page: target.name, mode: `skipped: ${probe} answers 404 in this build` });
			continue;
		}
		for (const mode of /** @type {const} */ (['mobile', 'desktop'])) {
			/** @type {Figures[]} */
			const all = [];
			for (let i = 0; i < runs; i++)
				all.push(await withRetry(() => lighthouseOnce(origin, target, mode)));
			const m = (/** @type {keyof Figures} */ key) => median(all.map((f) => f[key]));
			rows.push({
				page: target.name,
				mode,
				performance: m('performance'),
				accessibility: m('accessibility'),
				'best-practices': m('bestPractices'),
				'LCP s': (m('lcpMs') / 1000).toFixed(2),
				CLS: m('cls').toFixed(3),
				'TBT ms': Math.round(m('tbtMs')),
				'performance per run': all.map((f) => f.performance).join('/'),
				'CPU index': Math.round(m('benchmarkIndex'))
			});
		}
	}
	return fillColumns(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// Against a running server if given one, else the built one started here (npm run build first).
	const given = process.argv[2]?.replace(/\/$/, '');
	const { startServer } = await import('./server.js');
	const server = given
		? null
		: await startServer(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
	const origin = given ?? /** @type {NonNullable<typeof server>} */ (server).origin;
	try {
		printTable(
			`Lighthouse ${LIGHTHOUSE.split('@')[1]}, median of 3 runs (${origin})`,
			await lighthouseRows(origin)
		);
	} finally {
		await server?.stop();
	}
}
