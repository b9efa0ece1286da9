// Where later phases plug in more figures (per-page JS bytes, Lighthouse): add an entry with a
// title and a `run(origin)` that returns table rows; `npm run bench` prints each after the API
// figures, against the same running server.

/** @type {{ title: string, run: (origin: string) => Promise<Record<string, string | number>[]> }[]} */
export const sections = [];
