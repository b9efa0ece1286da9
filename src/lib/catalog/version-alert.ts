/**
 * "My shoe's new version is out": when a model's newer version has a lab drop 2 mm or more away
 * from it, a runner who rebuys the "same" shoe changes drop without knowing. Pure: the catalog
 * is passed in as a lookup, so the server, the API and the tests share it.
 */
import type { CatalogShoe } from './schema';

/** The drop change worth telling a runner about (RunRepeat's figures, 0.1 mm apart). */
export const VERSION_ALERT_MM = 2;

type Version = Pick<CatalogShoe, 'id' | 'name' | 'lab' | 'nextVersion' | 'current' | 'released'>;

export type VersionAlert = {
	/** the shoe asked about */
	from: { id: string; name: string; dropMm: number };
	/** its newest version in the catalog (see newestVersion) */
	to: { id: string; name: string; dropMm: number; current: boolean; released: string | null };
	/** versions between them plus one: 1 = the very next model */
	steps: number;
	/** to − from, rounded to 0.1 mm; its size is at least VERSION_ALERT_MM */
	changeMm: number;
	direction: 'lower' | 'higher';
	/** one plain line: what the change means for the calf */
	meaning: string;
};

/**
 * What a drop change means for the calf, claiming no more than the evidence behind the check:
 * in lab studies barefoot and minimal shoes raised Achilles force and an 18 mm heel lift lowered
 * it; fast switches to minimal shoes were followed by calf pain; changing over gradually is the
 * check's own tip (its timeline is opinion). Nothing we cite ties a higher drop to calf strain.
 */
export const MEANING = {
	lower: 'A lower-drop switch: if you buy it, move to it gradually, with calf raises.',
	higher:
		'A higher-drop switch: the studies we cite tie extra calf load to lower drops, not higher ones.'
} as const;

/**
 * The newest model of the shoe's line that the catalog holds: follow nextVersion until it ends
 * or names a model the catalog lacks. The newest, not the very next, because that is what a
 * runner who rebuys finds in the shop (the in-between models are mostly discontinued), and
 * drop changes add up over versions. Returns the shoe itself when it is the newest.
 */
export function newestVersion<S extends Version>(
	shoe: S,
	find: (id: string) => S | undefined
): { shoe: S; steps: number } {
	let newest = shoe;
	let steps = 0;
	const seen = new Set([shoe.id]);
	for (;;) {
		const next = newest.nextVersion === null ? undefined : find(newest.nextVersion);
		// a loop in the data ends the walk rather than the server (the build refuses loops)
		if (!next || seen.has(next.id)) return { shoe: newest, steps };
		seen.add(next.id);
		newest = next;
		steps++;
	}
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** Two versions of a line, older first → the alert, or null when the lab drops are close. */
export function compareVersions(older: Version, newer: Version, steps = 1): VersionAlert | null {
	const a = older.lab?.dropMm;
	const b = newer.lab?.dropMm;
	if (a === undefined || b === undefined || older.id === newer.id) return null;
	const changeMm = tenth(b - a);
	if (Math.abs(changeMm) < VERSION_ALERT_MM) return null;
	const direction = changeMm < 0 ? 'lower' : 'higher';
	return {
		from: { id: older.id, name: older.name, dropMm: a },
		to: {
			id: newer.id,
			name: newer.name,
			dropMm: b,
			current: newer.current,
			released: newer.released
		},
		steps,
		changeMm,
		direction,
		meaning: MEANING[direction]
	};
}

/** The alert for one shoe against its newest version, or null (no newer version, or close). */
export function versionAlertFor<S extends Version>(
	shoe: S,
	find: (id: string) => S | undefined
): VersionAlert | null {
	const { shoe: newest, steps } = newestVersion(shoe, find);
	return steps === 0 ? null : compareVersions(shoe, newest, steps);
}

/** "ASICS Gel Nimbus 28 measures 5.2 mm of drop, 3.1 mm lower than this one's 8.3 mm." */
export function describeAlert(alert: VersionAlert): string {
	const newer = alert.steps === 1 ? 'newer version' : 'newest version';
	return `Its ${newer}, ${alert.to.name}, measures ${alert.to.dropMm} mm of drop in RunRepeat's lab, ${Math.abs(alert.changeMm)} mm ${alert.direction} than this one's ${alert.from.dropMm} mm.`;
}

/**
 * A shoe's name as a key for finding its catalog model: case, spacing and the ends ignored, so
 * a picked shoe whose name is still the catalog's is found however the form spaced it.
 */
export function modelKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
