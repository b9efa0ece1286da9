import { tick } from 'svelte';

/** A warning-sign checkbox of the runner's questions. */
export function isFlagField(name: string | undefined): boolean {
	return name?.startsWith('runner.redFlags.') === true;
}

/**
 * After a warning sign is ticked, its card must be the first thing in view, however far the list
 * of signs is from it (on a phone the card sits above the questions). Left alone when the heading
 * is already in view, so ticking a second sign does not move the page.
 */
export async function bringCardIntoView(id = 'triage-title'): Promise<void> {
	await tick();
	const heading = document.getElementById(id);
	if (!heading) return;
	const box = heading.getBoundingClientRect();
	if (box.top >= 0 && box.bottom <= window.innerHeight) return;
	heading.scrollIntoView({ block: 'start' });
}
