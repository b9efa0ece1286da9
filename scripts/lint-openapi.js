// `npm run lint:openapi`: Redocly's recommended rules over the OpenAPI document as the built
// server serves it (GET /api/openapi.json). Fails on any error or warning. Redocly CLI runs
// through npx at a pinned version and stays out of the lockfile, as Lighthouse does: it is
// large and needed only here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/bench/server.js';

/** The newest Redocly CLI when this was written; it runs on Node 20.19+ and 22.12+. */
export const REDOCLY = '@redocly/cli@2.77.0';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Lint the document served at `origin`.
 * @param {string} origin
 * @returns {{ errors: number, warnings: number, problems: string[] }}
 */
export async function lintServedDocument(origin) {
	const response = await fetch(`${origin}/api/openapi.json`);
	if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
	const dir = mkdtempSync(path.join(os.tmpdir(), 'stridecheck-openapi-'));
	try {
		const file = path.join(dir, 'openapi.json');
		writeFileSync(file, await response.text());
		const run = spawnSync('npx', ['-y', REDOCLY, 'lint', file, '--format=json'], {
			cwd: dir,
			encoding: 'utf8'
		});
		/** @type {{ totals: { errors: number, warnings: number }, problems: { ruleId: string, severity: string, message: string, location: { pointer: string }[] }[] }} */
		let report;
		try {
			report = JSON.parse(run.stdout);
		} catch {
			throw new Error(`${REDOCLY} gave no report (exit ${run.status}):\n${run.stderr}`);
		}
		return {
			...report.totals,
			problems: report.problems.map(
				(p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '#'}: ${p.message}`
			)
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (!existsSync(path.join(root, 'build/api/index.js'))) {
		console.log('build/ is missing: running npm run build');
		const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (built.status !== 0) process.exit(built.status ?? 1);
	}
	const server = await startServer(root);
	try {
		const { errors, warnings, problems } = await lintServedDocument(server.origin);
		for (const problem of problems) console.log(problem);
		console.log(`${REDOCLY} lint (recommended): ${errors} errors, ${warnings} warnings`);
		process.exitCode = errors + warnings > 0 ? 1 : 0;
	} finally {
		await server.stop();
	}
}
