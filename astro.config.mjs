// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl, basePath } from './src/routes/deploy-env.mjs';
import { headersFileIntegration } from './src/integrations/headers-file.ts';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	// OUT_DIR lets the tests build a second copy (under BASE_PATH=/sub/) beside the main one.
	outDir: process.env.OUT_DIR || 'dist',
	integrations: [mdx(), headersFileIntegration()],
	build: {
		// Every style ships as a file, so the CSP can say `style-src 'self'` with no hashes.
		inlineStylesheets: 'never',
	},
	vite: {
		build: {
			// Never inline scripts or assets as data: URLs; the CSP allows only same-origin files.
			assetsInlineLimit: 0,
		},
	},
});
