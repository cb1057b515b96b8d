// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteUrl, basePath } from './src/routes/deploy-env.mjs';
import { embedsPath } from './src/routes/urls.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';

const base = basePath();

export default defineConfig({
	site: siteUrl(),
	base,
	// OUT_DIR lets the tests build a second copy (under BASE_PATH=/sub/) beside the main one.
	outDir: process.env.OUT_DIR || 'dist',
	integrations: [
		mdx(),
		// sitemap-index.xml and sitemap-0.xml, under BASE_PATH; it leaves out the 404 page itself, and embeds are not pages to list.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith(embedsPath(base)) }),
		headersFileIntegration(),
	],
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
