import { describe, expect, it } from 'vitest';
import { CARE, FLAG_ROWS, LEVEL_HEADING, stopsSelfCare, triage, triageCard } from './triage';
import { RED_FLAGS, RunnerSchema, currentFlags, type RedFlag } from './schema';
import * as v from 'valibot';

describe('triage', () => {
	it('is none without flags', () => {
		expect(triage([])).toEqual({ level: 'none', reasons: [] });
		expect(triage()).toEqual({ level: 'none', reasons: [] });
	});

	it.each([
		['breathless-chest-pain', 'emergency'],
		['cold-pale-foot', 'emergency'],
		['tense-calf-severe-pain', 'emergency'],
		['one-sided-swelling', 'urgent'],
		['warm-red-skin', 'urgent'],
		['hard-veins', 'urgent'],
		['fever-hot-calf', 'urgent'],
		['sudden-pop', 'urgent'],
		['cannot-tiptoe', 'urgent'],
		['rest-night-pain', 'see-clinician'],
		['numbness-tingling', 'see-clinician'],
		['no-improvement-2-weeks', 'see-clinician'],
		['recent-immobilisation', 'see-clinician'],
		['clot-risk', 'see-clinician']
	] as [RedFlag, string][])('%s alone → %s', (flag, level) => {
		expect(triage([flag])).toEqual({ level, reasons: [flag] });
	});

	it('has a level, a label and a cause for every flag, in the order of the flag list', () => {
		expect(FLAG_ROWS.map((r) => r.id)).toEqual([...RED_FLAGS]);
		for (const row of FLAG_ROWS) {
			expect(row.label.length).toBeGreaterThan(5);
			expect(row.cause).toMatch(/\.$/);
			expect(triage([row.id]).level).toBe(row.level);
		}
	});

	it.each([
		[
			['recent-immobilisation', 'one-sided-swelling'],
			'urgent',
			['one-sided-swelling', 'recent-immobilisation']
		],
		[
			['clot-risk', 'hard-veins', 'sudden-pop'],
			'urgent',
			['hard-veins', 'sudden-pop', 'clot-risk']
		],
		[
			['clot-risk', 'rest-night-pain', 'numbness-tingling'],
			'see-clinician',
			['rest-night-pain', 'numbness-tingling', 'clot-risk']
		],
		[
			['rest-night-pain', 'tense-calf-severe-pain', 'cannot-tiptoe', 'cold-pale-foot'],
			'emergency',
			['cold-pale-foot', 'tense-calf-severe-pain', 'cannot-tiptoe', 'rest-night-pain']
		],
		[['cannot-tiptoe', 'fever-hot-calf'], 'urgent', ['fever-hot-calf', 'cannot-tiptoe']],
		[[...RED_FLAGS].reverse(), 'emergency', [...RED_FLAGS]]
	] as [RedFlag[], string, RedFlag[]][])(
		'%j → %s, reasons %j (most serious first, then the table order)',
		(flags, level, reasons) => {
			expect(triage(flags)).toEqual({ level, reasons });
		}
	);

	it('stops self-care under urgent and emergency only', () => {
		expect(
			['none', 'see-clinician', 'urgent', 'emergency'].map((l) => stopsSelfCare(l as never))
		).toEqual([false, false, true, true]);
	});
});

describe('the retired flag numb-cold-foot', () => {
	it('reads as the emergency cold-pale-foot, once, through the schema', () => {
		const parsed = v.parse(RunnerSchema, { redFlags: ['numb-cold-foot', 'rest-night-pain'] });
		expect(parsed.redFlags).toEqual(['cold-pale-foot', 'rest-night-pain']);
		expect(triage(parsed.redFlags).level).toBe('emergency');
		const both = v.parse(RunnerSchema, { redFlags: ['cold-pale-foot', 'numb-cold-foot'] });
		expect(both.redFlags).toEqual(['cold-pale-foot']);
	});

	it('is refused when given twice, like any flag', () => {
		expect(
			v.safeParse(RunnerSchema, { redFlags: ['numb-cold-foot', 'numb-cold-foot'] }).success
		).toBe(false);
	});

	it('currentFlags keeps the list order of RED_FLAGS and drops duplicates', () => {
		expect(currentFlags(['rest-night-pain', 'numb-cold-foot', 'cold-pale-foot'])).toEqual([
			'cold-pale-foot',
			'rest-night-pain'
		]);
	});
});

describe('triageCard', () => {
	it('is null without flags', () => {
		expect(triageCard(triage([]))).toBeNull();
	});

	it('emergency: the numbers to call, not to drive, then a line per flag; no safety net', () => {
		const card = triageCard(triage(['cold-pale-foot', 'sudden-pop']));
		expect(card).toMatchObject({
			level: 'emergency',
			heading: LEVEL_HEADING.emergency,
			instructions: [CARE.call],
			safetyNet: null
		});
		expect(CARE.call).toContain('999 in the UK, 112 in the EU, 911 in the US and Canada');
		expect(CARE.call).toContain('000 in Australia');
		expect(CARE.call).toContain('Do not drive yourself.');
		expect(card?.reasons.map((r) => r.flag)).toEqual(['cold-pale-foot', 'sudden-pop']);
		expect(card?.reasons[0]?.cause).toMatch(/blocked artery/);
	});

	it('urgent with a clot sign: a doctor, not a physiotherapist, and the safety net', () => {
		const card = triageCard(triage(['one-sided-swelling']));
		expect(card?.instructions).toEqual([CARE.urgentCare, CARE.clotDoctor]);
		expect(CARE.urgentCare).toContain('Do not run.');
		expect(CARE.clotDoctor).toContain('a doctor, not a physiotherapist');
		expect(card?.safetyNet).toBe(CARE.safetyNet);
		expect(CARE.safetyNet).toBe(
			'If you become breathless, get chest pain or cough blood, call an ambulance now.'
		);
	});

	it('urgent without a clot sign says nothing about clots', () => {
		expect(triageCard(triage(['sudden-pop', 'fever-hot-calf']))?.instructions).toEqual([
			CARE.urgentCare
		]);
	});

	it.each([
		[['rest-night-pain'], CARE.bookEither],
		[['no-improvement-2-weeks'], CARE.bookEither],
		[['numbness-tingling'], CARE.bookDoctor],
		[['recent-immobilisation'], CARE.bookDoctor],
		[['clot-risk', 'rest-night-pain'], CARE.bookDoctor]
	] as [RedFlag[], string][])('see-clinician %j: %s', (flags, line) => {
		const card = triageCard(triage(flags));
		expect(card?.instructions).toEqual([line]);
		expect(card?.safetyNet).toBe(CARE.safetyNet);
	});

	it('lists every flag given, most serious first', () => {
		const card = triageCard(triage([...RED_FLAGS].reverse()));
		expect(card?.reasons.map((r) => r.flag)).toEqual([...RED_FLAGS]);
		expect(card?.reasons.map((r) => r.label)).toEqual(FLAG_ROWS.map((row) => row.label));
	});
});
