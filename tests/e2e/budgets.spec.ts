import { expect, test } from '@playwright/test';
import { errorsSoFar, trackRequests, waitForCharts, watchPage } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { LANGS, inEdition } from '../helpers/editions.ts';
import { CHART_IDS, OTHER_VIEWS, chartPath, embedPath } from '../helpers/registry.ts';
import { JS_BUDGETS } from '../helpers/chart-chunks.ts';
import { bytesByType, readLayoutShift, recordTransfers, watchLayoutShift } from '../helpers/measure.ts';

// Budgets on sizes and structure, never on times (times are measured by `npm run bench`).
/** An article's JavaScript: the budget with three charts, plus each further chart's. */
const articleBudgetKb = (charts: number) => JS_BUDGETS.articleKb + JS_BUDGETS.chartKb * Math.max(0, charts - 3);
const EMBED_BUDGET = 30 * 1024;
const CLS_BUDGET = 0.01;

// In every edition: another language adds no JavaScript, only the same chart code with other words as data.
for (const article of LANGS.flatMap((lang) => ARTICLES.map((a) => ({ ...a, path: inEdition(a.path, lang) })))) {
	test(`${article.path} ships at most ${articleBudgetKb(article.charts.length)} KB of gzipped JavaScript with its ${article.charts.length} charts`, async ({
		page,
	}) => {
		const requests = trackRequests(page);
		const transfers = recordTransfers(page);
		await page.goto(article.path);
		await waitForCharts(page);
		await expect(page.locator('.kz-plot[data-drawn="true"]')).toHaveCount(article.charts.length);
		await requests.idle();
		const scripts = (await transfers.all()).filter((t) => t.type === 'script');
		const js = scripts.reduce((sum, t) => sum + t.gzip, 0);
		expect(js, scripts.map((t) => `${t.url.split('/').at(-1)} ${t.gzip}`).join(', ')).toBeGreaterThan(5000);
		expect(js, scripts.map((t) => `${t.url.split('/').at(-1)} ${t.gzip}`).join(', ')).toBeLessThanOrEqual(
			articleBudgetKb(article.charts.length) * 1024
		);
	});
}

test('a chart’s module loads only as the chart nears the viewport', async ({ page }) => {
	const article = ARTICLES.find((a) => a.charts.length > 1);
	if (!article) throw new Error('no article with two charts');
	const transfers = recordTransfers(page);
	await page.goto(article.path);
	// In the page's order: the first chart, once the reader reaches it, is drawn; the last, far below, has not fetched its module yet.
	const figures = page.locator('figure[data-chart]');
	const [first, last] = [await figures.first().getAttribute('data-chart'), await figures.last().getAttribute('data-chart')];
	await figures.first().scrollIntoViewIfNeeded();
	await expect(page.locator(`#${first} .kz-plot`)).toHaveAttribute('data-drawn', 'true');
	expect((await transfers.all()).some((t) => t.url.includes(`/${last}.`))).toBe(false);
	await page.locator(`#${last}`).scrollIntoViewIfNeeded();
	await expect(page.locator(`#${last} .kz-plot`)).toHaveAttribute('data-drawn', 'true');
	expect((await transfers.all()).some((t) => t.url.includes(`/${last}.`))).toBe(true);
});

for (const chart of CHART_IDS) {
	test(`the ${chart} embed weighs at most 30 KB gzipped, fonts aside`, async ({ page }) => {
		const requests = trackRequests(page);
		const transfers = recordTransfers(page);
		await page.goto(embedPath(chart));
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await requests.idle();
		const all = await transfers.all();
		const totals = bytesByType(all);
		const { font = 0, ...rest } = totals;
		expect(font).toBeGreaterThan(0);
		const total = Object.values(rest).reduce((a, b) => a + b, 0);
		expect(total).toBeLessThanOrEqual(EMBED_BUDGET);
		// Its script is what interaction and sizing need: one chart module, never the others.
		const scripts = all.filter((t) => t.type === 'script').map((t) => t.url);
		for (const other of CHART_IDS.filter((c) => c !== chart)) {
			expect(scripts.some((url) => url.includes(`/${other}.`))).toBe(false);
		}
	});
}

const PAGES = [
	'/',
	...ARTICLES.map((a) => a.path),
	...CHART_IDS.map((id) => chartPath(id)),
	...OTHER_VIEWS.map(({ id, view }) => chartPath(id, view.id)),
	...CHART_IDS.map((id) => embedPath(id)),
];

for (const path of PAGES) {
	test(`${path}: no layout shift as charts hydrate, nothing from another origin, no console error, at 320 and 1280px`, async ({ page }) => {
		await watchLayoutShift(page);
		const watch = watchPage(page);
		const requests = trackRequests(page);
		for (const width of [320, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			await waitForCharts(page);
			await requests.idle();
			expect(await readLayoutShift(page), `${width}px`).toBeLessThanOrEqual(CLS_BUDGET);
			expect(await errorsSoFar(page, watch), `${width}px`).toEqual([]);
			expect(watch.foreign, `${width}px`).toEqual([]);
		}
	});
}
