import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './e2e/support/browser';

/** Several checkouts or helpers may test at once: each picks its port and build folder. */
const port = Number(process.env.E2E_PORT ?? 4399);
const distDir = process.env.E2E_DIST ?? 'dist';
const baseDistDir = process.env.E2E_BASE_DIST ?? 'dist-base';
const executablePath = resolveChromium();

export default defineConfig({
	testDir: './e2e',
	// Specs only: e2e/bench/*.test.ts are the bench's unit tests (vitest).
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		// A trace costs every test time; a failure rerun with `--retries 1` records one.
		trace: 'on-first-retry',
		launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: [
		{
			// Serves the built site (`npm run build` runs before the tests in `npm test`).
			command: `node e2e/support/serve.ts --dir ${distDir} --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			// The same site built for a sub-path (`npm run build:base`), for e2e/base-path.spec.ts.
			command: `node e2e/support/serve.ts --dir ${baseDistDir} --port ${port + 1} --base /aide/`,
			url: `http://127.0.0.1:${port + 1}/aide/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
