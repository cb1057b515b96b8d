import { eventInstant } from '../../src/data/event-time.ts';
import { expect, type APIRequestContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { ARTICLES, LEAD_ARTICLE } from './articles.ts';
import { CHART_IDS, chartPath, embedPath, type ChartId } from './registry.ts';
import { markValues, type Mark } from './svg.ts';

/** The lead article's path. */
export const ARTICLE = LEAD_ARTICLE.path;

/** A path the site has no page for: the 404 page. */
export const NOT_FOUND = '/no-such-page/';

/** One of every page the site builds, from the articles and the chart registry, plus an unknown path (the 404 page). */
export const ALL_PAGES: readonly string[] = [
	'/',
	...ARTICLES.map((a) => a.path),
	...CHART_IDS.map((id) => chartPath(id)),
	...CHART_IDS.map((id) => embedPath(id)),
	'/sources/',
	NOT_FOUND,
];

/** Collects console errors, page errors and requests to any origin but the page's own. */
export function watchPage(page: Page): { errors: string[]; foreign: string[] } {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(r.url());
	});
	return { errors, foreign };
}

const BARRIER = 'kz-test: console barrier';

/**
 * The console errors logged so far, read only once a marker error logged now has come through: console
 * messages arrive in order, so anything the page logged before it has arrived too.
 */
export async function errorsSoFar(page: Page, watch: { errors: string[] }): Promise<string[]> {
	await page.evaluate((text) => console.error(text), BARRIER);
	await expect.poll(() => watch.errors.includes(BARRIER)).toBe(true);
	const before = watch.errors.slice(0, watch.errors.indexOf(BARRIER));
	watch.errors.splice(0, watch.errors.indexOf(BARRIER) + 1);
	return before;
}

/** Counts requests in flight; `idle` waits until every request the page started has finished or failed. */
export function trackRequests(page: Page): { idle: () => Promise<void> } {
	const pending = new Set<unknown>();
	page.on('request', (r) => pending.add(r));
	page.on('requestfinished', (r) => pending.delete(r));
	page.on('requestfailed', (r) => pending.delete(r));
	return {
		idle: async () => {
			await page.waitForLoadState('load');
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			await expect.poll(() => pending.size).toBe(0);
		},
	};
}

/** Reaches for every chart in a page or frame as a reader would (the pointer enters it): its script loads on that. */
export async function reachForCharts(scope: Page | FrameLocator): Promise<void> {
	const charts = scope.locator('kz-chart');
	for (let i = 0, count = await charts.count(); i < count; i++) await charts.nth(i).dispatchEvent('pointerenter');
}

/** Scrolls to each chart, reaches for it (charts load their script on interest) and waits until it is redrawn. */
export async function waitForCharts(page: Page): Promise<void> {
	const plots = page.locator('.kz-plot');
	const count = await plots.count();
	for (let i = 0; i < count; i++) {
		await plots.nth(i).scrollIntoViewIfNeeded();
		await page.locator('kz-chart').nth(i).dispatchEvent('pointerenter');
		await expect(plots.nth(i)).toHaveAttribute('data-drawn', 'true');
	}
}

/** Scrolls to a chart, reaches for it, and waits until the script has redrawn it. */
export async function drawn(figure: Locator): Promise<Locator> {
	const plot = figure.locator('.kz-plot');
	await plot.scrollIntoViewIfNeeded();
	await figure.locator('kz-chart').dispatchEvent('pointerenter');
	await expect(plot).toHaveAttribute('data-drawn', 'true');
	return plot;
}

/** Puts the pointer on a mark: on the mark itself if it is a shape, on its first shape if it is a group (a group's centre may fall between its shapes). */
export async function hoverMark(mark: Locator): Promise<void> {
	const shapes = mark.locator('rect, circle, path, line, polygon, ellipse');
	await ((await shapes.count()) > 0 ? shapes.first() : mark).hover();
}

/** The data marks (`.kz-mark`) under `root` that are drawn (in the visible SVG), in document order. */
export async function marksIn(root: Locator): Promise<Mark[]> {
	return root.locator('svg:visible .kz-mark').evaluateAll((els) =>
		els.map((e) => ({
			value: Number(e.getAttribute('data-value')),
			label: e.getAttribute('data-label') ?? '',
			derived: e.getAttribute('data-derived') === 'true',
			fact: e.getAttribute('data-fact'),
			measure: e.getAttribute('data-measure'),
		}))
	);
}

/** The values of the data marks in a chart's share image for a view, the build's drawing of that view. */
export async function shareImageValues(request: APIRequestContext, id: ChartId, view: string): Promise<number[]> {
	const response = await request.get(`/og/charts/${id}/${view}.svg`);
	expect(response.status(), `${id}/${view}.svg`).toBe(200);
	return markValues(await response.text());
}

interface DownloadJson {
	chart: string;
	datasets: { id: string; sources: { id: string; url: string }[]; rows: Record<string, unknown>[] }[];
	ourCalculations: { id: string; value: number }[];
}

/** A chart's JSON download: its datasets as published, and our calculations. */
export async function chartJson(request: APIRequestContext, id: ChartId): Promise<DownloadJson> {
	const response = await request.get(`/data/${id}.json`);
	expect(response.status(), `/data/${id}.json`).toBe(200);
	return (await response.json()) as DownloadJson;
}

/** Every number in the rows of a chart's datasets (`value` and `valueMax`). */
export function datasetValues(json: DownloadJson): Set<number> {
	const values = new Set<number>();
	for (const d of json.datasets)
		for (const row of d.rows)
			for (const key of ['value', 'valueMax']) {
				const v = row[key];
				if (typeof v === 'number') values.add(v);
			}
	return values;
}

/** Every instant the events of a chart's datasets name, as UTC milliseconds: starts, and ends as the site reads them. */
export function eventInstants(json: DownloadJson): Set<number> {
	const instants = new Set<number>();
	for (const d of json.datasets)
		for (const row of d.rows) {
			const zone = row['timeZone'] === 'Asia/Tashkent' ? 'Asia/Tashkent' : 'Asia/Almaty';
			if (typeof row['start'] === 'string') instants.add(eventInstant(row['start'], zone));
			if (typeof row['end'] === 'string') instants.add(eventInstant(row['end'], zone, 'end'));
		}
	return instants;
}

/** Marks that are not our calculation but draw a number (or, on a timeline, an instant) found in none of the chart's datasets. */
export function marksNotInData(marks: readonly Mark[], json: DownloadJson): Mark[] {
	const values = datasetValues(json);
	const instants = eventInstants(json);
	return marks.filter((m) => !m.derived && !(m.measure === 'time' ? instants : values).has(m.value));
}
