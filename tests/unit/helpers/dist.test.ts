import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sitemapFile, sitemapUrls } from '../../helpers/dist.ts';

const dirs: string[] = [];
function build(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kz-sitemap-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const urlset = (...urls: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${u}</loc></url>`).join('\n')}</urlset>`;

describe('sitemapUrls(dir)', () => {
	test('reads sitemap.xml and gives each page as a path', () => {
		const dir = build({ 'sitemap.xml': urlset('https://example.org/', 'https://example.org/charts/a/', 'https://example.org/x/?q=1') });
		expect(sitemapFile(dir)).toBe('sitemap.xml');
		expect(sitemapUrls(dir)).toEqual(['/', '/charts/a/', '/x/?q=1']);
	});

	test('without sitemap.xml, reads sitemap-index.xml and every sitemap it lists, under the base path', () => {
		const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sub/sitemap-0.xml</loc></sitemap><sitemap><loc>https://example.org/sub/sitemap-1.xml</loc></sitemap></sitemapindex>`;
		const dir = build({
			'sitemap-index.xml': index,
			'sitemap-0.xml': urlset('https://example.org/sub/', 'https://example.org/sub/charts/a/'),
			'sitemap-1.xml': urlset('https://example.org/sub/sources/'),
		});
		expect(sitemapFile(dir)).toBe('sitemap-index.xml');
		expect(sitemapUrls(dir, '/sub/')).toEqual(['/sub/', '/sub/charts/a/', '/sub/sources/']);
	});

	test('says to build first where there is no sitemap, and refuses one that is not XML', () => {
		expect(() => sitemapUrls(build({ 'index.html': '' }))).toThrow(/neither sitemap.xml nor sitemap-index.xml: run `npm run build` first/);
		expect(() => sitemapUrls(build({ 'sitemap.xml': '<urlset><url><loc>https://example.org/</url></urlset>' }))).toThrow(/not well-formed/);
	});
});
