import { describe, expect, it } from 'vitest';
import {
	FLAG_LEVEL,
	FLAG_TEXT,
	LEVEL_HEADING,
	LEVEL_INSTRUCTION,
	triage,
	triageCard
} from './triage';
import { RED_FLAGS, TRIAGE_LEVELS, type RedFlag } from './schema';

describe('triage', () => {
	it('is none without flags', () => {
		expect(triage([])).toEqual({ level: 'none', reasons: [] });
		expect(triage()).toEqual({ level: 'none', reasons: [] });
	});

	it.each([
		['breathless-chest-pain', 'emergency'],
		['one-sided-swelling', 'urgent'],
		['warm-red-skin', 'urgent'],
		['hard-veins', 'urgent'],
		['sudden-pop', 'urgent'],
		['cannot-tiptoe', 'urgent'],
		['rest-night-pain', 'see-clinician'],
		['numb-cold-foot', 'see-clinician'],
		['no-improvement-2-weeks', 'see-clinician'],
		['recent-immobilisation', 'see-clinician']
	] as [RedFlag, string][])('%s alone → %s', (flag, level) => {
		expect(triage([flag])).toEqual({ level, reasons: [flag] });
	});

	it.each([
		[
			['recent-immobilisation', 'one-sided-swelling'],
			'urgent',
			['one-sided-swelling', 'recent-immobilisation']
		],
		[
			['warm-red-skin', 'recent-immobilisation'],
			'urgent',
			['warm-red-skin', 'recent-immobilisation']
		],
		[
			['recent-immobilisation', 'hard-veins', 'sudden-pop'],
			'urgent',
			['hard-veins', 'recent-immobilisation', 'sudden-pop']
		],
		[['recent-immobilisation', 'sudden-pop'], 'urgent', ['sudden-pop', 'recent-immobilisation']],
		[
			['recent-immobilisation', 'rest-night-pain'],
			'see-clinician',
			['recent-immobilisation', 'rest-night-pain']
		],
		[
			['no-improvement-2-weeks', 'numb-cold-foot', 'rest-night-pain'],
			'see-clinician',
			['rest-night-pain', 'numb-cold-foot', 'no-improvement-2-weeks']
		],
		[
			['rest-night-pain', 'breathless-chest-pain', 'cannot-tiptoe'],
			'emergency',
			['breathless-chest-pain', 'cannot-tiptoe', 'rest-night-pain']
		],
		[['cannot-tiptoe', 'sudden-pop'], 'urgent', ['sudden-pop', 'cannot-tiptoe']],
		[
			[...RED_FLAGS].reverse(),
			'emergency',
			[
				'breathless-chest-pain',
				'one-sided-swelling',
				'warm-red-skin',
				'hard-veins',
				'recent-immobilisation',
				'sudden-pop',
				'cannot-tiptoe',
				'rest-night-pain',
				'numb-cold-foot',
				'no-improvement-2-weeks'
			]
		]
	] as [RedFlag[], string, RedFlag[]][])('%j → %s, reasons %j', (flags, level, reasons) => {
		expect(triage(flags)).toEqual({ level, reasons });
	});

	it('has an instruction for every level and a text for every flag', () => {
		for (const level of TRIAGE_LEVELS.filter((l) => l !== 'none'))
			expect(LEVEL_INSTRUCTION[level].length).toBeGreaterThan(20);
		for (const flag of RED_FLAGS) {
			expect(FLAG_TEXT[flag].length).toBeGreaterThan(5);
			expect(TRIAGE_LEVELS).toContain(FLAG_LEVEL[flag]);
		}
	});
});

describe('triageCard', () => {
	it('is null without flags', () => {
		expect(triageCard(triage([]))).toBeNull();
	});

	it('shows the level in words, its instruction and the flags as bullets', () => {
		expect(triageCard(triage(['cannot-tiptoe', 'recent-immobilisation']))).toEqual({
			level: 'urgent',
			heading: LEVEL_HEADING.urgent,
			instruction: LEVEL_INSTRUCTION.urgent,
			bullets: [FLAG_TEXT['cannot-tiptoe'], FLAG_TEXT['recent-immobilisation']],
			more: 0
		});
	});

	it('keeps at most five bullets, the most serious first, and counts the rest', () => {
		const card = triageCard(triage([...RED_FLAGS]));
		expect(card?.bullets).toEqual([
			FLAG_TEXT['breathless-chest-pain'],
			FLAG_TEXT['one-sided-swelling'],
			FLAG_TEXT['warm-red-skin'],
			FLAG_TEXT['hard-veins'],
			FLAG_TEXT['recent-immobilisation']
		]);
		expect(card?.more).toBe(5);
		expect(card?.heading).toMatch(/Emergency/);
	});
});
