/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Checks of a finished build in dist/: run by `npm run test:dist`, after `npm run build`, never by the unit run. */
export const DIST_TESTS = 'tests/unit/build/dist/**/*.test.ts';

// Astro's Vite config, so unit tests resolve `astro/zod` and the rest as the build does.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/visual/**/*.test.ts'],
		exclude: ['**/node_modules/**', DIST_TESTS],
	},
});
