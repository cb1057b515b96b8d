// What the build writes besides pages, read from dist/: the sitemap, robots.txt, and every chart's files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { requireBuild, sitemapFile, sitemapLocations, sitemapUrls } from '../../../helpers/dist.ts';
import { ARTICLES } from '../../../helpers/articles.ts';
import { CHART_IDS, CHARTS, chartPath, viewsOf } from '../../../helpers/registry.ts';
import { chartChunkKb, JS_BUDGETS } from '../../../helpers/chart-chunks.ts';
import { SITE_ORIGIN } from '../../../helpers/servers.ts';

// The origin the build names in absolute URLs: SITE_URL, by default the one `astro preview` serves.
const ORIGIN = (process.env['SITE_URL'] ?? SITE_ORIGIN).replace(/\/$/, '');

beforeAll(() => requireBuild());

describe('the sitemap', () => {
	test('lists the front page, every article, every chart page and the sources, and no embed', () => {
		const expected = ['/', ...ARTICLES.map((a) => a.path), ...CHART_IDS.map((id) => chartPath(id)), '/sources/'];
		expect([...sitemapUrls()].sort()).toEqual([...expected].sort());
		for (const url of sitemapLocations()) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
	});

	test('is named in robots.txt', () => {
		expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${ORIGIN}/${sitemapFile()}`);
	});
});

test('every chart in the registry has its oEmbed answer, CSV and JSON downloads, and a PNG and SVG share image per view', () => {
	const missing: string[] = [];
	for (const id of CHART_IDS) {
		const files = [`oembed/${id}.json`, `data/${id}.csv`, `data/${id}.json`];
		for (const view of viewsOf(id)) files.push(`og/charts/${id}/${view.id}.png`, `og/charts/${id}/${view.id}.svg`);
		missing.push(...files.filter((f) => !existsSync(`dist/${f}`)));
	}
	expect(missing).toEqual([]);
});

describe('each chart’s browser module', () => {
	test.each(CHART_IDS)('%s adds at most 1.5 KB gzipped to a page that shows it', (id) => {
		const [{ kb } = { kb: NaN }] = chartChunkKb([id]);
		expect(kb).toBeGreaterThan(0.2);
		expect(kb).toBeLessThanOrEqual(JS_BUDGETS.chartKb);
	});

	test.each(CHART_IDS)('%s ships its drawing only: none of its words, selection or notes', (id) => {
		const file = readdirSync('dist/_astro').find((f) => f.startsWith(`${id}.`) && f.endsWith('.js'));
		const code = readFileSync(`dist/_astro/${file}`, 'utf8');
		expect(code).not.toContain(CHARTS[id].title);
		expect(code).not.toContain('prepare');
	});
});
