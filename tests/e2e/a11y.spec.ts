import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { NOT_FOUND, waitForCharts } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { sitemapUrls } from '../helpers/dist.ts';
import { CHART_IDS, chartPath, embedPath, viewsOf } from '../helpers/registry.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, within?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(TAGS);
	const results = await (within ? builder.include(within) : builder).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every page in the sitemap; every chart's embed (not in the sitemap); the 404 page. */
const PAGES = [...sitemapUrls(), ...CHART_IDS.map((id) => embedPath(id)), NOT_FOUND];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in ${scheme}`, () => {
		test.use({ colorScheme: scheme });
		for (const path of PAGES) {
			// A chart's page is checked in each of its views: the other views' drawings are checked where they change, in the figure.
			const chart = CHART_IDS.find((id) => chartPath(id) === path);
			const views = chart ? viewsOf(chart).slice(1) : [];
			const inViews = views.length ? `, and its figure in ${views.map((v) => `?view=${v.id}`).join(', ')}` : '';
			test(`axe finds no WCAG 2.2 A/AA violation on ${path}${inViews}`, async ({ page }) => {
				// An embed is light unless the host page asks otherwise.
				await page.goto(path.startsWith('/embed/') ? `${path}?theme=${scheme}` : path);
				await waitForCharts(page);
				expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
				expect(await violations(page)).toEqual([]);
				for (const view of views) {
					const figure = page.locator(`figure#${chart}`);
					await figure.getByRole('button', { name: view.label, exact: true }).click();
					await expect(figure.locator('kz-chart')).toHaveAttribute('data-view', view.id);
					await expect(figure.locator('.kz-plot svg')).toHaveAttribute('data-theme', scheme);
					// The buttons' colours ease to their new state: check them once they are there.
					await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)).then(() => undefined));
					expect(await violations(page, `figure#${chart}`), view.id).toEqual([]);
				}
			});
		}
	});
}

test.describe('in forced colours', () => {
	for (const article of ARTICLES) {
		test(`axe finds no WCAG 2.2 A/AA violation on ${article.path}`, async ({ page }) => {
			await page.emulateMedia({ forcedColors: 'active' });
			await page.goto(article.path);
			await waitForCharts(page);
			expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
			expect(await page.locator('.kz-plot[data-drawn="true"]').count()).toBe(article.charts.length);
			expect(await violations(page)).toEqual([]);
		});
	}
});
