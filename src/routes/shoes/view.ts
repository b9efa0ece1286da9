/**
 * A catalog shoe as the /shoes page shows it: only the figures it prints, already in words where
 * that is shorter, so a page of rows stays small in the HTML and its hydration data.
 */
import {
	describeAlert,
	mm,
	PLATE_LABELS,
	releaseMonth,
	supportLabel,
	WIDTH_LABELS,
	type CatalogShoe,
	type VersionAlert
} from '$lib/catalog';

export type Row = {
	id: string;
	name: string;
	current: boolean;
	/** "Drop 8.3 mm", "Toe box 95 mm", …: only figures someone gave */
	figures: { label: string; value: string; note?: string }[];
	/** RunRepeat's labels, price and release, in one line */
	tags: string[];
	/** the RunRepeat page to credit, or null when the shoe has no lab figure */
	credit: string | null;
	/**
	 * A newer version 2 mm or more away in drop: the label and change make the row's one line;
	 * both lab drops in words and what the change means for the calf go in its disclosure
	 */
	alert: {
		label: 'Newer version' | 'Newest version';
		changeMm: number;
		detail: string;
		meaning: string;
	} | null;
	/** behind the "Details" disclosure */
	more: string[];
	notes: string | null;
	sources: { url: string; role: string }[];
};

const pair = (heel: number | undefined, forefoot: number | undefined) =>
	heel !== undefined && forefoot !== undefined
		? `${heel}/${forefoot} mm`
		: heel !== undefined
			? `heel ${mm(heel)}`
			: forefoot !== undefined
				? `forefoot ${mm(forefoot)}`
				: null;

export function toRow(shoe: CatalogShoe, alert: VersionAlert | null): Row {
	const lab = shoe.lab;
	const stated = shoe.stated;
	const figures: Row['figures'] = [];

	// Measured and stated drop side by side; nothing printed for one nobody gave.
	if (lab?.dropMm !== undefined) {
		const note = stated?.dropMm !== undefined ? `stated ${mm(stated.dropMm)}` : undefined;
		figures.push({ label: 'Drop', value: mm(lab.dropMm), note });
	} else if (stated?.dropMm !== undefined) {
		figures.push({ label: 'Drop', value: mm(stated.dropMm), note: 'stated, not measured' });
	}
	if (lab?.toeboxWidestMm !== undefined) {
		figures.push({ label: 'Toe box', value: mm(lab.toeboxWidestMm) });
	} else if (lab?.toeboxWidestOldMethodMm !== undefined) {
		figures.push({
			label: 'Toe box',
			value: mm(lab.toeboxWidestOldMethodMm),
			// the page explains it: the retired method reads 3–5 mm wider, never compared
			note: 'old method'
		});
	}
	const labStack = pair(lab?.heelStackMm, lab?.forefootStackMm);
	const statedStack = pair(stated?.heelStackMm, stated?.forefootStackMm);
	if (labStack) figures.push({ label: 'Stack', value: labStack });
	else if (statedStack) figures.push({ label: 'Stack', value: statedStack, note: 'stated' });
	if (lab?.weightG !== undefined) figures.push({ label: 'Weight', value: `${lab.weightG} g` });
	else if (stated?.weightG !== undefined)
		figures.push({ label: 'Weight', value: `${stated.weightG} g`, note: 'stated' });

	const tags: string[] = [];
	if (shoe.support) tags.push(supportLabel(shoe.support));
	// a plate and extra widths are what sets a shoe apart; "no plate" and "standard" go unsaid
	if (shoe.plate && shoe.plate !== 'none') tags.push(PLATE_LABELS[shoe.plate].toLowerCase());
	const extra = shoe.widths.filter((w) => w !== 'standard');
	if (extra.length) tags.push(`also ${extra.map((w) => WIDTH_LABELS[w]).join(', ')}`);
	if (shoe.priceGbp !== null) tags.push(`£${shoe.priceGbp}`);
	const released = releaseMonth(shoe.released);
	if (released) tags.push(released);
	if (!shoe.current) tags.push('discontinued');

	return {
		id: shoe.id,
		name: shoe.name,
		current: shoe.current,
		figures,
		tags,
		credit: lab?.source ?? null,
		alert: alert && {
			label: alert.steps === 1 ? 'Newer version' : 'Newest version',
			changeMm: alert.changeMm,
			detail: describeAlert(alert),
			meaning: alert.meaning
		},
		...describeSources(shoe)
	};
}

const LAB_REPO = /^https:\/\/github\.com\/rocker1904\/shoe-lab\//;
const STRIKE_LABELS = { 'heel-strike': 'heel', 'forefoot-strike': 'forefoot' } as const;
const PACE_LABELS = {
	'daily-running': 'daily running',
	tempo: 'tempo',
	competition: 'racing'
} as const;

/** What the "Details" disclosure holds besides an alert: the other figures, the compiler's notes, the addresses. */
function describeSources(shoe: CatalogShoe): Pick<Row, 'more' | 'notes' | 'sources'> {
	const lab = shoe.lab;
	const stated = shoe.stated;
	const more: string[] = [];
	if (lab?.toeboxBigToeMm !== undefined)
		more.push(`toe box at the big toe ${mm(lab.toeboxBigToeMm)}`);
	if (lab?.toeboxWidestMm !== undefined && lab.toeboxWidestOldMethodMm !== undefined) {
		const bigToe =
			lab.toeboxBigToeOldMethodMm !== undefined
				? `, big toe ${mm(lab.toeboxBigToeOldMethodMm)}`
				: '';
		more.push(
			`old-method toe box ${mm(lab.toeboxWidestOldMethodMm)}${bigToe} (reads 3–5 mm wider: not comparable)`
		);
	} else if (lab?.toeboxBigToeOldMethodMm !== undefined) {
		more.push(`old-method toe box at the big toe ${mm(lab.toeboxBigToeOldMethodMm)}`);
	}
	if (lab?.midsoleWidthForefootMm !== undefined || lab?.midsoleWidthHeelMm !== undefined) {
		const parts = [
			lab.midsoleWidthForefootMm !== undefined ? `${mm(lab.midsoleWidthForefootMm)} forefoot` : '',
			lab.midsoleWidthHeelMm !== undefined ? `${mm(lab.midsoleWidthHeelMm)} heel` : ''
		].filter(Boolean);
		more.push(`sole width ${parts.join(', ')}`);
	}
	if (lab?.forefootStiffnessN !== undefined)
		more.push(`${lab.forefootStiffnessN} N to bend the forefoot 90°`);
	if (shoe.strike.length)
		more.push(
			`RunRepeat's label: for ${shoe.strike.map((s) => STRIKE_LABELS[s]).join(' and ')} strikers`
		);
	if (shoe.pace.length) more.push(`for ${shoe.pace.map((p) => PACE_LABELS[p]).join(', ')}`);
	const statedStack = pair(stated?.heelStackMm, stated?.forefootStackMm);
	if (statedStack && lab?.heelStackMm !== undefined) more.push(`stated stack ${statedStack}`);
	if (stated?.weightG !== undefined && lab?.weightG !== undefined) {
		more.push(
			`stated weight ${stated.weightG} g${stated.weightBasis ? ` (${stated.weightBasis})` : ''}`
		);
	}

	const role = (url: string) => {
		if (url === lab?.source) return 'lab figures';
		if (LAB_REPO.test(url)) return "RunRepeat's figures as the shoe-lab file lists them";
		if (stated?.sources.includes(url))
			return stated.sourceType
				? `stated figures (${stated.sourceType}), notes`
				: 'stated figures, notes';
		return 'notes';
	};
	return {
		more,
		notes: shoe.notes,
		sources: shoe.sources.map((url) => ({ url, role: role(url) }))
	};
}
