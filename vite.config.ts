import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromeFlags, chromePath } from './tests/chromium.js';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.browser.spec.ts'],
					environment: 'node',
					// Dates are written in the local time zone (history-view.ts): the tests pin one.
					env: { TZ: 'UTC' }
				}
			},
			{
				// Components with a real canvas and a real Web Worker: Debian's Chromium, headless.
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.browser.spec.ts'],
					// A real worker reading files on a shared 2-core machine: waits measured in seconds.
					testTimeout: 30_000,
					expect: { poll: { timeout: 10_000 } },
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: chromePath, args: chromeFlags.slice(1) }
						}),
						instances: [{ browser: 'chromium' }],
						// Machines shared by several checkouts give each its own range of ports.
						...(process.env.VITEST_BROWSER_PORT
							? { api: { port: Number(process.env.VITEST_BROWSER_PORT) } }
							: {})
					}
				}
			}
		]
	}
});
