// Reading a build in dist/ from Node: no browser, no server.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

/** Throws a clear error where there is no build to read. */
export function requireBuild(dir = 'dist'): void {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run \`npm run build\` first`);
}

/** Every HTML file of a build. */
export function builtPages(dir = 'dist'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtPages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

function locs(xml: string, file: string): string[] {
	const document = new DOMParser({
		onError: (level, message) => {
			throw new Error(`${file} is not well-formed XML (${level}): ${message}`);
		},
	}).parseFromString(xml, 'text/xml');
	const found = document.getElementsByTagName('loc');
	const urls: string[] = [];
	for (let i = 0; i < found.length; i++) urls.push((found.item(i)?.textContent ?? '').trim());
	return urls;
}

/** The sitemap a build wrote: `sitemap.xml`, or else `sitemap-index.xml` (as @astrojs/sitemap writes it). */
export function sitemapFile(dir = 'dist'): string {
	for (const name of ['sitemap.xml', 'sitemap-index.xml']) if (existsSync(join(dir, name))) return name;
	throw new Error(`${dir}/ has neither sitemap.xml nor sitemap-index.xml: run \`npm run build\` first`);
}

/**
 * The absolute URLs in a build's sitemap: `dist/sitemap.xml`, or `dist/sitemap-index.xml` and every
 * sitemap it lists (read from `dir`, at their path under `base`).
 */
export function sitemapLocations(dir = 'dist', base = '/'): string[] {
	const file = sitemapFile(dir);
	const xml = readFileSync(join(dir, file), 'utf8');
	if (file === 'sitemap.xml') return locs(xml, file);
	return locs(xml, file).flatMap((url) => {
		const path = new URL(url).pathname;
		if (!path.startsWith(base)) throw new Error(`${file} lists ${url}, outside ${base}`);
		const child = join(dir, path.slice(base.length));
		return locs(readFileSync(child, 'utf8'), child);
	});
}

/** The pages in a build's sitemap, as paths with their query (`/`, `/charts/grid-load/`). */
export function sitemapUrls(dir = 'dist', base = '/'): string[] {
	return sitemapLocations(dir, base).map((url) => {
		const { pathname, search } = new URL(url);
		return pathname + search;
	});
}
