// The one place that knows where Chromium is and how to start it on these machines.
// Playwright, the accessibility walks and the Lighthouse bench all import it.
// Debian's chromium is used; no test tool downloads a browser of its own.

/** Path to the browser: `CHROME_PATH` overrides the Debian default. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags without which Chromium tries to reach the internet and stalls on a closed network. */
export const chromeFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
