import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { transform } from 'esbuild';
import { FACES, SUBSET_NAMES } from '../../src/fonts/faces.ts';
import { FONT_SCRIPT } from '../../src/security/font-script.ts';

const require = createRequire(import.meta.url);

/** The stylesheet a classic page links: our styles, and @font-face rules naming the whole fontsource files. */
const STYLESHEET = '/bench-baseline/style.css';

/** Where the baseline serves a face's whole fontsource file. */
export function baselineFontPath(file: string): string {
	return `/bench-baseline/fonts/${file.split('/').at(-1) ?? file}`;
}

/** Every font file the baseline serves: the whole fontsource files of each face and subset. */
export function baselineFonts(): { path: string; file: string }[] {
	return FACES.flatMap((face) =>
		SUBSET_NAMES.map((subset) => ({ path: baselineFontPath(face.source(subset)), file: face.source(subset) }))
	);
}

function classicFontFaces(): string {
	return FACES.flatMap((face) =>
		SUBSET_NAMES.map(
			(subset) =>
				`@font-face{font-family:'${face.family}';font-weight:${face.weight};font-display:swap;src:url(${baselineFontPath(face.source(subset))}) format('woff2')}`
		)
	).join('');
}

/**
 * The article as it would be built the common way: same text and styles, but in a linked stylesheet, with the whole
 * font files; each chart an empty box that the d3 bundle fills after fetching its JSON.
 */
export function baselineArticle(articleHtml: string): { html: string; css: string } {
	const styles = [...articleHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)]
		.map((m) => m[1] ?? '')
		.filter((css) => !css.startsWith('@font-face'));
	let html = articleHtml
		.replace(/<style>[\s\S]*?<\/style>/g, '')
		.replace(/<link rel="preload"[^>]*>/g, '')
		// Our first-screen fonts inlined, their script and the preloads for readers without it: the classic page links
		// whole font files instead.
		.replace(/<script type="font\/woff2"[^>]*>[^<]*<\/script>/g, '')
		.replace(`<script>${FONT_SCRIPT}</script>`, '')
		.replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
		.replace('</head>', `<link rel="stylesheet" href="${STYLESHEET}"></head>`)
		.replace(
			/<kz-chart data-chart="([a-z-]+)"[\s\S]*?<\/kz-chart>/g,
			'<div class="baseline-chart" data-chart="$1" style="position:relative"></div>'
		)
		.replace(/<script type="module"[^>]*><\/script>/g, '')
		.replace(/<link rel="modulepreload"[^>]*>/g, '')
		// A classic page sets no policy: d3 styles its tooltips inline.
		.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
	html = html.replace('</body>', '<script src="/bench-baseline/d3.min.js"></script><script src="/bench-baseline/draw.js"></script></body>');
	return { html, css: `${classicFontFaces()}\n${styles.join('\n')}` };
}

/** A font file of the baseline, from the fontsource package. */
export function baselineFont(file: string): Promise<Buffer> {
	return readFile(require.resolve(file));
}

/** The whole d3 bundle, as a typical page loads it. */
export function d3Bundle(): Promise<Buffer> {
	// d3's package exports do not include its dist folder: find it beside the resolved entry.
	return readFile(join(dirname(require.resolve('d3')), '..', 'dist', 'd3.min.js'));
}

/** baseline-draw.ts compiled for the browser. */
export async function baselineScript(): Promise<string> {
	const source = await readFile(new URL('./baseline-draw.ts', import.meta.url), 'utf8');
	return (await transform(source, { loader: 'ts', target: 'es2019', format: 'iife' })).code;
}
