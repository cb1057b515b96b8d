/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests resolve `astro/zod` and the rest as the build does.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/visual/**/*.test.ts'],
	},
});
