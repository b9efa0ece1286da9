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

/**
 * The shoes, by their place in `assessment.results`, that share the lowest index, in ranking
 * order. Two or more is a tie at the top: the engine cannot say which suits the runner better,
 * so no page may call one of them the best.
 */
export function tiedAtTop(assessment: Assessment): number[] {
	const first = assessment.ranking[0];
	if (first === undefined) return [];
	const top = assessment.results[first]?.index;
	return assessment.ranking.filter((i) => assessment.results[i]?.index === top);
}

/** "A", "A and B", "A, B and C". */
function names(list: readonly string[]): string {
	return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

const indexText = (index: number | null) => (index === null ? 'not scored' : `index ${index}`);

/**
 * The sentences in the runner's display units (metric by default); the ranking itself never
 * depends on them. The first sentence is the one that separates the shoes (or says that nothing
 * does): pages show it before any chart or table.
 */
export function explainRanking(
	request: AssessRequest,
	assessment: Assessment,
	units?: Units
): string[] {
	const say = units ? sayIn(units) : METRIC_SAY;
	const { runner, shoes } = request;
	const [first] = assessment.ranking;
	if (first === undefined || assessment.ranking.length < 2) return [];
	const tied = tiedAtTop(assessment);
	const win = assessment.results[first];
	if (!win) return [];

	if (tied.length === assessment.results.length) {
		const same = assessment.results.every((r) =>
			SHOE_FINDINGS.every((id) => findingBand(r, id) === findingBand(win, id))
		);
		const count = tied.length === 2 ? 'Both shoes' : `All ${tied.length} shoes`;
		return [
			'For your calf these are equal: choose by fit and comfort.',
			`${count} score the same for you (${indexText(win.index)})${same ? ': no shoe-dependent finding separates them' : ''}.`
		];
	}

	const nextAt = assessment.ranking[tied.length]!;
	const next = assessment.results[nextAt];
	const winShoe = shoes[first];
	const nextShoe = shoes[nextAt];
	if (!next || !winShoe || !nextShoe) return [];

	if (tied.length > 1) {
		const tiedNames = names(tied.map((i) => assessment.results[i]!.shoe));
		// What puts each of the equal shoes ahead of the next one, shoe by shoe.
		const why = tied.flatMap((i) => {
			const result = assessment.results[i]!;
			const shoe = shoes[i]!;
			const reasons = SHOE_FINDINGS.filter((id) =>
				better(findingBand(result, id), findingBand(next, id))
			).map((id) => phrase(id, runner, shoe, nextShoe, say));
			return reasons.length ? [`${result.shoe}: ${reasons.join('; ')}.`] : [];
		});
		return [
			`For your calf ${tiedNames} are equal (${indexText(win.index)}): choose between them by fit and comfort.`,
			`${tied.length === 2 ? 'Both' : `All ${tied.length}`} rank ahead of ${next.shoe} (${indexText(next.index)}).`,
			...why
		];
	}

	const headline = `${win.shoe} ranks first with a calf-risk index of ${win.index ?? 'unknown'}, against ${next.index ?? 'unknown'} for ${next.shoe}.`;
	const reasons = SHOE_FINDINGS.filter((id) =>
		better(findingBand(win, id), findingBand(next, id))
	).map((id) => phrase(id, runner, winShoe, nextShoe, say));
	if (reasons.length === 0) return [headline];
	return [headline, `${capitalise(reasons.join('; '))}.`];
}
