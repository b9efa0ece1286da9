/** The engine's invariants, as property tests over valid requests. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { requestArb, wholeIn, numberIn } from './arbitraries';
import { assess } from './assess';
import { FINDING_RULES, ruleFor } from './rules';
import { BAND_LEVEL, findingBand } from './scoring';
import { SHARPEN } from './sharpen-table';
import { FLAG_ROWS, stopsSelfCare } from './triage';
import {
	AssessResponseSchema,
	BANDS,
	FACTORS,
	RED_FLAGS,
	parseRequest,
	type AssessRequest,
	type Assessment,
	type Band,
	type FindingId,
	type Runner,
	type Shoe,
	type ShoeResult
} from './schema';

const RUNS = { numRuns: 300 };

/** The property holds for every valid request fast-check makes. */
function forAnyRequest(check: (req: AssessRequest) => void) {
	fc.assert(fc.property(requestArb, check), RUNS);
}

const level = (b: Band) => (b === 'unknown' ? -1 : BAND_LEVEL[b]);

/** `after` reads no lower risk than `before`, finding by finding, in the index and in the band. */
function neverLower(before: ShoeResult, after: ShoeResult) {
	before.findings.forEach((f, i) => {
		const g = after.findings[i];
		expect(g?.id).toBe(f.id);
		if (f.band !== 'unknown')
			expect(level(g?.band ?? 'unknown'), f.id).toBeGreaterThanOrEqual(level(f.band));
	});
	if (before.index !== null && after.index !== null)
		expect(after.index).toBeGreaterThanOrEqual(before.index);
	expect(level(after.band)).toBeGreaterThanOrEqual(level(before.band));
}

/**
 * Assesses both requests: `after` reads no lower risk than `before` for the first shoe (the one
 * a shoe change touched) or for each shoe (a runner change touches them all).
 */
function neverLowerAssessed(before: AssessRequest, after: AssessRequest, shoes: 'first' | 'each') {
	const [b, a] = [assess(before).results, assess(after).results];
	const compared = shoes === 'first' ? b.slice(0, 1) : b;
	if (compared.length === 0) throw new Error('no result');
	compared.forEach((r, i) => {
		const s = a[i];
		if (!s) throw new Error('no result');
		neverLower(r, s);
	});
}

function withShoe(req: AssessRequest, i: number, change: (s: Shoe) => Shoe): AssessRequest {
	return { ...req, shoes: req.shoes.map((s, j) => (j === i ? change(s) : s)) };
}

function withRunner(req: AssessRequest, change: (r: Runner) => Runner): AssessRequest {
	return { ...req, runner: change(req.runner) };
}

const bandIn = (a: Assessment, shoe: number, id: FindingId) => {
	const result = a.results[shoe];
	return result ? findingBand(result, id) : 'unknown';
};

describe('bounds', () => {
	it('every score is a whole number in 0–100, every band one of the four, confidence in 0–1', () => {
		forAnyRequest((req) => {
			const a = assess(req);
			expect(v.safeParse(AssessResponseSchema, a).success).toBe(true);
			expect(a.results).toHaveLength(req.shoes.length);
			expect([...a.ranking].sort((x, y) => x - y)).toEqual(req.shoes.map((_, i) => i));
			for (const r of a.results) {
				expect(BANDS).toContain(r.band);
				expect(r.confidence).toBeGreaterThanOrEqual(0);
				expect(r.confidence).toBeLessThanOrEqual(1);
				const scores = [r.index, ...FACTORS.map((f) => r.factors[f].score)];
				for (const s of scores) {
					if (s === null) continue;
					expect(Number.isInteger(s)).toBe(true);
					expect(s).toBeGreaterThanOrEqual(0);
					expect(s).toBeLessThanOrEqual(100);
				}
				for (const f of FACTORS)
					expect(r.factors[f].score === null).toBe(r.factors[f].band === 'unknown');
				for (const f of r.findings) expect(BANDS).toContain(f.band);
				expect(r.findings.map((f) => f.id)).toEqual(FINDING_RULES.map((x) => x.id));
			}
		});
	});
});

describe('determinism', () => {
	it('the same request gives the same answer, and the request is not changed', () => {
		forAnyRequest((req) => {
			const copy = structuredClone(req);
			const a = assess(req);
			expect(req).toEqual(copy);
			expect(assess(copy)).toEqual(a);
			expect(JSON.parse(JSON.stringify(a))).toEqual(a);
		});
	});
});

describe('monotonicity: all else equal, never lower risk', () => {
	it('a lower drop (stated and measured)', () => {
		fc.assert(
			fc.property(requestArb, numberIn(0, 30), (req, by) => {
				const lower = (d: number) => Math.max(-5, d - by);
				const after = withShoe(req, 0, (s) => ({
					...s,
					heelDropMm: lower(s.heelDropMm),
					...(s.measuredDropMm === undefined ? {} : { measuredDropMm: lower(s.measuredDropMm) })
				}));
				neverLowerAssessed(req, after, 'first');
			}),
			RUNS
		);
	});

	it('a narrower toe box', () => {
		fc.assert(
			fc.property(requestArb, numberIn(0, 80), (req, by) => {
				const after = withShoe(req, 0, (s) =>
					s.toeBoxWidthMm === undefined
						? s
						: { ...s, toeBoxWidthMm: Math.max(60, s.toeBoxWidthMm - by) }
				);
				neverLowerAssessed(req, after, 'first');
			}),
			RUNS
		);
	});

	it('a tighter self-rated fit', () => {
		const order = ['roomy', 'snug', 'squeezed'] as const;
		fc.assert(
			fc.property(requestArb, wholeIn(0, 2), wholeIn(0, 2), (req, x, y) => {
				const [from, to] = [order[Math.min(x, y)], order[Math.max(x, y)]];
				neverLowerAssessed(
					withShoe(req, 0, (s) => ({ ...s, toeBoxFit: from })),
					withShoe(req, 0, (s) => ({ ...s, toeBoxFit: to })),
					'first'
				);
			}),
			RUNS
		);
	});

	it('a bigger spike (a longer next run or a shorter 30-day longest)', () => {
		fc.assert(
			fc.property(requestArb, numberIn(0, 250), fc.boolean(), (req, by, longerNext) => {
				const after = withRunner(req, (r) =>
					longerNext
						? { ...r, nextRunKm: Math.min(250, (r.nextRunKm ?? 0) + by) }
						: { ...r, longestRunLast30DaysKm: Math.max(0, (r.longestRunLast30DaysKm ?? 250) - by) }
				);
				const filled = withRunner(req, (r) =>
					longerNext
						? { ...r, nextRunKm: r.nextRunKm ?? 0 }
						: { ...r, longestRunLast30DaysKm: r.longestRunLast30DaysKm ?? 250 }
				);
				neverLowerAssessed(filled, after, 'first');
			}),
			RUNS
		);
	});

	it('more pain (during the run or the next morning)', () => {
		const mornings = ['better', 'same', 'worse'] as const;
		fc.assert(
			fc.property(
				requestArb,
				numberIn(0, 10),
				numberIn(0, 10),
				wholeIn(0, 2),
				wholeIn(0, 2),
				(req, p, q, m, n) => {
					const pain = (duringRun: number, i: number) =>
						withRunner(req, (r) => ({
							...r,
							pain: { duringRun, nextMorning: mornings[i] ?? 'same' }
						}));
					neverLowerAssessed(
						pain(Math.min(p, q), Math.min(m, n)),
						pain(Math.max(p, q), Math.max(m, n)),
						'each'
					);
				}
			),
			RUNS
		);
	});

	it('more wear', () => {
		fc.assert(
			fc.property(requestArb, numberIn(0, 5000), (req, by) => {
				const after = withShoe(req, 0, (s) => ({
					...s,
					wornKm: Math.min(5000, (s.wornKm ?? 0) + by)
				}));
				const before = withShoe(req, 0, (s) => ({ ...s, wornKm: s.wornKm ?? 0 }));
				neverLowerAssessed(before, after, 'first');
			}),
			RUNS
		);
	});

	it('fewer heel raises on both legs by the same count', () => {
		fc.assert(
			fc.property(
				requestArb,
				wholeIn(0, 200),
				wholeIn(0, 200),
				wholeIn(0, 200),
				(req, left, right, k) => {
					const by = Math.min(k, left, right);
					neverLowerAssessed(
						withRunner(req, (r) => ({ ...r, heelRaises: { left, right } })),
						withRunner(req, (r) => ({ ...r, heelRaises: { left: left - by, right: right - by } })),
						'each'
					);
				}
			),
			RUNS
		);
	});
});

describe('occasional vs regular runner', () => {
	it("the same shoe's drop finding never reads worse for the occasional runner", () => {
		fc.assert(
			fc.property(requestArb, numberIn(0, 5.9), numberIn(6, 12), (req, occasional, regular) => {
				const o = assess(withRunner(req, (r) => ({ ...r, monthsRunningLast12: occasional })));
				const g = assess(withRunner(req, (r) => ({ ...r, monthsRunningLast12: regular })));
				const u = assess(unanswer(req, ['runner.monthsRunningLast12']));
				req.shoes.forEach((_, i) => {
					const drop = level(bandIn(o, i, 'shoe.drop'));
					expect(drop).toBeLessThanOrEqual(level(bandIn(g, i, 'shoe.drop')));
					expect(drop).toBeLessThanOrEqual(level(bandIn(u, i, 'shoe.drop')));
				});
			}),
			RUNS
		);
	});
});

describe('comparing shoes is symmetric', () => {
	it('permuting the shoes permutes the results and keeps the ranking', () => {
		fc.assert(
			fc.property(
				requestArb.chain((req) =>
					fc.tuple(
						fc.constant(req),
						fc.shuffledSubarray(
							req.shoes.map((_, i) => i),
							{ minLength: req.shoes.length, maxLength: req.shoes.length }
						)
					)
				),
				([req, order]) => {
					const a = assess(req);
					const b = assess({ ...req, shoes: order.map((i) => req.shoes[i] as Shoe) });
					expect(b.results).toEqual(order.map((i) => a.results[i]));
					const shown = (x: Assessment) =>
						x.ranking.map((i) => [x.results[i]?.index, x.results[i]?.shoe]);
					expect(shown(b)).toEqual(shown(a));
					const names = req.shoes.map((s) => s.name);
					if (new Set(names).size === names.length)
						expect(b.results[b.ranking[0] ?? -1]).toEqual(a.results[a.ranking[0] ?? -1]);
					expect(b.sharpen).toEqual(a.sharpen);
				}
			),
			RUNS
		);
	});
});

describe('red flags', () => {
	it('any red flag always yields its triage card, whatever else is entered', () => {
		fc.assert(
			fc.property(
				requestArb,
				fc.shuffledSubarray([...RED_FLAGS], { minLength: 1 }),
				(req, flags) => {
					const a = assess(withRunner(req, (r) => ({ ...r, redFlags: flags })));
					expect(a.triage.level).not.toBe('none');
					expect([...a.triage.reasons].sort()).toEqual([...flags].sort());
					for (const r of a.results)
						expect(r.tips[0]).toMatchObject({ id: 'see-a-professional', because: [] });
				}
			),
			RUNS
		);
	});

	it('the order the flags are given in changes nothing', () => {
		fc.assert(
			fc.property(requestArb, fc.shuffledSubarray([...RED_FLAGS]), (req, flags) => {
				const inOrder = RED_FLAGS.filter((f) => flags.includes(f));
				const a = assess(withRunner(req, (r) => ({ ...r, redFlags: flags })));
				const b = assess(withRunner(req, (r) => ({ ...r, redFlags: inOrder })));
				expect(a).toEqual(b);
			}),
			{ numRuns: 100 }
		);
	});

	it('any urgent or emergency flag: tips exactly [see-a-professional] and no sharpen, whatever else', () => {
		const serious = FLAG_ROWS.filter((r) => stopsSelfCare(r.level)).map((r) => r.id);
		fc.assert(
			fc.property(
				requestArb,
				fc.constantFrom(...serious),
				fc.subarray([...RED_FLAGS]),
				(req, flag, others) => {
					const flags = RED_FLAGS.filter((f) => f === flag || others.includes(f));
					const a = assess(withRunner(req, (r) => ({ ...r, redFlags: flags })));
					expect(['urgent', 'emergency']).toContain(a.triage.level);
					expect(a.sharpen).toEqual([]);
					for (const r of a.results)
						expect(r.tips.map((t) => t.id)).toEqual(['see-a-professional']);
				}
			),
			RUNS
		);
	});

	it('a see-clinician flag alone: care first, and no physical self-test suggested', () => {
		const milder = FLAG_ROWS.filter((r) => r.level === 'see-clinician').map((r) => r.id);
		const physical = SHARPEN.filter((s) => s.physical).map((s) => s.id);
		fc.assert(
			fc.property(requestArb, fc.subarray(milder, { minLength: 1 }), (req, flags) => {
				const a = assess(withRunner(req, (r) => ({ ...r, redFlags: flags })));
				expect(a.triage.level).toBe('see-clinician');
				for (const item of a.sharpen) expect(physical).not.toContain(item.id);
				for (const r of a.results) expect(r.tips[0]?.id).toBe('see-a-professional');
			}),
			RUNS
		);
	});

	it('the retired numb-cold-foot always reads as the emergency cold-pale-foot', () => {
		fc.assert(
			fc.property(requestArb, fc.subarray([...RED_FLAGS]), (req, others) => {
				const parsed = parseRequest({
					...req,
					runner: {
						...req.runner,
						redFlags: ['numb-cold-foot', ...others.filter((f) => f !== 'cold-pale-foot')]
					}
				});
				expect(parsed.ok).toBe(true);
				if (!parsed.ok) return;
				const a = assess(parsed.value);
				expect(a.triage.level).toBe('emergency');
				expect(a.triage.reasons).toContain('cold-pale-foot');
				expect(a.triage.reasons).not.toContain('numb-cold-foot' as never);
			}),
			RUNS
		);
	});

	it('no red flag, no card', () => {
		forAnyRequest((req) => {
			const a = assess(withRunner(req, (r) => ({ ...r, redFlags: [] })));
			expect(a.triage).toEqual({ level: 'none', reasons: [] });
			for (const r of a.results)
				expect(r.tips.map((t) => t.id)).not.toContain('see-a-professional');
		});
	});
});

/** Removes every input a rule reads (request paths like runner.pain.duringRun or shoes[].support). */
function unanswer(req: AssessRequest, inputs: readonly string[]): AssessRequest {
	const runner: Record<string, unknown> = { ...req.runner };
	const shoes = req.shoes.map((s) => ({ ...s }) as Record<string, unknown>);
	for (const path of inputs) {
		const [scope, key] = path.split(/\.|\[\]\./);
		if (!key) continue;
		if (scope === 'runner') delete runner[key];
		else for (const s of shoes) delete s[key];
	}
	return { runner: runner as Runner, shoes: shoes as Shoe[] };
}

/** An independent reading of "weighted mean of band × 50 over the assessed findings". */
function referenceIndex(r: ShoeResult): number | null {
	const known = r.findings.filter((f) => f.band !== 'unknown');
	const w = known.reduce((s, f) => s + f.weight, 0);
	return w === 0
		? null
		: Math.round(known.reduce((s, f) => s + f.weight * 50 * level(f.band), 0) / w);
}

describe('unanswered findings', () => {
	const optional = FINDING_RULES.filter((r) => r.id !== 'shoe.drop');
	it.each(optional.map((r) => [r.id, r] as const))(
		'%s: unknown, left out of the index, lowers the confidence, never high',
		(_, rule) => {
			fc.assert(
				fc.property(requestArb, (req) => {
					const before = assess(req);
					const after = assess(unanswer(req, rule.inputs));
					after.results.forEach((r, i) => {
						const f = r.findings.find((x) => x.id === rule.id);
						expect(f?.band).toBe('unknown');
						expect(r.index).toBe(referenceIndex(r));
						const old = before.results[i];
						if (!old) throw new Error('no result');
						expect(r.confidence).toBeLessThanOrEqual(old.confidence);
						if (bandIn(before, i, rule.id) !== 'unknown')
							expect(r.confidence).toBeLessThan(old.confidence);
					});
				}),
				{ numRuns: 100 }
			);
		}
	);

	it('the index is the weighted mean over the assessed findings only', () => {
		forAnyRequest((req) => {
			for (const r of assess(req).results) {
				expect(r.index).toBe(referenceIndex(r));
				if (r.index === null) expect(r.band).toBe('unknown');
			}
		});
	});
});

describe('tips', () => {
	it('every tip but see-a-professional names findings that read moderate or high, or the drop', () => {
		forAnyRequest((req) => {
			const a = assess(req);
			for (const r of a.results) {
				const ids = r.tips.map((t) => t.id);
				expect(new Set(ids).size).toBe(ids.length);
				expect(ids.includes('see-a-professional')).toBe(a.triage.level !== 'none');
				for (const t of r.tips) {
					if (t.id === 'see-a-professional') continue;
					expect(t.because.length).toBeGreaterThan(0);
					const raised = t.because.filter((id) => {
						const band = r.findings.find((f) => f.id === id)?.band;
						return band === 'moderate' || band === 'high';
					});
					if (raised.length === 0) expect(t.because).toEqual(['shoe.drop']);
				}
			}
		});
	});
});

describe('distances a tip offers', () => {
	/** Run distances quoted in a tip, in km; a shoe's replacement mileage is not a run. */
	const runKm = (text: string) =>
		[...text.matchAll(/(?<!past about )(?<![\d.])(\d+(?:\.\d+)?) km\b/g)].map((m) => Number(m[1]));

	it('with current calf pain no tip quotes a run longer than the latest one', () => {
		fc.assert(
			fc.property(requestArb, (req) => {
				const a = assess(req);
				for (const r of a.results) {
					const pain = r.findings.find((f) => f.id === 'overuse.pain')?.band;
					if (pain !== 'moderate' && pain !== 'high') continue;
					const latest = req.runner.nextRunKm;
					for (const tip of r.tips)
						for (const km of [...runKm(tip.text), ...runKm(tip.dose)]) {
							expect(latest, `${tip.id}: ${tip.text}`).toBeDefined();
							// The latest run itself is quoted as typed, to a tenth of a km.
							const shown = Math.round((latest ?? 0) * 10) / 10;
							expect(km, `${tip.id}: ${tip.text}`).toBeLessThanOrEqual(
								Math.max(shown, latest ?? 0)
							);
						}
				}
			}),
			{ numRuns: 1000 }
		);
	});

	it('catches a quoted run above the latest one', () => {
		expect(runKm('For you: at most 15.4 km while your longest was 14 km.')).toEqual([15.4, 14]);
		expect(runKm('replace pairs past about 800 km')).toEqual([]);
	});
});

describe('sharpen', () => {
	it('asks only for answers not given, for findings still unknown, adding at most what is missing', () => {
		const { minWeeks } = ruleFor('load.weekly').cuts;
		forAnyRequest((req) => {
			const a = assess(req);
			const { runner } = req;
			const ids = a.sharpen.map((s) => s.id);
			if (ids.includes('weekly-km')) expect(runner.weeklyKm?.length ?? 0).toBeLessThan(minWeeks);
			if (ids.includes('months-running')) expect(runner.monthsRunningLast12).toBeUndefined();
			const unknownSomewhere = (id: string) =>
				a.results.some((r) => r.findings.find((f) => f.id === id)?.band === 'unknown');
			const missing = Math.max(...a.results.map((r) => 1 - r.confidence));
			for (const item of a.sharpen) {
				expect(item.findings.length).toBeGreaterThan(0);
				for (const id of item.findings) expect(unknownSomewhere(id), id).toBe(true);
				expect(item.adds).toBeLessThanOrEqual(missing + 0.01);
			}
		});
	});
});
