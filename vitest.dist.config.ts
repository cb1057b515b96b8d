/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { DIST_TESTS } from './vitest.config.ts';

// The checks that read only the built files in dist/ (HTML, _headers, sitemap, robots.txt): no browser,
// no server. `npm test` runs them after `npm run build`; on their own, `npm run build && npm run test:dist`.
export default getViteConfig({
	test: {
		include: [DIST_TESTS],
	},
});
