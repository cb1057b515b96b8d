import { expect, test } from '@playwright/test';
import { ARTICLE, watchPage } from '../helpers/pages.ts';
import { loadDatasets } from '../helpers/datasets.ts';
import { requireDataset } from '../../src/data/dataset-map.ts';
import { formatNumber } from '../../src/locale/format.ts';
import { factNoteId, resolveFact } from '../../src/data/facts.ts';

const datasets = loadDatasets();
const demand = requireDataset(datasets, 'grid-load', 'annual', 'test').rows;
const monthly = requireDataset(datasets, 'grid-load-monthly', 'monthly', 'test').rows;

test.describe('the article with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('has all three charts in its HTML, named, with their values and tables', async ({ page }) => {
		await page.goto(ARTICLE);
		for (const id of ['grid-load', 'mining-share', 'mining-losses']) {
			const figure = page.locator(`figure#${id}[data-chart="${id}"]`);
			await expect(figure).toHaveCount(1);
			const svg = figure.locator('svg[role="img"]:visible');
			await expect(svg).toHaveCount(1);
			await expect(svg).toHaveAttribute('aria-label', /.{40,}/);
			await expect(figure.locator('figcaption')).toContainText('Sources:');
			await expect(figure.locator('table').first()).toBeAttached();
		}
		const values = await page
			.locator('#grid-load svg:visible circle.kz-mark')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
		expect(values).toEqual(demand.map((r) => r.value));
		await expect(page.locator('#mining-share svg:visible rect[data-filled="true"]')).toHaveCount(7);
	});

	test('shows the phone layout on a phone, the wide one on a desktop', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto(ARTICLE);
		await expect(page.locator('#grid-load .kz-plot-narrow svg')).toBeVisible();
		await expect(page.locator('#grid-load .kz-plot-wide svg')).toBeHidden();
		await page.setViewportSize({ width: 1024, height: 800 });
		await expect(page.locator('#grid-load .kz-plot-wide svg')).toBeVisible();
	});

	test('quotes its figures from the JSON', async ({ page }) => {
		await page.goto(ARTICLE);
		await expect(page.locator('[data-fact="mining-losses/shutdown-per-day"]').first()).toHaveText('$4.8 million');
		await expect(page.locator('[data-fact="mining-losses/power-cut-per-day"]').first()).toHaveText('about $1 million');
		await expect(page.locator('[data-fact="mining-share/nabdc-market-share"]').first()).toHaveText('7%');
		await expect(page.locator('[data-fact="mining-losses/shutdown-total-wired"]').first()).toHaveText('$7.2 million');
	});

	test('every figure, time and date links to a note that says who gave it, and the keyboard gets there', async ({ page }) => {
		await page.goto(ARTICLE);
		const ids = [...new Set(await page.locator('a.kz-fact').evaluateAll((links) => links.map((a) => a.getAttribute('data-fact') ?? '')))];
		expect(ids.length).toBeGreaterThan(40);
		for (const id of ids) {
			const note = page.locator(`#${factNoteId(id)}`);
			await expect(note, id).toHaveCount(1);
			await expect(note, id).toContainText(resolveFact(datasets, id).attribution);
		}
		const first = page.locator('a.kz-fact').first();
		await first.focus();
		await page.keyboard.press('Enter');
		const target = factNoteId((await first.getAttribute('data-fact')) ?? '');
		await expect(page).toHaveURL(new RegExp(`#${target}$`));
		await expect(page.locator(`#${target}`)).toBeInViewport();
	});
});

test.describe('the article with JavaScript', () => {
	test('redraws each chart at its container’s width without shifting the page', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.addInitScript(() => {
			(window as unknown as { cls: number }).cls = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const watch = watchPage(page);
		await page.goto(ARTICLE);
		for (const id of ['grid-load', 'mining-share', 'mining-losses']) {
			const plot = page.locator(`#${id} .kz-plot`);
			await plot.scrollIntoViewIfNeeded();
			await expect(plot).toHaveAttribute('data-drawn', 'true');
			const width = await plot.evaluate((el) => Math.round(el.getBoundingClientRect().width));
			await expect(plot.locator('svg')).toHaveCount(1);
			await expect(plot.locator('svg')).toHaveAttribute('width', String(width));
		}
		const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
		expect(cls).toBeLessThanOrEqual(0.01);
		expect(watch.errors).toEqual([]);
		expect(watch.foreign).toEqual([]);
	});

	test('shows a tooltip with the value on hover', async ({ page }) => {
		await page.goto(ARTICLE);
		const plot = page.locator('#grid-load .kz-plot');
		await plot.scrollIntoViewIfNeeded();
		await expect(plot).toHaveAttribute('data-drawn', 'true');
		await plot.locator('circle.kz-mark').nth(21).hover();
		const tooltip = page.locator('#grid-load [role="tooltip"]');
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toHaveText('2021: 114.5 TWh');
	});

	test('moves between marks with the arrow keys and leaves with Escape', async ({ page }) => {
		await page.goto(ARTICLE);
		const plot = page.locator('#mining-losses .kz-plot');
		await plot.scrollIntoViewIfNeeded();
		await expect(plot).toHaveAttribute('data-drawn', 'true');
		await plot.focus();
		const tooltip = page.locator('#mining-losses [role="tooltip"]');
		const [voi, wired, claim] = ['mining-losses/shutdown-per-day', 'calc/wired-per-day', 'mining-losses/power-cut-per-day'].map(
			(id) => `${resolveFact(datasets, id).text} a day`
		);
		await expect(tooltip).toContainText(voi ?? '');
		await page.keyboard.press('ArrowRight');
		await expect(tooltip).toContainText(wired ?? '');
		await expect(page.locator('#mining-losses .kz-live')).toContainText(wired ?? '');
		await page.keyboard.press('End');
		await expect(tooltip).toContainText(claim ?? '');
		await page.keyboard.press('ArrowRight');
		await expect(tooltip).toContainText(voi ?? '');
		await page.keyboard.press('Escape');
		await expect(tooltip).toBeHidden();
	});

	test('Tab reaches the chart from its view buttons', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.locator('#grid-load .kz-plot').scrollIntoViewIfNeeded();
		await expect(page.locator('#grid-load .kz-plot')).toHaveAttribute('data-drawn', 'true');
		await page.locator('#grid-load .kz-view-button').last().focus();
		await page.keyboard.press('Tab');
		await expect(page.locator('#grid-load .kz-plot')).toBeFocused();
		await expect(page.locator('#grid-load [role="tooltip"]')).toHaveText(
			`${demand[0]?.year}: ${formatNumber(demand[0]?.value ?? NaN)} TWh`
		);
	});

	test('switches views', async ({ page }) => {
		await page.goto(ARTICLE);
		const figure = page.locator('#grid-load');
		await figure.locator('.kz-plot').scrollIntoViewIfNeeded();
		await expect(figure.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await figure.getByRole('button', { name: 'Month by month' }).click();
		await expect(figure.getByRole('button', { name: 'Month by month' })).toHaveAttribute('aria-pressed', 'true');
		await expect(figure.getByRole('button', { name: 'Year by year' })).toHaveAttribute('aria-pressed', 'false');
		const values = await figure.locator('.kz-plot .kz-mark').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
		expect(values).toEqual(monthly.map((r) => r.value));
		await expect(figure.locator('svg')).toHaveAttribute('aria-label', /monthly electricity consumption/);
	});
});
