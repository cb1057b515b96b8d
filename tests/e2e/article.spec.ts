import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chartJson, drawn, errorsSoFar, hoverMark, marksIn, marksNotInData, shareImageValues, watchPage } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { loadDatasets } from '../helpers/datasets.ts';
import { CHARTS, viewsOf } from '../helpers/registry.ts';
import { factNoteId, resolveFact, type FactPart } from '../../src/data/facts.ts';

const datasets = loadDatasets();

/** The raw number of a dataset row, straight from content/data/<dataset>.json: by row id, year or month. */
function rawValue(dataset: string, key: string): number | undefined {
	const json = JSON.parse(readFileSync(`content/data/${dataset}.json`, 'utf8')) as { rows: Record<string, unknown>[] };
	const row = json.rows.find((r) => r['id'] === key || String(r['year']) === key || r['month'] === key);
	return typeof row?.['value'] === 'number' ? row['value'] : undefined;
}

for (const article of ARTICLES) {
	test.describe(`${article.path} with JavaScript off`, () => {
		test.use({ javaScriptEnabled: false });

		test('has every chart of its frontmatter in its HTML, titled, drawn from the data, with tables', async ({ page, request }) => {
			await page.goto(article.path);
			expect(article.charts.length).toBeGreaterThan(0);
			await expect(page.locator('figure[data-chart]')).toHaveCount(article.charts.length);
			for (const id of article.charts) {
				const figure = page.locator(`figure#${id}[data-chart="${id}"]`);
				await expect(figure).toHaveCount(1);
				await expect(figure.locator('.kz-title')).toHaveText(CHARTS[id].title);
				const svg = figure.locator('svg[role="img"]:visible');
				await expect(svg).toHaveCount(1);
				await expect(svg).toHaveAttribute('aria-label', /.{40,}/);
				await expect(figure.locator('figcaption')).toContainText('Sources:');
				await expect(figure.locator('table').first()).toBeAttached();
				// The server's drawing is the default view, whole: the same marks as its share image, each a figure from the data.
				const marks = await marksIn(figure);
				expect(
					marks.map((m) => m.value),
					id
				).toEqual(await shareImageValues(request, id, viewsOf(id)[0].id));
				expect(marksNotInData(marks, await chartJson(request, id)), id).toEqual([]);
			}
		});

		test('shows the phone layout on a phone, the wide one on a desktop', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(article.path);
			for (const id of article.charts) {
				await expect(page.locator(`#${id} .kz-plot-narrow svg`)).toBeVisible();
				await expect(page.locator(`#${id} .kz-plot-wide svg`)).toBeHidden();
			}
			await page.setViewportSize({ width: 1024, height: 800 });
			for (const id of article.charts) {
				await expect(page.locator(`#${id} .kz-plot-wide svg`)).toBeVisible();
				await expect(page.locator(`#${id} .kz-plot-narrow svg`)).toBeHidden();
			}
		});

		test('quotes every figure, time and date from the JSON, in the order its MDX names them', async ({ page }) => {
			await page.goto(article.path);
			const quoted = [...article.mdx.matchAll(/<Fact\s+id="([^"]+)"(?:\s+part="([^"]+)")?\s*\/>/g)].map((m) => ({
				id: m[1] ?? '',
				part: (m[2] ?? 'value') as FactPart,
			}));
			expect(quoted.length).toBeGreaterThan(0);
			const shown = await page
				.locator('main a.kz-fact')
				.evaluateAll((links) =>
					links.map((a) => ({ id: a.getAttribute('data-fact') ?? '', value: a.getAttribute('data-value'), text: a.textContent }))
				);
			expect(shown.map((f) => f.id)).toEqual(quoted.map((q) => q.id));
			let fromRows = 0;
			quoted.forEach(({ id, part }, i) => {
				expect(shown[i]?.text, `${id} ${part}`).toBe(resolveFact(datasets, id, part).text);
				const [dataset = '', key = ''] = id.split('/');
				const raw = dataset === 'calc' || part !== 'value' ? undefined : rawValue(dataset, key);
				if (raw === undefined) return;
				fromRows++;
				expect(Number(shown[i]?.value), id).toBe(raw);
			});
			expect(fromRows).toBeGreaterThan(0);
		});

		test('every figure, time and date links to a note that says who gave it, and the keyboard gets there', async ({ page }) => {
			await page.goto(article.path);
			const ids = [...new Set(await page.locator('a.kz-fact').evaluateAll((links) => links.map((a) => a.getAttribute('data-fact') ?? '')))];
			expect(ids.length).toBeGreaterThan(0);
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

	test.describe(`${article.path} with JavaScript`, () => {
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
			await page.goto(article.path);
			for (const id of article.charts) {
				const plot = await drawn(page.locator(`#${id}`));
				const width = await plot.evaluate((el) => Math.round(el.getBoundingClientRect().width));
				await expect(plot.locator('svg')).toHaveCount(1);
				await expect(plot.locator('svg')).toHaveAttribute('width', String(width));
			}
			const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
			expect(cls).toBeLessThanOrEqual(0.01);
			expect(await errorsSoFar(page, watch)).toEqual([]);
			expect(watch.foreign).toEqual([]);
		});

		test('each chart shows a tooltip with the label of the mark under the pointer', async ({ page }) => {
			await page.goto(article.path);
			for (const id of article.charts) {
				const plot = await drawn(page.locator(`#${id}`));
				const marks = await marksIn(plot);
				const tooltip = page.locator(`#${id} [role="tooltip"]`);
				// The last mark, then the first: the tooltip follows the pointer from one to the other.
				for (const index of [marks.length - 1, 0]) {
					await hoverMark(plot.locator('.kz-mark').nth(index));
					await expect(tooltip, id).toBeVisible();
					await expect(tooltip, id).toHaveText(marks[index]?.label ?? '');
				}
			}
		});

		test('the chart’s values are read out as the keyboard moves through them, and Escape leaves', async ({ page }) => {
			await page.goto(article.path);
			for (const id of article.charts) {
				const plot = await drawn(page.locator(`#${id}`));
				const labels = (await marksIn(plot)).map((m) => m.label);
				const tooltip = page.locator(`#${id} [role="tooltip"]`);
				await plot.focus();
				await expect(tooltip, id).toHaveText(labels[0] ?? '');
				await page.keyboard.press('End');
				await expect(tooltip, id).toHaveText(labels.at(-1) ?? '');
				await expect(page.locator(`#${id} .kz-live`), id).toHaveText(labels.at(-1) ?? '');
				await page.keyboard.press('Escape');
				await expect(tooltip, id).toBeHidden();
			}
		});

		test('Tab reaches each chart from its view buttons', async ({ page }) => {
			await page.goto(article.path);
			for (const id of article.charts) {
				const plot = await drawn(page.locator(`#${id}`));
				await page.locator(`#${id} .kz-view-button`).last().focus();
				await page.keyboard.press('Tab');
				await expect(plot).toBeFocused();
				await expect(page.locator(`#${id} [role="tooltip"]`)).toHaveText((await marksIn(plot))[0]?.label ?? '');
			}
		});

		test('each chart switches between its views, and only that chart changes', async ({ page, request }) => {
			await page.goto(article.path);
			for (const id of article.charts) {
				const figure = page.locator(`#${id}`);
				await drawn(figure);
				const others = article.charts.filter((c) => c !== id).map((c) => page.locator(`#${c} kz-chart`));
				const otherViews = await Promise.all(others.map((c) => c.getAttribute('data-view')));
				// Every other view, then back to the first.
				for (const view of [...viewsOf(id).slice(1), viewsOf(id)[0]]) {
					await figure.getByRole('button', { name: view.label, exact: true }).click();
					for (const other of viewsOf(id)) {
						await expect(figure.getByRole('button', { name: other.label, exact: true })).toHaveAttribute(
							'aria-pressed',
							String(other.id === view.id)
						);
					}
					await expect
						.poll(async () => (await marksIn(figure)).map((m) => m.value), `${id} ${view.id}`)
						.toEqual(await shareImageValues(request, id, view.id));
				}
				expect(await Promise.all(others.map((c) => c.getAttribute('data-view')))).toEqual(otherViews);
			}
		});
	});
}
