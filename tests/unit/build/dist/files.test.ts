// What the build writes besides pages, read from dist/: the sitemap, robots.txt, and every chart's files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { requireBuild, sitemapFile, sitemapLocations, sitemapUrls } from '../../../helpers/dist.ts';
import { ARTICLES } from '../../../helpers/articles.ts';
import { CHART_IDS, CHARTS, chartPath, viewsOf } from '../../../helpers/registry.ts';
import { LANGS, inEdition } from '../../../helpers/editions.ts';
import { chartChunkKb, JS_BUDGETS } from '../../../helpers/chart-chunks.ts';
import { SITE_ORIGIN } from '../../../helpers/servers.ts';
import { loadDatasets } from '../../../helpers/datasets.ts';
import { SUBJECTS } from '../../../../src/plot/define-chart.ts';

// The origin the build names in absolute URLs: SITE_URL, by default the one `astro preview` serves.
const ORIGIN = (process.env['SITE_URL'] ?? SITE_ORIGIN).replace(/\/$/, '');

beforeAll(() => requireBuild());

describe('the sitemap', () => {
	test('lists the front page, every article, the index of charts, every chart page and the sources, and no embed', () => {
		const expected = LANGS.flatMap((lang) =>
			['/', ...ARTICLES.map((a) => a.path), '/charts/', ...CHART_IDS.map((id) => chartPath(id)), '/sources/'].map((path) => inEdition(path, lang))
		);
		expect([...sitemapUrls()].sort()).toEqual([...expected].sort());
		for (const url of sitemapLocations()) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
	});

	test('gives every page its editions in the other languages (hreflang alternates)', () => {
		const xml = readFileSync(`dist/${sitemapFile().replace('-index', '-0')}`, 'utf8');
		const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? '');
		expect(urls.length).toBe(sitemapUrls().length);
		for (const url of urls) {
			const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? '').pathname;
			const route = LANGS.reduce((path, lang) => (path.startsWith(`/${lang}/`) ? path.slice(lang.length + 1) : path), loc);
			const links = [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2] ?? '').pathname]);
			expect(links.sort(), loc).toEqual(LANGS.map((lang) => [lang, inEdition(route, lang)]).sort());
		}
	});

	test('is named in robots.txt', () => {
		expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${ORIGIN}/${sitemapFile()}`);
	});
});

test('every chart in the registry has, in every edition, its oEmbed answer, CSV and JSON downloads, and a PNG and SVG share image per view', () => {
	const missing: string[] = [];
	for (const lang of LANGS) {
		for (const id of CHART_IDS) {
			const files = [`oembed/${id}.json`, `data/${id}.csv`, `data/${id}.json`];
			for (const view of viewsOf(id)) files.push(`og/charts/${id}/${view.id}.png`, `og/charts/${id}/${view.id}.svg`);
			missing.push(...files.map((f) => inEdition(`/${f}`, lang)).filter((f) => !existsSync(`dist${f}`)));
		}
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

describe('a download for every dataset, whether or not it draws a chart', () => {
	const datasets = loadDatasets();
	test.each(Object.keys(datasets))('%s: its CSV has a line per figure with its source, its JSON is the dataset', (id) => {
		const dataset = datasets[id];
		const csv = readFileSync(`dist/datasets/${id}.csv`, 'utf8').trimEnd().split('\r\n');
		expect(csv).toHaveLength((dataset?.rows.length ?? 0) + 1);
		for (const line of csv.slice(1)) expect(line.startsWith(`${id},`)).toBe(true);
		const json: unknown = JSON.parse(readFileSync(`dist/datasets/${id}.json`, 'utf8'));
		expect(json).toMatchObject({ id, rows: dataset?.rows, sources: dataset?.sources });
		expect(readFileSync('dist/sources/index.html', 'utf8')).toContain(`href="/datasets/${id}.csv"`);
	});
});

describe('the front page and the index of charts', () => {
	const cards = (html: string) => [...html.matchAll(/data-chart-card="([a-z0-9-]+)"/g)].map((m) => m[1]);
	test('the index shows every chart of the registry as a card with its drawing, under its subject', () => {
		const html = readFileSync('dist/charts/index.html', 'utf8');
		expect(cards(html)).toEqual([...SUBJECTS.flatMap((s) => CHART_IDS.filter((id) => CHARTS[id].subject === s))]);
		for (const id of CHART_IDS) expect(html).toContain(`<a href="${chartPath(id)}">`);
		expect(html.match(/<div class="kz-card-preview" aria-hidden="true"><svg/g)).toHaveLength(CHART_IDS.length);
	});

	test('the front page draws the lead article’s first chart in place, then a card per chart', () => {
		const html = readFileSync('dist/index.html', 'utf8');
		const lead = ARTICLES.find((a) => a.lead) ?? ARTICLES[0];
		expect(html).toContain(`<figure id="${lead?.charts[0]}" data-chart="${lead?.charts[0]}"`);
		expect(new Set(cards(html))).toEqual(new Set(CHART_IDS));
	});
});
