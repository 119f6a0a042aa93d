import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		environment: 'node',
		// Property tests run a thousand cases: on a busy 2-core CI machine that can take over 5 s.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.dist.test.ts'] },
			},
			// Checks over the built site (`npm run build` first): `npm run test:dist`.
			{ extends: true, test: { name: 'dist', include: ['src/**/*.dist.test.ts'] } },
		],
	},
});
