// Start and stop the built server (`node server`) on a free loopback port, and read its memory.
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

/** Resident memory of a process in MiB, from /proc (Linux only; null elsewhere). */
export function rssMiB(/** @type {number} */ pid) {
	try {
		const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
		return line ? Number(line[1]) / 1024 : null;
	} catch {
		return null;
	}
}

/** @param {string} root the project directory */
export async function startServer(root) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['server'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		// The server logs each 4xx it answers; keep only the tail, for when it fails to start.
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let log = '';
	child.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-2000)));
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`node server exited: ${log}`);
		try {
			if ((await fetch(`${origin}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error('node server did not answer within 15 s');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		origin,
		pid: /** @type {number} */ (child.pid),
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}
