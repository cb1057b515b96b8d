// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteUrl, basePath } from './src/routes/deploy-env.mjs';
import { embedsPath } from './src/routes/urls.ts';
import { LANGS, DEFAULT_LANG } from './src/locale/lang.ts';
import { pageAssetsIntegration } from './src/integrations/page-assets.ts';

const base = basePath();

export default defineConfig({
	site: siteUrl(),
	base,
	// OUT_DIR lets the tests build a second copy (under BASE_PATH=/sub/) beside the main one.
	outDir: process.env.OUT_DIR || 'dist',
	integrations: [
		mdx(),
		// sitemap-index.xml and sitemap-0.xml, under BASE_PATH; it leaves out the 404 page itself, and embeds are not pages to list.
		// Each page lists its other editions (hreflang) in the sitemap too.
		sitemap({
			filter: (page) => !LANGS.some((lang) => new URL(page).pathname.startsWith(embedsPath(lang, base))),
			i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, lang])) },
		}),
		// Inline styles hashed into the CSP, each page's own cut of its fonts, and the _headers file.
		pageAssetsIntegration(),
	],
	// English at the root, Russian and Kazakh under /ru/ and /kk/: Astro.currentLocale tells each page its language.
	i18n: {
		locales: [...LANGS],
		defaultLocale: DEFAULT_LANG,
		routing: { prefixDefaultLocale: false },
	},
	build: {
		// Every style inline, so a page paints from its HTML alone; the CSP allows each by its hash (page-assets.ts).
		inlineStylesheets: 'always',
	},
	vite: {
		build: {
			// Never inline scripts or assets as data: URLs; the CSP allows only same-origin files.
			assetsInlineLimit: 0,
		},
	},
});
