import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/bench/*.test.ts'],
		environment: 'node',
		// Property tests run a thousand cases: on a busy 2-core CI machine that can take over 5 s.
		testTimeout: 30_000,
	},
});
