/**
 * The unanswered inputs and self-tests that would cover more of the evidence (confidence): the
 * heel-raise count, knee-to-wall and a slow-motion video among them.
 * Confidence is the share of the total weight whose findings are assessed, so an item adds, up
 * to, the weight of the unknown findings its answer could decide; a finding that is unknown for
 * want of another answer is not counted for this one (see `SharpenRule.missing`), so an item is
 * listed only when its own answer is missing.
 */
import type { FindingId, Runner, Sharpen, ShoeResult, TriageLevel } from './schema';
import { TOTAL_WEIGHT, ruleFor, textContext, type TextContext } from './rules';
import { findingBand } from './scoring';
import { SHARPEN } from './sharpen-table';
import { stopsSelfCare } from './triage';

const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/**
 * Under an urgent or emergency warning sign nothing is suggested (the runner gets care first);
 * under any warning sign no physical self-test is.
 */
export function sharpen(
	runner: Runner,
	results: readonly ShoeResult[],
	ctx: TextContext = textContext(),
	triageLevel: TriageLevel = 'none'
): Sharpen[] {
	if (stopsSelfCare(triageLevel)) return [];
	const rows = triageLevel === 'none' ? SHARPEN : SHARPEN.filter((row) => !row.physical);
	const items = rows.map((row, order) => {
		const asks = (id: FindingId) => row.missing?.[id]?.(runner) ?? true;
		// Per shoe, the findings this answer could still decide there.
		const open = results.map((result) =>
			row.findings.filter((id) => asks(id) && findingBand(result, id) === 'unknown')
		);
		const best = Math.max(
			0,
			...open.map((ids) => ids.reduce((sum, id) => sum + ruleFor(id).weight, 0))
		);
		return {
			order,
			item: {
				id: row.id,
				label: row.label(ctx),
				// In the row's order, for any shoe: the shoes' order changes nothing.
				findings: row.findings.filter((id) => open.some((ids) => ids.includes(id))),
				adds: twoDecimals(best / TOTAL_WEIGHT)
			}
		};
	});
	return items
		.filter(({ item }) => item.adds > 0)
		.sort((a, b) => b.item.adds - a.item.adds || a.order - b.order)
		.map(({ item }) => item);
}
