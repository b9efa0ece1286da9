/**
 * Says in one or two plain sentences which shoe-dependent findings put the winner ahead: a
 * comparison of shoes names the findings that make the difference, not only the scores.
 */
import type { AssessRequest, Assessment, Band, FindingId, Runner, Shoe } from './schema';
import { dropFacts } from './findings/drop';
import { FINDING_RULES } from './rules';
import { BAND_LEVEL, findingBand } from './scoring';
import { METRIC_SAY, sayIn, type Say } from './text';
import type { Units } from '../units';

const SHOE_FINDINGS: readonly FindingId[] = FINDING_RULES.filter((r) => r.perShoe).map((r) => r.id);

function better(a: Band, b: Band): boolean {
	if (a === 'unknown' || b === 'unknown') return false;
	return BAND_LEVEL[a] < BAND_LEVEL[b];
}

function phrase(id: FindingId, runner: Runner, win: Shoe, other: Shoe, say: Say): string {
	switch (id) {
		case 'shoe.drop': {
			const dw = say.mm(dropFacts(runner, win).scored);
			const dr = say.mm(dropFacts(runner, other).scored);
			const what = runner.footStrike === 'forefoot' ? 'your forefoot landing' : 'you';
			return `its ${dw} drop suits ${what} better than the ${dr} of ${other.name}`;
		}
		case 'shoe.toebox': {
			const foot = runner.forefootWidthMm;
			if (
				foot !== undefined &&
				win.toeBoxWidthMm !== undefined &&
				other.toeBoxWidthMm !== undefined
			)
				return `its toe box (${say.mm(win.toeBoxWidthMm)}) leaves more room for your ${say.mm(foot)} forefoot than that of ${other.name} (${say.mm(other.toeBoxWidthMm)})`;
			return `its toe box fits better than that of ${other.name}`;
		}
		case 'shoe.wear':
			return `it has done ${say.km(win.wornKm ?? 0)}, against ${say.km(other.wornKm ?? 0)} for ${other.name}`;
		case 'form.posture':
			return `its ${win.support ?? 'neutral'} build supports your pronated feet better than ${other.name} (${other.support ?? 'neutral'})`;
		default:
			return '';
	}
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The sentences in the runner's display units (metric by default); the ranking itself never depends on them. */
export function explainRanking(
	request: AssessRequest,
	assessment: Assessment,
	units?: Units
): string[] {
	const say = units ? sayIn(units) : METRIC_SAY;
	const { runner, shoes } = request;
	const [first, second] = assessment.ranking;
	if (first === undefined || second === undefined) return [];
	const win = assessment.results[first];
	const next = assessment.results[second];
	const winShoe = shoes[first];
	const nextShoe = shoes[second];
	if (!win || !next || !winShoe || !nextShoe) return [];

	const allTie = assessment.results.every(
		(r) =>
			r.index === win.index &&
			SHOE_FINDINGS.every((id) => findingBand(r, id) === findingBand(win, id))
	);
	if (allTie)
		return [
			`All ${shoes.length} shoes score the same for you${win.index === null ? '' : ` (index ${win.index})`}: no shoe-dependent finding separates them.`
		];

	const headline =
		win.index === next.index
			? `${win.shoe} and ${next.shoe} tie at an index of ${win.index ?? 'unknown'}; ${win.shoe} comes first ${win.shoe === next.shoe ? 'as entered first' : 'by name'}.`
			: `${win.shoe} ranks first with a calf-risk index of ${win.index ?? 'unknown'}, against ${next.index ?? 'unknown'} for ${next.shoe}.`;
	const reasons = SHOE_FINDINGS.filter((id) =>
		better(findingBand(win, id), findingBand(next, id))
	).map((id) => phrase(id, runner, winShoe, nextShoe, say));
	if (reasons.length === 0) return [headline];
	return [headline, `${capitalise(reasons.join('; '))}.`];
}
