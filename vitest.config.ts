import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic and renders, beside the code: no build needed) and `build`
 * (checks over `dist` and `dist-base`, in build-checks/: `npm run build && npm run build:base`
 * first; they fail, saying so, when a build is missing). `npm test` runs `unit` before the builds
 * and `build` after them.
 */
export default defineConfig({
	test: {
		environment: 'node',
		// Property tests run a thousand cases: on a busy 2-core CI machine that can take over 5 s.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'e2e/bench/*.test.ts'],
					exclude: ['src/**/*.dist.test.ts'],
				},
			},
			{
				extends: true,
				// Checks over the built site (`npm run build` first): `npm run test:dist`. The files only
				// read the build: sharing one module cache parses each page once.
				test: {
					name: 'build',
					include: ['build-checks/**/*.test.ts', 'src/**/*.dist.test.ts'],
					isolate: false,
				},
			},
		],
	},
});
