import { expect, test } from '@playwright/test';
import { errorsSoFar, hoverMark, reachForCharts, trackRequests, waitForCharts, watchPage } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { LANGS, inEdition } from '../helpers/editions.ts';
import { CHART_IDS, OTHER_VIEWS, chartPath, embedPath, viewsOf } from '../helpers/registry.ts';
import { JS_BUDGETS } from '../helpers/chart-chunks.ts';
import { bytesByType, readLayoutShift, recordTransfers, watchLayoutShift } from '../helpers/measure.ts';

// Budgets on sizes and structure, never on times (times are measured by `npm run bench`).
/** An article's JavaScript: the budget with three charts, plus each further chart's. */
const articleBudgetKb = (charts: number) => JS_BUDGETS.articleKb + JS_BUDGETS.chartKb * Math.max(0, charts - 3);
/** An embed page, everything a phone downloads before its reader reaches for the chart, fonts included. */
const EMBED_BUDGET_KB = 35;
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

/** JavaScript a page may load before a reader reaches for anything: the theme's toggle and the charts' small element. */
const BEFORE_INTERACTION = JS_BUDGETS.beforeInteractionKb * 1024;

test('no chart’s code or data loads before a reader reaches for a chart; then its tooltip, keys and views work', async ({ page }) => {
	const article = ARTICLES.find((a) => a.charts.some((id) => viewsOf(id).length > 1) && a.charts.length > 2);
	if (!article) throw new Error('no article with three charts, one with views');
	const requests = trackRequests(page);
	const transfers = recordTransfers(page);
	await page.goto(article.path);
	// Read to the end: being seen loads nothing.
	for (const id of article.charts) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
	await requests.idle();
	const before = await transfers.all();
	const scripts = before.filter((t) => t.type === 'script');
	const names = scripts.map((t) => t.url.split('/').at(-1) ?? '');
	for (const id of article.charts)
		expect(
			names.some((n) => n.startsWith(`${id}.`)),
			id
		).toBe(false);
	expect(
		names.some((n) => n.startsWith('chart-controller.')) || before.some((t) => t.url.endsWith('/payload.json')),
		names.join(', ')
	).toBe(false);
	expect(
		scripts.reduce((sum, t) => sum + t.gzip, 0),
		names.join(', ')
	).toBeLessThanOrEqual(BEFORE_INTERACTION);
	// The pointer over a mark: the module arrives, and the tooltip shows that mark's label.
	const [first, second] = article.charts;
	const plot = page.locator(`#${first} .kz-plot`);
	const mark = plot.locator('svg:visible .kz-mark').last();
	await hoverMark(mark);
	await expect(plot).toHaveAttribute('data-drawn', 'true');
	await hoverMark(plot.locator('svg:visible .kz-mark').last());
	await expect(page.locator(`#${first} [role="tooltip"]`)).toHaveText(
		(await plot.locator('svg:visible .kz-mark').last().getAttribute('data-label')) ?? ''
	);
	// The keyboard on another chart that has not loaded: focus brings it, and the arrow keys step through its marks.
	const other = page.locator(`#${second} .kz-plot`);
	await other.focus();
	await expect(other).toHaveAttribute('data-drawn', 'true');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(`#${second} [role="tooltip"]`)).toHaveText(
		(await other.locator('svg:visible .kz-mark').nth(1).getAttribute('data-label')) ?? ''
	);
	// A view switched before its chart has loaded: the click is kept and done once it has.
	const withViews =
		article.charts.find((id) => id !== first && id !== second && viewsOf(id).length > 1) ??
		article.charts.find((id) => viewsOf(id).length > 1);
	if (!withViews) throw new Error('no chart with views');
	const view = viewsOf(withViews)[1];
	await page.locator(`#${withViews} .kz-view-button[data-view="${view?.id}"]`).click();
	await expect(page.locator(`#${withViews} kz-chart`)).toHaveAttribute('data-view', view?.id ?? '');
	await expect(page.locator(`#${withViews} .kz-plot`)).toHaveAttribute('data-drawn', 'true');
	expect((await transfers.all()).some((t) => t.url.endsWith(`/charts/${withViews}/payload.json`))).toBe(true);
});

for (const chart of CHART_IDS) {
	test(`the ${chart} embed on a phone transfers at most ${EMBED_BUDGET_KB} KiB in all, fonts included, and loads its chart's code only when reached for`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 412, height: 915 });
		const requests = trackRequests(page);
		const transfers = recordTransfers(page);
		await page.goto(embedPath(chart));
		await requests.idle();
		const before = await transfers.all();
		const totals = bytesByType(before);
		// Its fonts ride in the page, so the document's bytes count them.
		expect(await page.locator('script.kz-font').count()).toBeGreaterThan(0);
		const total = Object.values(totals).reduce((a, b) => a + b, 0);
		expect(total, JSON.stringify(totals)).toBeLessThanOrEqual(EMBED_BUDGET_KB * 1024);
		expect(before.some((t) => t.url.includes(`/${chart}.`))).toBe(false);
		// Reached for: its module and data arrive, never another chart's.
		await reachForCharts(page);
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		const scripts = (await transfers.all()).filter((t) => t.type === 'script').map((t) => t.url);
		expect(scripts.some((url) => url.includes(`/${chart}.`))).toBe(true);
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
