import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where review pictures go: SHOTS_DIR, or bench-results/shots beside the repository's root. */
export function shotsDir(): string {
	const dir = resolve(process.env.SHOTS_DIR ?? 'bench-results/shots');
	mkdirSync(dir, { recursive: true });
	return dir;
}
