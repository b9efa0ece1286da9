import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseForm } from '../form/parse';
import type { FormValues } from '../form/fields';
import { AnswerKeeper, SAVE_DELAY_MS, type KeptForm } from './keeper';
import { SavedData } from './storage.svelte';
import { FakeStorage } from './storage.fake';
import { STORAGE_KEY } from './store';

/** A form whose fields the test types into, and whose reads wait for a debounce as the page's do. */
class TypedForm implements KeptForm {
	values: FormValues = { 'units.length': 'mm', 'units.distance': 'km' };
	/** Typed but not read yet. */
	pending: FormValues | null = null;
	get parsed() {
		return parseForm(this.values);
	}
	type(fields: FormValues) {
		this.pending = { ...(this.pending ?? this.values), ...fields };
	}
	settle() {
		if (this.pending) this.read();
	}
	read() {
		if (this.pending) this.values = this.pending;
		this.pending = null;
	}
}

function setup() {
	const storage = new FakeStorage();
	const saved = new SavedData(() => storage);
	saved.load();
	const form = new TypedForm();
	const keeper = new AnswerKeeper(saved, form, () => new Date('2026-03-20T09:00:00Z'));
	const stored = () => JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
	return { form, keeper, stored };
}

describe('AnswerKeeper', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves a while after typing stops, not on every keystroke', () => {
		const { form, keeper, stored } = setup();
		keeper.edited();
		form.type({ 'shoes.0.name': 'Daily', 'shoes.0.heelDropMm': '8' });
		form.read();
		keeper.soon();
		vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
		expect(stored()).toBeNull();
		vi.advanceTimersByTime(1);
		expect(stored().shoes).toEqual([{ name: 'Daily', heelDropMm: 8 }]);
	});

	it('keeps typing that is still waiting for its read when the save falls due', () => {
		const { form, keeper, stored } = setup();
		keeper.edited();
		keeper.soon();
		vi.advanceTimersByTime(SAVE_DELAY_MS - 50);
		// Typed now, read only after its debounce: the save comes first.
		keeper.edited();
		form.type({ 'shoes.0.name': 'Daily', 'shoes.0.heelDropMm': '8' });
		vi.advanceTimersByTime(100);
		expect(stored().shoes).toEqual([{ name: 'Daily', heelDropMm: 8 }]);
	});

	it('saves at once when the page is left, and nothing when nothing was edited', () => {
		const { form, keeper, stored } = setup();
		keeper.flush();
		expect(stored()).toBeNull();
		keeper.edited();
		form.type({ 'runner.age': '38' });
		keeper.flush();
		expect(stored().runner).toEqual({ age: 38 });
	});

	it('a stopped keeper saves nothing later', () => {
		const { form, keeper, stored } = setup();
		keeper.edited();
		form.type({ 'runner.age': '38' });
		form.read();
		keeper.soon();
		keeper.stop();
		vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
		expect(stored()).toBeNull();
	});

	it('keeps the imported activities and the answers they filled, at once', () => {
		const { form, keeper, stored } = setup();
		form.values = { ...form.values, 'runner.nextRunKm': '12', 'runner.weeklyKm.5': '30' };
		keeper.imported([
			{ start: '2026-03-17T07:00:00Z', distanceKm: 12, durationS: 4000, sport: 'run' },
			// More than 400 days before the reading: nothing the check reads any more.
			{ start: '2024-12-01', distanceKm: 8, sport: 'run' }
		]);
		const record = stored();
		expect(record.training).toEqual({
			readAt: '2026-03-20T09:00:00.000Z',
			activities: [{ start: '2026-03-17T07:00:00Z', distanceKm: 12, durationS: 4000, sport: 'run' }]
		});
		expect(record.runner).toEqual({ nextRunKm: 12, weeklyKm: [30] });
		expect(record.weeklyKmSavedAt).toBe('2026-03-20T09:00:00.000Z');
	});
});
