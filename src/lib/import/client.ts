/**
 * The page's side of the import: hands the files to the worker and relays its progress and
 * per-file results. The one place that creates the worker.
 */
import type { FileResult, Progress } from './read';
import type { FromWorker, ToWorker } from './worker';

export interface ImportHandlers {
	onProgress?: (p: Progress) => void;
	onFile?: (result: FileResult, index: number) => void;
}

export interface RunningImport {
	done: Promise<FileResult[]>;
	cancel(): void;
}

export function startImport(files: File[], handlers: ImportHandlers = {}): RunningImport {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	const results: FileResult[] = [];
	let settle: { resolve: (r: FileResult[]) => void; reject: (e: Error) => void };
	const done = new Promise<FileResult[]>((resolve, reject) => (settle = { resolve, reject }));
	worker.onmessage = (e: MessageEvent<FromWorker>) => {
		const m = e.data;
		if (m.type === 'progress') handlers.onProgress?.(m.progress);
		else if (m.type === 'file') {
			results[m.index] = m.result;
			handlers.onFile?.(m.result, m.index);
		} else {
			worker.terminate();
			settle.resolve(results);
		}
	};
	worker.onerror = (e) => {
		e.preventDefault();
		worker.terminate();
		settle.reject(new Error('The import stopped unexpectedly: try fewer files at once.'));
	};
	const message: ToWorker = { files };
	worker.postMessage(message);
	return {
		done,
		cancel() {
			worker.terminate();
			settle.reject(new Error('Import cancelled.'));
		}
	};
}
