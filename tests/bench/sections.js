// Where later phases plug in more figures (per-page JS bytes, Lighthouse): add an entry with a
// title and a `run(origin)` that returns table rows; `npm run bench` prints each after the API
// figures, against the same running server.
import { LIGHTHOUSE, lighthouseRows } from './lighthouse.js';
import { pagesSection } from './pages.js';

/** @type {{ title: string, run: (origin: string) => Promise<Record<string, string | number>[]> }[]} */
export const sections = [
	{
		title:
			'JavaScript per page before any interaction (Chromium, built server), and what revealing it adds',
		run: pagesSection
	},
	{
		title: `Lighthouse ${LIGHTHOUSE.split('@')[1]} (npx, Debian's Chromium), median of 3 runs each`,
		run: (origin) => lighthouseRows(origin)
	}
];
