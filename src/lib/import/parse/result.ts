import type { Activity } from '../activity';

/** What a parser found in one file. */
export interface Parsed {
	activities: Activity[];
	/** Things the runner should know about this file ("1 activity had no distance and was left out"). */
	notes: string[];
}

/** A file that cannot be read, with the reason in words a runner understands. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

/** `1 activity`, `3 activities` */
export function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
