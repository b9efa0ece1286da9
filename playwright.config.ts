import { defineConfig } from '@playwright/test';
import { chromePath, chromeFlags } from './tests/chromium.js';
import { appOrigin, kitOrigin, kitPort, port } from './tests/servers.js';

/** The built server (`node server`: build/ behind the header wrapper), never the dev server: security and size limits live there. */
const server = (serverPort: number, origin: string, env: Record<string, string> = {}) => ({
	command: 'node server',
	url: `${origin}/healthz`,
	reuseExistingServer: false,
	timeout: 30_000,
	env: { PORT: String(serverPort), HOST: '127.0.0.1', ORIGIN: origin, ...env }
});

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
		baseURL: appOrigin,
		launchOptions: { executablePath: chromePath, args: chromeFlags.slice(1) },
		headless: true,
		// Dates are written in the browser's time zone; tests that need another set their own.
		timezoneId: 'UTC'
	},
	projects: [
		// Every test against `node server` as deployed (the API through its fast path).
		{ name: 'app' },
		// The API's tests once more, through SvelteKit's route: both must answer alike.
		{
			name: 'api-sveltekit',
			testMatch: /\/api(-contract)?\.e2e\.ts$/,
			use: { baseURL: kitOrigin }
		}
	],
	webServer: [server(port, appOrigin), server(kitPort, kitOrigin, { API_FAST_PATH: 'off' })]
});
