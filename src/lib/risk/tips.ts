/**
 * Which tips a runner earns and in what order (risk-model.md section 5): triggers are
 * alternatives; tips are ordered by the largest weight × band among the findings that
 * triggered them, ties in the table's order; see-a-professional comes first whenever triage
 * is not `none`.
 */
import type { Band, FindingId, Runner, Tip, TriageLevel } from './schema';
import {
	BAND_LEVEL,
	TIPS,
	ruleFor,
	textContext,
	type DropFacts,
	type TextContext,
	type TipCondition,
	type TipRule
} from './rules';
import { FINDING_IDS } from './schema';

export type BandsById = Readonly<Record<FindingId, Band>>;

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
	TIPS.forEach((rule, order) => {
		if (rule.id === 'see-a-professional') {
			if (triageLevel !== 'none')
				earned.push({ rule, because: [], priority: Number.POSITIVE_INFINITY, order });
			return;
		}
		const matched = rule.triggers.filter((t) => t.all.every((c) => holds(c, bands, drop)));
		if (matched.length === 0) return;
		const ids = new Set(matched.flatMap((t) => t.all.map(conditionFinding)));
		const because = FINDING_IDS.filter((id) => ids.has(id));
		const priority = Math.max(...because.map((id) => weightTimesBand(id, bands)));
		earned.push({ rule, because, priority, order });
	});
	earned.sort((a, b) => b.priority - a.priority || a.order - b.order);
	return earned.map(({ rule, because }) => {
		const personal = rule.personal?.(runner, ctx);
		const text = rule.text(ctx);
		return {
			id: rule.id,
			title: rule.title,
			text: personal ? `${text} ${personal}` : text,
			evidence: rule.evidence,
			because
		};
	});
}
