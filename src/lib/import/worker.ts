/**
 * The import worker: reads the dropped files off the page's thread, so a 2,000-activity
 * archive never holds up scrolling or typing. The files never leave the browser; only the
 * activities' start, distance, duration and sport come back.
 */
import { readFiles, type FileResult, type Progress } from './read';

export interface ToWorker {
	files: File[];
}

export type FromWorker =
	| { type: 'progress'; progress: Progress }
	| { type: 'file'; index: number; result: FileResult }
	| { type: 'done' };

/** Progress is posted at most this often, so the page is not flooded with messages. */
const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
	postMessage(message: FromWorker): void;
};

scope.onmessage = async (e) => {
	let last = 0;
	await readFiles(
		e.data.files,
		(progress) => {
			const now = performance.now();
			if (progress.fraction > 0 && progress.fraction < 1 && now - last < PROGRESS_EVERY_MS) return;
			last = now;
			scope.postMessage({ type: 'progress', progress });
		},
		(result, index) => scope.postMessage({ type: 'file', index, result })
	);
	scope.postMessage({ type: 'done' });
};
