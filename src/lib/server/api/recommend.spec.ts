import { describe, expect, it } from 'vitest';
import { findShoe } from '../catalog';
import { assess } from './engine';
import { toShoeInput } from '$lib/catalog';
import { recommendOperation } from './recommend';

type Answer = {
	total: number;
	tiedAtTop: number;
	triage: { level: string };
	shoes: { id: string; name: string; index: number | null; band: string; why: string[] }[];
};

function post(body: unknown) {
	const res = recommendOperation.handle({ body, query: new URLSearchParams() });
	return { status: res.status, data: JSON.parse(res.body) };
}
const ok = (body: unknown): Answer => {
	const { status, data } = post(body);
	expect(status).toBe(200);
	return data as Answer;
};

const forefoot = { footStrike: 'forefoot', monthsRunningLast12: 12, usualDropMm: 10 } as const;

describe('POST /api/recommend', () => {
	it('ranks the current catalog, ten shoes by default, each scored as /api/assess scores it', () => {
		const answer = ok({ runner: forefoot });
		expect(answer.shoes).toHaveLength(10);
		expect(answer.total).toBe(274);
		for (const s of answer.shoes) {
			const [result] = assess({ runner: forefoot, shoes: [toShoeInput(findShoe(s.id)!)] }).results;
			expect([s.index, s.band]).toEqual([result?.index, result?.band]);
			expect(s.why.length).toBeGreaterThan(0);
		}
	});

	it('applies the filters and the limit, and counts the whole tie', () => {
		const answer = ok({
			runner: forefoot,
			filters: { current: false, maxDrop: 6, support: 'neutral' },
			limit: 3
		});
		expect(answer.shoes).toHaveLength(3);
		for (const s of answer.shoes) {
			const shoe = findShoe(s.id)!;
			expect(shoe.lab?.dropMm).toBeLessThanOrEqual(6);
			expect(shoe.support).toBe('neutral');
		}
		const all = ok({
			runner: forefoot,
			filters: { current: false, maxDrop: 6, support: 'neutral' },
			limit: 50
		});
		expect(all.tiedAtTop).toBe(answer.tiedAtTop);
		expect(all.total).toBe(answer.total);
	});

	it('orders a tie by the column asked for, highest drop first', () => {
		const answer = ok({ runner: forefoot, filters: { sort: 'drop', dir: 'desc' }, limit: 50 });
		expect(answer.tiedAtTop).toBeGreaterThan(1);
		const tied = answer.shoes.slice(0, Math.min(answer.tiedAtTop, 50));
		const drops = tied.map((s) => findShoe(s.id)!.lab?.dropMm ?? -Infinity);
		expect(drops).toEqual([...drops].sort((a, b) => b - a));
	});

	it('answers the triage and no shoes under an emergency sign', () => {
		const answer = ok({ runner: { redFlags: ['cold-pale-foot'] } });
		expect(answer).toMatchObject({
			total: 0,
			tiedAtTop: 0,
			shoes: [],
			triage: { level: 'emergency' }
		});
	});

	it('answers no shoes, not an error, when no shoe passes the filters', () => {
		expect(ok({ runner: {}, filters: { q: 'no such shoe zzzz' } })).toMatchObject({
			total: 0,
			tiedAtTop: 0,
			shoes: []
		});
	});

	it.each([
		[{}, 'runner'],
		[{ runner: {}, filters: { support: 'motion-control' } }, 'filters.support'],
		[{ runner: {}, filters: { maxDrop: '8' } }, 'filters.maxDrop'],
		[{ runner: {}, filters: { maxDrop: 99 } }, 'filters.maxDrop'],
		[{ runner: {}, filters: { minDrop: 8, maxDrop: 4 } }, 'filters.minDrop'],
		[{ runner: {}, filters: { current: 'yes' } }, 'filters.current'],
		[{ runner: {}, filters: { limit: 5 } }, 'filters.limit'],
		[{ runner: {}, filters: [] }, 'filters'],
		[{ runner: {}, limit: 51 }, 'limit'],
		[{ runner: {}, limit: 2.5 }, 'limit'],
		[{ runner: { age: 5 } }, 'runner.age'],
		[{ runner: {}, shoes: [] }, 'shoes'],
		[JSON.parse('{"runner": {}, "filters": {"__proto__": {}}}'), 'filters.__proto__'],
		[[], ''],
		[{ runner: [] }, 'runner'],
		[null, '']
	])('refuses %j at %s', (body, path) => {
		const { status, data } = post(body);
		expect(status).toBe(422);
		expect(data.errors.map((e: { path: string }) => e.path)).toContain(path);
	});
});
