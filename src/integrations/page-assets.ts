import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_META, styleHash, withStyleHashes } from '../security/csp.ts';
import { headersFile } from '../security/headers.ts';
import { FACE_IDS, fontFaceCss, fontFile, unicodeRange, type Face, type Subset } from '../fonts/faces.ts';
import { FONT_SCRIPT } from '../security/font-script.ts';
import { jsonStrings, pageCodePoints } from '../fonts/page-text.ts';
import { pageFonts } from '../fonts/subset-fonts.ts';

// After the build, each page is made to paint from its HTML alone:
// - its stylesheets are inline (Astro inlines them), allowed by their hashes in its CSP and in `_headers`;
// - its fonts are its own: each face cut to the glyphs the page uses, in a `fonts/` folder beside it, named by one
//   @font-face stylesheet that is the same on every page; the faces its layout uses, in its language, are preloaded.
// Then `_headers` is written with the union of the pages' style hashes.

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The payloads of the charts on a page, read from the build: their words are drawn by the page's redraws. */
async function payloadWords(html: string, root: string, base: string): Promise<string[]> {
	const urls = [...html.matchAll(/data-payload="([^"]+)"/g)].map((m) => m[1] ?? '');
	const texts = await Promise.all(urls.map((url) => readFile(join(root, url.slice(base.length)), 'utf8')));
	return texts.flatMap((text) => jsonStrings(JSON.parse(text)));
}

/** The subsets a page's language is written in: digits, punctuation and Latin names are in every edition. */
const LANGUAGE_SUBSETS: Readonly<Record<string, readonly Subset[]>> = {
	en: ['latin'],
	ru: ['latin', 'cyrillic'],
	kk: ['latin', 'cyrillic', 'cyrillic-ext'],
};

/**
 * The page's fonts for its first screen: the faces it sets text in there, as its layout names them on <html> (every
 * face unless it says less: an embed is Inter alone), in the subsets of its language. With `font-display: optional` a
 * face that is not ready at the first layout is not used on that view, so these ride in the page itself (see
 * firstScreenFonts). The other subsets (the language switcher's Cyrillic on an English page) and faces load on use. A
 * browser test holds each of them to text on a phone's first screen.
 */
function firstScreen<F extends { face: Face; subset: Subset }>(html: string, fonts: readonly F[]): F[] {
	const lang = /<html lang="([a-z]+)"/.exec(html)?.[1] ?? 'en';
	const subsets = LANGUAGE_SUBSETS[lang] ?? ['latin'];
	const faces: readonly string[] = /<html [^>]*data-first-screen="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? FACE_IDS;
	return fonts.filter((f) => subsets.includes(f.subset) && faces.includes(f.face.id));
}

/**
 * The first screen's fonts written into the page: each file's bytes as base64 in a data block, which the inline font
 * script hands to the browser as FontFaces before the first layout (ready on any network, holding nothing back: a
 * preloaded file held the first paint for as long as it was in flight, and still missed slow connections). Readers
 * without JavaScript get the same files preloaded by URL.
 */
function firstScreenFonts(fonts: readonly { face: Face; subset: Subset; bytes: Buffer }[], prefix: string): string {
	const blocks = fonts.map(
		({ face, subset, bytes }) =>
			`<script type="font/woff2" class="kz-font" data-face="${face.id}" data-subset="${subset}" data-family="${face.family}" data-weight="${face.weight}" data-range="${unicodeRange(subset)}">${bytes.toString('base64')}</script>`
	);
	const preloads = fonts.map(
		({ face, subset }) => `<link rel="preload" href="${prefix}${fontFile(face, subset)}" as="font" type="font/woff2" crossorigin>`
	);
	return `${blocks.join('')}<script>${FONT_SCRIPT}</script><noscript>${preloads.join('')}</noscript>`;
}

export function pageAssetsIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'kz-page-assets',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, pages }) => {
				const root = fileURLToPath(dir);
				const hashes = new Set<string>();
				for (const file of await htmlFiles(root)) {
					let html = await readFile(file, 'utf8');
					// The 404 page is served at any address: its fonts are named from the site's root (in 404/), not beside it.
					const notFound = relative(root, file) === '404.html';
					const fontDir = notFound ? join(root, '404') : dirname(file);
					const points = pageCodePoints(html, await payloadWords(html, root, base));
					const fonts = await pageFonts(points);
					await mkdir(join(fontDir, 'fonts'), { recursive: true });
					await Promise.all(fonts.map((f) => writeFile(join(fontDir, fontFile(f.face, f.subset)), f.bytes)));
					// The bundled @font-face rules name the whole fontsource files: the page's own replace them.
					html = html.replace(
						/<style>([\s\S]*?)<\/style>/g,
						(_, css: string) => `<style>${css.replace(/@font-face\{[^}]*\}/g, '')}</style>`
					);
					html = html.replace(/<style><\/style>/g, '');
					const prefix = notFound ? `${base}404/` : '';
					const inline = firstScreenFonts(firstScreen(html, fonts), prefix);
					html = html.replace('</head>', `<style>${fontFaceCss(prefix)}</style>${inline}</head>`);
					const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => styleHash(m[1] ?? ''));
					for (const h of styles) hashes.add(h);
					html = html.replace(`content="${CSP_META}"`, `content="${withStyleHashes(CSP_META, styles)}"`);
					await writeFile(file, html);
				}
				// The fontsource files the bundle copied: no page names them now.
				for (const name of await readdir(join(root, '_astro'))) if (/\.woff2?$/.test(name)) await rm(join(root, '_astro', name));
				const paths = pages
					.map((p) => (p.pathname === '404/' ? `${base}404.html` : `${base}${p.pathname}`))
					.filter((p) => p.endsWith('/') || p.endsWith('.html'));
				await writeFile(new URL('_headers', dir), headersFile(paths, base, [...hashes]));
			},
		},
	};
}
