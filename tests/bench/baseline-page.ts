import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { transform } from 'esbuild';

const require = createRequire(import.meta.url);

/** The article as it would be built the common way: same text, styles and fonts; each chart an empty box that the d3 bundle fills after fetching its JSON. */
export function baselineArticle(articleHtml: string): string {
	let html = articleHtml
		.replace(
			/<kz-chart data-chart="([a-z-]+)"[\s\S]*?<\/kz-chart>/g,
			'<div class="baseline-chart" data-chart="$1" style="position:relative"></div>'
		)
		.replace(/<script type="module"[^>]*><\/script>/g, '')
		.replace(/<link rel="modulepreload"[^>]*>/g, '');
	html = html.replace('</body>', '<script src="/bench-baseline/d3.min.js"></script><script src="/bench-baseline/draw.js"></script></body>');
	return html;
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
