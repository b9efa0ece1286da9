import { defineConfig } from '@playwright/test';
import { chromePath, chromeFlags } from '../../tests/chromium.js';

// Review pictures of every page, light and dark, phone and desktop: `npm run shots` after
// `npm run build`, into SHOTS_DIR (bench-results/shots by default). They check nothing: the
// end-to-end tests do; these are for people to look at.
const port = Number(process.env.SHOTS_PORT ?? 4180);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: '.',
	testMatch: /\.shots\.ts$/,
	workers: 1,
	reporter: 'line',
	timeout: 120_000,
	use: {
		baseURL: origin,
		launchOptions: { executablePath: chromePath, args: chromeFlags.slice(1) },
		headless: true,
		timezoneId: 'UTC'
	},
	webServer: {
		command: 'node server',
		cwd: '../..',
		url: `${origin}/healthz`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: { PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin }
	}
});
