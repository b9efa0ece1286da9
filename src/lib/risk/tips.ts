/**
 * Which tips a runner earns and in what order: triggers are alternatives; tips are ordered by
 * the largest weight × band among the findings that triggered them, ties in the table's order.
 * Any warning sign puts see-a-professional first; an urgent or emergency one makes it the only
 * tip, since every other one is self-care that must wait until the runner has been checked.
 */
import { FINDING_IDS, type FindingId, type Runner, type Tip, type TriageLevel } from './schema';
import type { DropFacts } from './findings/drop';
import { ruleFor, textContext, type TextContext } from './rules';
import { BAND_LEVEL } from './scoring';
import { TIPS, type BandsById, type TipCondition, type TipRule } from './tip-table';
import { stopsSelfCare } from './triage';

function holds(c: TipCondition, bands: BandsById, drop: DropFacts): boolean {
	if ('finding' in c) {
		const b = bands[c.finding];
		return b !== 'unknown' && c.bands.includes(b);
	}
	if (c.fact === 'lowerDropSwitch') return drop.lowerDropSwitch;
	return drop.scored <= c.mm;
}

const conditionFinding = (c: TipCondition): FindingId => ('finding' in c ? c.finding : 'shoe.drop');

function weightTimesBand(id: FindingId, bands: BandsById): number {
	const b = bands[id];
	return b === 'unknown' ? 0 : ruleFor(id).weight * BAND_LEVEL[b];
}

interface Earned {
	rule: TipRule;
	because: FindingId[];
	priority: number;
	order: number;
}

export function selectTips(
	runner: Runner,
	bands: BandsById,
	drop: DropFacts,
	triageLevel: TriageLevel,
	ctx: TextContext = textContext()
): Tip[] {
	const earned: Earned[] = [];
	const selfCare = !stopsSelfCare(triageLevel);
	TIPS.forEach((rule, order) => {
		if (rule.id === 'see-a-professional') {
			if (triageLevel !== 'none')
				earned.push({ rule, because: [], priority: Number.POSITIVE_INFINITY, order });
			return;
		}
		if (!selfCare) return;
		const matched = rule.triggers.filter((t) => t.all.every((c) => holds(c, bands, drop)));
		if (matched.length === 0) return;
		const ids = new Set(matched.flatMap((t) => t.all.map(conditionFinding)));
		const because = FINDING_IDS.filter((id) => ids.has(id));
		const priority = Math.max(...because.map((id) => weightTimesBand(id, bands)));
		earned.push({ rule, because, priority, order });
	});
	earned.sort((a, b) => b.priority - a.priority || a.order - b.order);
	const facts = { runner, bands, drop, triage: triageLevel };
	return earned.map(({ rule, because }) => {
		const personal = rule.personal?.(facts, ctx);
		const text = rule.textFor ? rule.textFor(facts, ctx) : rule.text(ctx);
		return {
			id: rule.id,
			title: rule.title,
			text: personal ? `${text} ${personal}` : text,
			dose: rule.dose(facts, ctx),
			evidence: rule.evidenceFor ? rule.evidenceFor(facts) : rule.evidence,
			because
		};
	});
}
