import { describe, expect, it } from 'vitest';
import * as view from './history-view';
import { historyEntry, historySeries } from './history';
import { type HistoryEntry } from './record';
import { assess } from '../risk/assess';
import { INDEX_LABEL } from '../results/labels';
import { factorFor } from '../risk/rules';
import type { AssessRequest } from '../risk/schema';

const shoe = { name: 'Daily trainer', heelDropMm: 10 };

function entry(date: string, request: AssessRequest): HistoryEntry {
	return historyEntry(new Date(date), request, assess(request));
}

/** A forefoot lander in a 4 mm shoe with a run spike, then the week after in a 10 mm shoe. */
const week1: AssessRequest = {
	runner: { footStrike: 'forefoot', usualDropMm: 10, longestRunLast30DaysKm: 10, nextRunKm: 16 },
	shoes: [{ name: 'Racer', heelDropMm: 4 }]
};
const week2: AssessRequest = {
	runner: { footStrike: 'forefoot', usualDropMm: 10, longestRunLast30DaysKm: 10, nextRunKm: 10 },
	shoes: [{ name: 'Racer', heelDropMm: 10 }]
};

describe('shortDate and pointLabels', () => {
	it.each([
		['2026-11-26T14:00:00.000Z', '26 Nov 2026'],
		['2026-01-01T00:00:00.000Z', '1 Jan 2026'],
		['2025-12-31T23:59:59.000Z', '31 Dec 2025']
	])('%s → %s', (iso, label) => expect(view.shortDate(iso)).toBe(label));

	it('adds the time only to later entries of the same day', () => {
		expect(
			view.pointLabels([
				{ date: '2026-11-19T08:00:00.000Z' },
				{ date: '2026-11-26T08:00:00.000Z' },
				{ date: '2026-11-26T18:30:00.000Z' }
			])
		).toEqual(['19 Nov 2026', '26 Nov 2026', '26 Nov 2026 18:30']);
	});
});

describe('historyChart', () => {
	const history = [entry('2026-11-19T08:00:00Z', week1), entry('2026-11-26T08:00:00Z', week2)];
	const points = historySeries(history);
	const spec = view.historyChart(points);

	it('draws the index and the five factors, one point per saved assessment', () => {
		expect(spec.datasets.map((d) => d.label)).toEqual([
			INDEX_LABEL,
			'Overuse',
			'Calf strength and flexibility',
			'Running form',
			'Shoe',
			'Training load'
		]);
		expect(spec.labels).toEqual(['19 Nov 2026', '26 Nov 2026']);
		expect(spec.datasets[0]!.data).toEqual(points.map((p) => p.index));
		expect(spec.datasets[4]!.data).toEqual(points.map((p) => p.factors.shoe));
	});

	it('never tells two series apart by colour alone', () => {
		const keys = spec.datasets.map((d) => `${d.pointStyle}/${d.borderDash.join(',')}`);
		expect(new Set(keys).size).toBe(spec.datasets.length);
		expect(new Set(spec.datasets.map((d) => d.colorVar)).size).toBe(spec.datasets.length);
	});

	it('describes first and last index in words', () => {
		const text = view.describeHistory(points);
		expect(text).toContain('2 saved assessments');
		expect(text).toContain(`from ${points[0]!.index} on 19 Nov 2026`);
		expect(text).toContain(`to ${points[1]!.index} on 26 Nov 2026`);
		expect(view.describeHistory([])).toContain('none saved yet');
	});
});

describe('whatChanged', () => {
	it('needs two entries', () => {
		expect(view.whatChanged([])).toBeNull();
		expect(view.whatChanged([entry('2026-11-19T08:00:00Z', week1)])).toBeNull();
	});

	it('names the scores and findings that moved between the last two, with the reason', () => {
		const older = entry('2026-11-19T08:00:00Z', week1);
		const newer = entry('2026-11-26T08:00:00Z', week2);
		const changed = view.whatChanged([
			entry('2026-11-12T08:00:00Z', { runner: {}, shoes: [shoe] }),
			older,
			newer
		])!;
		expect(changed.from).toBe(older.date);
		expect(changed.to).toBe(newer.date);
		expect(changed.rulesChanged).toBe(false);
		const [a, b] = historySeries([older, newer]);
		expect(a!.index).not.toBe(b!.index);
		expect(changed.scores[0]).toEqual({ label: INDEX_LABEL, from: a!.index, to: b!.index });
		const before = new Map(assess(week1).results[0]!.findings.map((f) => [f.id, f]));
		const after = new Map(assess(week2).results[0]!.findings.map((f) => [f.id, f]));
		const moved = [...after.values()].filter((f) => before.get(f.id)?.band !== f.band);
		expect(moved.length).toBeGreaterThan(0);
		expect(changed.findings.map((f) => f.id).sort()).toEqual(moved.map((f) => f.id).sort());
		for (const f of changed.findings) {
			expect(f.to).toBe(after.get(f.id)!.band);
			expect(f.why).toBe(after.get(f.id)!.why);
		}
	});

	it('reports nothing moved for the same answers', () => {
		const changed = view.whatChanged([
			entry('2026-11-19T08:00:00Z', week1),
			entry('2026-11-26T08:00:00Z', week1)
		])!;
		expect(changed.scores).toEqual([]);
		expect(changed.findings).toEqual([]);
	});
});

describe('spanText', () => {
	it.each([
		['2026-11-19T08:00:00.000Z', '2026-11-26T08:00:00.000Z', 'From 19 Nov 2026 to 26 Nov 2026'],
		['2026-11-26T08:00:00.000Z', '2026-11-26T17:30:00.000Z', 'On 26 Nov 2026, from 08:00 to 17:30']
	])('%s → %s', (from, to, text) => {
		expect(view.spanText(from, to)).toBe(text);
	});
});

describe("dates in the runner's own time zone", () => {
	it('dates a save at 21:00 in New York that day, not the next (as UTC would)', () => {
		const pinned = process.env.TZ;
		process.env.TZ = 'America/New_York';
		try {
			expect(view.shortDate('2026-11-27T02:00:00.000Z')).toBe('26 Nov 2026');
			expect(view.shortTime('2026-11-27T02:00:00.000Z')).toBe('21:00');
			expect(view.spanText('2026-11-26T13:00:00.000Z', '2026-11-27T02:00:00.000Z')).toBe(
				'On 26 Nov 2026, from 08:00 to 21:00'
			);
		} finally {
			process.env.TZ = pinned;
		}
		expect(view.shortDate('2026-11-27T02:00:00.000Z')).toBe('27 Nov 2026');
	});
});

describe('whatChanged against any earlier save', () => {
	const withPain = (req: AssessRequest, duringRun?: number): AssessRequest =>
		duringRun === undefined
			? req
			: { ...req, runner: { ...req.runner, pain: { duringRun, nextMorning: 'same' } } };
	const history = [
		entry('2026-11-12T08:00:00Z', withPain(week1, 6)),
		entry('2026-11-19T08:00:00Z', withPain(week2, 4)),
		entry('2026-11-26T08:00:00Z', withPain(week2)),
		entry('2026-12-03T08:00:00Z', withPain(week2, 2))
	];
	const cases: [
		string,
		number | undefined,
		string | null,
		{ from: number | null; to: number | null } | null
	][] = [
		['the previous save by default', undefined, history[2]!.date, { from: null, to: 2 }],
		['the first save', 0, history[0]!.date, { from: 6, to: 2 }],
		['a save in between', 1, history[1]!.date, { from: 4, to: 2 }],
		['not the latest itself', 3, null, null],
		['not before the first', -1, null, null],
		['not a fraction', 0.5, null, null]
	];
	it.each(cases)('%s', (_name, from, date, pain) => {
		const changed = view.whatChanged(history, undefined, from);
		expect(changed?.from ?? null).toBe(date);
		if (!changed) return;
		expect(changed.to).toBe(history[3]!.date);
		const row = changed.scores.find((s) => s.label === view.PAIN_LABEL) ?? null;
		expect(row && { from: row.from, to: row.to }).toEqual(pain);
	});

	it('the first save against the latest names the findings that moved across both weeks', () => {
		const changed = view.whatChanged(history, undefined, 0)!;
		expect(changed.scores.map((s) => s.label)).toContain(INDEX_LABEL);
		expect(changed.findings.length).toBeGreaterThan(0);
		// Same shoe and load from the second save to the latest: pain leads what moved.
		const later = view.whatChanged(history, undefined, 1)!;
		expect(later.scores[0]!.label).toBe(view.PAIN_LABEL);
		expect(later.scores.map((s) => s.label)).not.toContain(factorFor('shoe').title);
	});
});

describe('painChart and describePain', () => {
	const p = (date: string, pain: number | null) => ({
		date,
		shoe: 'Racer',
		index: 30,
		band: 'moderate' as const,
		factors: { overuse: null, calf: null, form: null, shoe: 30, load: null },
		pain
	});
	it('draws pain out of 10 with an unanswered save as a gap', () => {
		const points = [
			p('2026-11-19T08:00:00Z', 5),
			p('2026-11-26T08:00:00Z', null),
			p('2026-12-03T08:00:00Z', 2)
		];
		const spec = view.painChart(points);
		expect(spec.max).toBe(10);
		expect(spec.datasets[0]!.data).toEqual([5, null, 2]);
		expect(spec.labels).toEqual(['19 Nov 2026', '26 Nov 2026', '3 Dec 2026']);
		expect(view.describePain(points)).toBe(
			'Line chart of calf pain during runs out of 10, answered in 2 of 3 saves. It went from 5 on 19 Nov 2026 to 2 on 3 Dec 2026.'
		);
	});
	it('says when no save answered it', () => {
		expect(view.describePain([p('2026-11-19T08:00:00Z', null)])).toBe(
			'Line chart of calf pain during runs: not answered in any of the 1 saves.'
		);
	});
	it('reads pain from each saved request', () => {
		const req: AssessRequest = {
			...week1,
			runner: { ...week1.runner, pain: { duringRun: 3, nextMorning: 'same' } }
		};
		expect(historySeries([entry('2026-11-19T08:00:00Z', req)])[0]!.pain).toBe(3);
		expect(historySeries([entry('2026-11-19T08:00:00Z', week1)])[0]!.pain).toBeNull();
	});
});
