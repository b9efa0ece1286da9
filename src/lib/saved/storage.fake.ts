/** An in-memory `Storage` for tests, which can be told to fail like a full or blocked browser. */
import type { StorageLike } from './store';

export type Failure = { get?: unknown; set?: unknown; remove?: unknown };

export class FakeStorage implements StorageLike {
	readonly items = new Map<string, string>();
	fail: Failure = {};

	constructor(initial: Record<string, string> = {}) {
		for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
	}

	get length() {
		return this.items.size;
	}

	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		if (this.fail.get) throw this.fail.get;
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		if (this.fail.set) throw this.fail.set;
		this.items.set(key, String(value));
	}

	removeItem(key: string): void {
		if (this.fail.remove) throw this.fail.remove;
		this.items.delete(key);
	}
}

export const quotaError = () =>
	new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = () => new DOMException('Access is denied.', 'SecurityError');
