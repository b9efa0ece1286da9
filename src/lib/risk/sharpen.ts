/**
 * The unanswered inputs and self-tests that would raise confidence (risk-model.md section 1:
 * nudge the runner toward the heel-raise count, knee-to-wall and a slow-motion video).
 */
import type { Sharpen, ShoeResult } from './schema';
import { SHARPEN, TOTAL_WEIGHT, ruleFor, textContext, type TextContext } from './rules';

const twoDecimals = (x: number) => Math.round(x * 100) / 100;

export function sharpen(
	results: readonly ShoeResult[],
	ctx: TextContext = textContext()
): Sharpen[] {
	const items = SHARPEN.map((row, order) => {
		const gains = results.map((result) =>
			row.findings
				.filter((id) => result.findings.find((f) => f.id === id)?.band === 'unknown')
				.reduce((sum, id) => sum + ruleFor(id).weight, 0)
		);
		const best = Math.max(0, ...gains);
		return {
			order,
			item: {
				id: row.id,
				label: row.label(ctx),
				findings: [...row.findings],
				adds: twoDecimals(best / TOTAL_WEIGHT)
			}
		};
	});
	return items
		.filter(({ item }) => item.adds > 0)
		.sort((a, b) => b.item.adds - a.item.adds || a.order - b.order)
		.map(({ item }) => item);
}
