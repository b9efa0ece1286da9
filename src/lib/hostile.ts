/**
 * The hostile-input tests' one check that a refused `__proto__`, `constructor` or `prototype`
 * key did no harm. Every hostile fixture tries to plant a `polluted` property; after it is
 * refused, no object may have one. Test-only: nothing in the app imports this file.
 */
import { expect } from 'vitest';

export function expectNoPollution(): void {
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	// Planted with the value undefined, it would pass the line above but still be there.
	expect(Object.prototype).not.toHaveProperty('polluted');
}
