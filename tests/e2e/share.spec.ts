import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { SITE_ORIGIN } from '../helpers/servers.ts';
import { chartJson, drawn, marksIn, marksNotInData, shareImageValues } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { loadDatasets } from '../helpers/datasets.ts';
import {
	CHART_IDS,
	FIRST_CHART,
	CHARTS,
	chartPath,
	chartWithViews,
	defaultView,
	embedPath,
	viewsOf,
	type ChartId,
} from '../helpers/registry.ts';
import { marks as marksOf } from '../helpers/svg.ts';
import { resolveFact } from '../../src/data/facts.ts';

const datasets = loadDatasets();

function viewButton(figure: Locator, label: string): Locator {
	return figure.getByRole('button', { name: label, exact: true });
}

async function downloaded(download: Download): Promise<Buffer> {
	return readFileSync((await download.path()) ?? '');
}

test.describe('views in the URL', () => {
	for (const id of CHART_IDS) {
		test(`${id}: every view is drawn from its data, goes into the URL without a reload, reopens from it, and the arrow keys read out its every mark`, async ({
			page,
			request,
		}) => {
			const views = viewsOf(id);
			const json = await chartJson(request, id);
			const figure = page.locator(`figure#${id}`);
			await page.goto(chartPath(id));
			await drawn(figure);
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
			const seen = new Map<string, { values: number[]; summary: string | null }>();
			// Every other view, then back to the default, whose URL is the bare one.
			for (const view of [...views.slice(1), views[0]]) {
				await viewButton(figure, view.label).click();
				for (const other of views)
					await expect(viewButton(figure, other.label)).toHaveAttribute('aria-pressed', String(other.id === view.id));
				await expect(page).toHaveURL(`${SITE_ORIGIN}${chartPath(id, view.id)}`);
				const marks = await marksIn(figure);
				expect(
					marks.map((m) => m.value),
					view.id
				).toEqual(await shareImageValues(request, id, view.id));
				expect(marksNotInData(marks, json), view.id).toEqual([]);
				seen.set(view.id, { values: marks.map((m) => m.value), summary: await figure.locator('.kz-plot svg').getAttribute('aria-label') });
			}
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
			// Each view's drawing says what it shows in its own words.
			expect(new Set([...seen.values()].map((s) => s.summary)).size).toBe(views.length);

			const tooltip = figure.locator('[role="tooltip"]');
			for (const view of views) {
				await page.goto(chartPath(id, view.id));
				// Until the script redraws, the page holds both server drawings (two widths): wait for the one redraw.
				const plot = await drawn(figure);
				await expect(viewButton(figure, view.label)).toHaveAttribute('aria-pressed', 'true');
				await expect(figure.locator('.kz-plot svg')).toHaveAttribute('aria-label', seen.get(view.id)?.summary ?? '');
				const marks = await marksIn(figure);
				expect(marks.map((m) => m.value)).toEqual(seen.get(view.id)?.values);

				// The keyboard steps through every mark, and the tooltip reads each out.
				await plot.focus();
				for (const [i, mark] of marks.entries()) {
					await expect(tooltip, `${view.id} mark ${i}`).toHaveText(mark.label);
					await expect(plot.locator('.kz-mark').nth(i)).toHaveClass(/\bkz-active\b/);
					// A mark that draws a quoted figure says it in the prose's words.
					if (mark.fact) expect(mark.label, mark.fact).toContain(resolveFact(datasets, mark.fact).text);
					await page.keyboard.press('ArrowRight');
				}
				// Past the last mark, back to the first; and back again.
				await expect(tooltip).toHaveText(marks[0]?.label ?? '');
				await expect(figure.locator('.kz-live')).toHaveText(marks[0]?.label ?? '');
				await page.keyboard.press('ArrowLeft');
				await expect(tooltip).toHaveText(marks.at(-1)?.label ?? '');
				await page.keyboard.press('Home');
				await expect(tooltip).toHaveText(marks[0]?.label ?? '');
				await page.keyboard.press('End');
				await expect(tooltip).toHaveText(marks.at(-1)?.label ?? '');
				await page.keyboard.press('Escape');
				await expect(tooltip).toBeHidden();
			}
		});
	}

	test('an unknown view falls back to the default and is never written into the page', async ({ page }) => {
		for (const id of CHART_IDS) {
			await page.goto(`${chartPath(id)}?view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3Ebogus`);
			const figure = page.locator(`figure#${id}`);
			await drawn(figure);
			await expect(figure.locator('kz-chart')).toHaveAttribute('data-view', defaultView(id).id);
			await expect(viewButton(figure, defaultView(id).label)).toHaveAttribute('aria-pressed', 'true');
			expect(await page.content()).not.toContain('bogus');
		}
	});

	for (const article of ARTICLES) {
		test(`${article.path}#<chart> scrolls to that chart`, async ({ page }) => {
			await page.goto(article.path);
			// From the last chart up, so that each is out of view before its link is followed.
			for (const id of [...article.charts].reverse()) {
				await page.goto(`${article.path}#${id}`);
				await expect(page.locator(`figure#${id}`)).toBeInViewport();
			}
		});
	}
});

test.describe('the share menu', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies the link to the chart in its current view, and the embed code for that view', async ({ page }) => {
		const id = chartWithViews();
		const view = viewsOf(id)[1] ?? defaultView(id);
		await page.goto(chartPath(id));
		await drawn(page.locator(`figure#${id}`));
		await viewButton(page.locator(`figure#${id}`), view.label).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toHaveText('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}${chartPath(id, view.id)}`);

		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByRole('status')).toHaveText('Embed code copied.');
		const code = await page.evaluate(() => navigator.clipboard.readText());
		const src = `${SITE_ORIGIN}${embedPath(id, view.id)}`.replace(/[?]/g, '\\?');
		expect(code).toMatch(new RegExp(`^<iframe src="${src}" title="[^"]+" width="100%" height="\\d+"`));
		expect(code).toContain(`<script async src="${SITE_ORIGIN}/embed.js"></script>`);
		await expect(page.locator('textarea.kz-embed-code')).toHaveValue(code);
	});

	for (const article of ARTICLES) {
		test(`in ${article.path}, each chart’s menu copies its chart page’s link`, async ({ page }) => {
			await page.goto(article.path);
			for (const id of article.charts) {
				const figure = page.locator(`figure#${id}`);
				await drawn(figure);
				await figure.locator('details.kz-share summary').click();
				// The menu's script loads as it opens: its element is defined once the page can act on a click.
				await page.evaluate(() => customElements.whenDefined('kz-share').then(() => undefined));
				await figure.getByRole('button', { name: 'Copy link' }).click();
				await expect(figure.getByRole('status')).toHaveText('Link copied.');
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}${chartPath(id)}`);
			}
		});
	}
});

test.describe('the Web Share button', () => {
	test('shares the chart’s link in its current view where the browser can share', async ({ page }) => {
		const id = chartWithViews();
		const view = viewsOf(id)[1] ?? defaultView(id);
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			(window as unknown as { shared: ShareData[] }).shared = shared;
			Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
		});
		await page.goto(chartPath(id, view.id));
		await expect(viewButton(page.locator(`figure#${id}`), view.label)).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Share…' }).click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(1);
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toEqual([{ title: CHARTS[id].title, url: `${SITE_ORIGIN}${chartPath(id, view.id)}` }]);
	});

	test('is not offered where the browser cannot share', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.goto(chartPath(FIRST_CHART));
		// Once <kz-share> is defined, its set-up has run on the menu already in the page.
		await page.evaluate(() => customElements.whenDefined('kz-share').then(() => undefined));
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
	});
});

for (const article of ARTICLES) {
	test(`each chart in ${article.path} has the menu and a link to its page`, async ({ page }) => {
		await page.goto(article.path);
		for (const id of article.charts) {
			const figure = page.locator(`figure#${id}`);
			await expect(figure.locator('details.kz-share')).toHaveCount(1);
			await expect(figure.getByRole('link', { name: 'This chart on its own page' })).toHaveAttribute('href', chartPath(id));
		}
	});
}

const CSV_HEADER =
	'dataset,row,label,value,value_max,qualifier,unit,basis,coverage,claimant,kind,date,period_start,period_end,source_publisher,source_title,source_url,source_date,source_kind';

async function checkDataDownloads(id: ChartId, page: Page): Promise<void> {
	const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Data (JSON)' }).click()]);
	expect(jsonDownload.suggestedFilename()).toBe(`${id}.json`);
	const json = JSON.parse((await downloaded(jsonDownload)).toString('utf8')) as {
		chart: string;
		title: string;
		datasets: { id: string; sources: { id: string; url: string }[]; rows: Record<string, unknown>[] }[];
		ourCalculations: { id: string }[];
	};
	expect(json.chart).toBe(id);
	expect(json.title).toBe(CHARTS[id].title);
	expect(json.datasets.length).toBeGreaterThan(0);
	// Every dataset exactly as the site's JSON has it, with its sources.
	for (const dataset of json.datasets) {
		expect(dataset.rows, dataset.id).toEqual(datasets[dataset.id]?.rows);
		expect(dataset.sources, dataset.id).toEqual(datasets[dataset.id]?.sources);
	}

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Data (CSV)' }).click()]);
	expect(csvDownload.suggestedFilename()).toBe(`${id}.csv`);
	const csv = (await downloaded(csvDownload)).toString('utf8').trim().split('\r\n');
	expect(csv[0]).toBe(CSV_HEADER);
	const rows = json.datasets.flatMap((d) => d.rows.map((row) => ({ dataset: d, row })));
	expect(csv).toHaveLength(1 + rows.length + json.ourCalculations.length);
	// One line per figure, in order, with its number and its source's URL.
	rows.forEach(({ dataset, row }, i) => {
		const line = csv[1 + i] ?? '';
		const key = String(row['id'] ?? row['year'] ?? row['month']);
		expect(line.startsWith(`${dataset.id},${key},`), line).toBe(true);
		const source = dataset.sources.find((s) => s.id === row['source']);
		expect(source, `${dataset.id}/${key}`).toBeDefined();
		expect(line).toContain(source?.url ?? '');
		if (typeof row['value'] === 'number') expect(line).toContain(`,${Number(row['value'].toPrecision(12))},`);
	});
	// Our arithmetic comes last, each line marked as ours.
	expect(csv.slice(1 + rows.length).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(
		json.ourCalculations.map((c) => `our-calculation,${c.id}`)
	);
}

test.describe('downloads', () => {
	for (const id of CHART_IDS) {
		test(`${id}: CSV and JSON hold every figure with its source; SVG and PNG come in each view`, async ({ page }) => {
			await page.goto(chartPath(id));
			const figure = page.locator(`figure#${id}`);
			await drawn(figure);
			await checkDataDownloads(id, page);

			for (const view of viewsOf(id)) {
				await viewButton(figure, view.label).click();
				await expect(viewButton(figure, view.label)).toHaveAttribute('aria-pressed', 'true');
				const onPage = await marksIn(figure);

				const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Chart (SVG)' }).click()]);
				expect(svgDownload.suggestedFilename()).toBe(`${id}-${view.id}.svg`);
				const svg = (await downloaded(svgDownload)).toString('utf8');
				expect(svg).toMatch(/^<\?xml/);
				expect(svg).toContain('Sources:');
				// The same figures as the page draws in this view, our calculations marked as such, and said so.
				expect(marksOf(svg).map((m) => [m.value, m.derived])).toEqual(onPage.map((m) => [m.value, m.derived]));
				if (onPage.some((m) => m.derived)) expect(svg).toContain('(our calculation)');

				const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Chart (PNG)' }).click()]);
				expect(pngDownload.suggestedFilename()).toBe(`${id}-${view.id}.png`);
				const png = await downloaded(pngDownload);
				expect(png.subarray(1, 4).toString()).toBe('PNG');
				expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			}
		});
	}
});
