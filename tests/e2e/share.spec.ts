import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SITE_ORIGIN } from '../helpers/servers.ts';
import { ARTICLE } from '../helpers/pages.ts';
import { miningLosses } from '../../src/charts/mining-losses.ts';
import { loadDatasets } from '../helpers/datasets.ts';
import { requireDataset } from '../../src/data/dataset-map.ts';

const datasets = loadDatasets();
const losses = requireDataset(datasets, 'mining-losses', 'estimates', 'test');
const events = requireDataset(datasets, 'january-2022', 'events', 'test');

test.describe('views in the URL', () => {
	test('a view switch updates the URL without a reload, and the URL reopens that view', async ({ page }) => {
		await page.goto('/charts/mining-losses/');
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await page.getByRole('button', { name: 'Over January' }).click();
		await expect(page).toHaveURL(`${SITE_ORIGIN}/charts/mining-losses/?view=cumulative`);
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

		await page.reload();
		// Until the script redraws, the page holds both server drawings (two widths): wait for the one redraw.
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await expect(page.getByRole('button', { name: 'Over January' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.kz-plot svg')).toHaveAttribute('aria-label', /Reported totals for the whole internet shutdown/);

		await page.getByRole('button', { name: 'Loss a day' }).click();
		await expect(page).toHaveURL(`${SITE_ORIGIN}/charts/mining-losses/`);
	});

	test('an unknown view falls back to the default and is never written into the page', async ({ page }) => {
		await page.goto('/charts/mining-losses/?view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3Ebogus');
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await expect(page.getByRole('button', { name: 'Loss a day' })).toHaveAttribute('aria-pressed', 'true');
		expect(await page.content()).not.toContain('bogus');
	});

	test('article#chart scrolls to that chart', async ({ page }) => {
		await page.goto(`${ARTICLE}#mining-losses`);
		await expect(page.locator('figure#mining-losses')).toBeInViewport();
	});
});

test.describe('the share menu', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies the link to the chart in its current view, and the embed code for that view', async ({ page }) => {
		await page.goto('/charts/mining-losses/');
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await page.getByRole('button', { name: 'Over January' }).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toHaveText('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}/charts/mining-losses/?view=cumulative`);

		await page.getByRole('button', { name: 'Copy embed code' }).click();
		const code = await page.evaluate(() => navigator.clipboard.readText());
		expect(code).toMatch(
			new RegExp(`^<iframe src="${SITE_ORIGIN}/embed/mining-losses/\\?view=cumulative" title="[^"]+" width="100%" height="\\d+"`)
		);
		expect(code).toContain(`<script async src="${SITE_ORIGIN}/embed.js"></script>`);
		await expect(page.locator('textarea.kz-embed-code')).toHaveValue(code);
	});

	test('in an article, copies the chart page’s link', async ({ page }) => {
		await page.goto(ARTICLE);
		const figure = page.locator('#grid-load');
		await figure.locator('.kz-plot').scrollIntoViewIfNeeded();
		await expect(figure.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await figure.locator('details.kz-share summary').click();
		await figure.getByRole('button', { name: 'Copy link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}/charts/grid-load/`);
	});
});

test.describe('the Web Share button', () => {
	test('shares the chart’s link where the browser can share', async ({ page }) => {
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			(window as unknown as { shared: ShareData[] }).shared = shared;
			Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
		});
		await page.goto('/charts/grid-load/?view=monthly');
		await expect(page.getByRole('button', { name: 'Month by month' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Share…' }).click();
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toEqual([{ title: await page.locator('h1').textContent(), url: `${SITE_ORIGIN}/charts/grid-load/?view=monthly` }]);
	});

	test('is not offered where the browser cannot share', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.goto('/charts/grid-load/');
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
	});
});

test('each chart in the article has the menu and a link to its page', async ({ page }) => {
	await page.goto(ARTICLE);
	for (const id of ['grid-load', 'mining-share', 'mining-losses']) {
		const figure = page.locator(`figure#${id}`);
		await expect(figure.locator('details.kz-share')).toHaveCount(1);
		await expect(figure.getByRole('link', { name: 'This chart on its own page' })).toHaveAttribute('href', `/charts/${id}/`);
	}
});

test.describe('downloads', () => {
	test('CSV and JSON hold every figure with its source', async ({ page }) => {
		await page.goto('/charts/mining-losses/');
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Data (CSV)' }).click()]);
		expect(csvDownload.suggestedFilename()).toBe('mining-losses.csv');
		const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8')
			.trim()
			.split('\r\n');
		expect(csv[0]).toBe(
			'dataset,row,label,value,value_max,qualifier,unit,basis,coverage,claimant,kind,date,period_start,period_end,source_publisher,source_title,source_url,source_date,source_kind'
		);
		expect(csv).toHaveLength(1 + losses.rows.length + events.rows.length + miningLosses.derived.length);
		// Our arithmetic comes last, each line marked as ours.
		expect(csv.slice(-miningLosses.derived.length).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(
			miningLosses.derived.map((id) => `our-calculation,${id}`)
		);
		const shutdown = csv.find((line) => line.startsWith('mining-losses,shutdown-per-day,'));
		expect(shutdown).toContain(',4800000,');
		expect(shutdown).toContain('https://voi.id/fr/teknologi/129536');

		const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Data (JSON)' }).click()]);
		const json = JSON.parse(readFileSync((await jsonDownload.path()) ?? '', 'utf8')) as {
			chart: string;
			datasets: { id: string; sources: unknown[]; rows: unknown[] }[];
		};
		expect(json.chart).toBe('mining-losses');
		expect(json.datasets[0]?.rows).toEqual(losses.rows);
		expect(json.datasets[0]?.sources).toEqual(losses.sources);
	});

	test('SVG and PNG come in the current view', async ({ page }) => {
		await page.goto('/charts/mining-losses/?view=cumulative');
		await expect(page.getByRole('button', { name: 'Over January' })).toHaveAttribute('aria-pressed', 'true');
		const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Chart (SVG)' }).click()]);
		expect(svgDownload.suggestedFilename()).toBe('mining-losses-cumulative.svg');
		const svg = readFileSync((await svgDownload.path()) ?? '', 'utf8');
		expect(svg).toMatch(/^<\?xml/);
		// The reported totals as data; the power cut's range as our calculation, marked so.
		expect(svg).toContain('data-value="20000000"');
		expect(svg).toMatch(/data-value="15000000"[^>]*data-derived="true"|data-derived="true"[^>]*data-value="15000000"/);
		expect(svg).toContain('(our calculation)');
		expect(svg).toContain('Sources:');

		const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Chart (PNG)' }).click()]);
		expect(pngDownload.suggestedFilename()).toBe('mining-losses-cumulative.png');
		const png = readFileSync((await pngDownload.path()) ?? '');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
});
