import { defineConfig } from '@playwright/test';
import { chromePath, chromeFlags } from './tests/chromium.js';

/** The built server (`node server`: build/ behind the header wrapper), never the dev server: security and size limits live there. */
const port = Number(process.env.TEST_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts$/,
	fullyParallel: true,
	// One retry on CI only, so a test that flakes under 2-core load is reported as flaky, not hidden.
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromePath, args: chromeFlags.slice(1) },
		headless: true,
		// Dates are written in the browser's time zone; tests that need another set their own.
		timezoneId: 'UTC'
	},
	webServer: {
		command: 'node server',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: { PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` }
	}
});
