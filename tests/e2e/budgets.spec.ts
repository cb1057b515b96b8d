import { expect, test } from '@playwright/test';
import { ARTICLE, waitForCharts, watchPage } from '../helpers/pages.ts';
import { bytesByType, readLayoutShift, recordTransfers, watchLayoutShift } from '../helpers/measure.ts';

// Budgets on sizes and structure, never on times (times are measured by `npm run bench`).
const ARTICLE_JS_BUDGET = 25 * 1024;
const EMBED_BUDGET = 30 * 1024;
const CLS_BUDGET = 0.01;

test('the article ships at most 25 KB of gzipped JavaScript in all', async ({ page }) => {
	const transfers = recordTransfers(page);
	await page.goto(ARTICLE);
	await waitForCharts(page);
	await expect(page.locator('.kz-plot[data-drawn="true"]')).toHaveCount(3);
	await page.waitForLoadState('networkidle');
	const js = bytesByType(transfers)['script'] ?? 0;
	expect(js).toBeGreaterThan(5000);
	expect(js).toBeLessThanOrEqual(ARTICLE_JS_BUDGET);
});

for (const chart of ['grid-load', 'mining-share', 'mining-losses']) {
	test(`the ${chart} embed weighs at most 30 KB gzipped, fonts aside`, async ({ page }) => {
		const transfers = recordTransfers(page);
		await page.goto(`/embed/${chart}/`);
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await page.waitForLoadState('networkidle');
		const totals = bytesByType(transfers);
		const { font = 0, ...rest } = totals;
		expect(font).toBeGreaterThan(0);
		const total = Object.values(rest).reduce((a, b) => a + b, 0);
		expect(total).toBeLessThanOrEqual(EMBED_BUDGET);
		// Its script is what interaction and sizing need: one chart module, never the others.
		const scripts = transfers.filter((t) => t.type === 'script').map((t) => t.url);
		for (const other of ['grid-load', 'mining-share', 'mining-losses'].filter((c) => c !== chart)) {
			expect(scripts.some((url) => url.includes(`/${other}.`))).toBe(false);
		}
	});
}

for (const path of [
	'/',
	ARTICLE,
	'/charts/grid-load/',
	'/charts/mining-share/',
	'/charts/mining-losses/?view=cumulative',
	'/embed/mining-share/',
]) {
	for (const width of [320, 1280]) {
		test(`${path} at ${width}px: no layout shift as charts hydrate, nothing from another origin, no console error`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await watchLayoutShift(page);
			const watch = watchPage(page);
			await page.goto(path);
			await waitForCharts(page);
			await page.waitForLoadState('networkidle');
			expect(await readLayoutShift(page)).toBeLessThanOrEqual(CLS_BUDGET);
			expect(watch.foreign).toEqual([]);
			expect(watch.errors).toEqual([]);
		});
	}
}
