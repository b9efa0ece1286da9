// Start and stop the built server (`node server`) or the bench's bare server on a loopback
// port, and read a process's memory. Ports: BENCH_PORT and the next ones when it is set (a
// shared machine's own range), otherwise ports the kernel says are free.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

/** A port the kernel says is free right now on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

let nextPort = Number(process.env.BENCH_PORT) || 0;

/** BENCH_PORT, then BENCH_PORT + 1, ...; or a free port when BENCH_PORT is not set. */
async function benchPort() {
	return nextPort ? nextPort++ : /** @type {number} */ (await freePort());
}

/** Resident memory of a process in MiB, from /proc (Linux only; null elsewhere). */
export function rssMiB(/** @type {number} */ pid) {
	try {
		const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
		return line ? Number(line[1]) / 1024 : null;
	} catch {
		return null;
	}
}

/**
 * Start `node <script>` in `root` on a loopback port and wait until it answers.
 * @param {string} root the project directory
 * @param {{ script?: string, env?: Record<string, string> }} [options] `server` (the
 *   production entry) by default; `env` is added to this process's environment.
 */
export async function startServer(root, { script = 'server', env = {} } = {}) {
	const port = await benchPort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [script], {
		cwd: root,
		// SHUTDOWN_DELAY=0: no load balancer to drain from, so SIGTERM stops it at once.
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			SHUTDOWN_DELAY: '0',
			...env
		},
		// The server logs each 4xx it answers; keep only the tail, for when it fails to start.
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let log = '';
	child.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-2000)));
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`node ${script} exited: ${log}`);
		try {
			// Any answer means it listens (the bare server knows no other path).
			await fetch(`${origin}/healthz`);
			break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`node ${script} did not answer within 15 s`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		origin,
		pid: /** @type {number} */ (child.pid),
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve(child.exitCode);
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}
