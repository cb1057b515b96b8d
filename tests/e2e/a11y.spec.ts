import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { NOT_FOUND, waitForCharts } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { sitemapUrls } from '../helpers/dist.ts';
import { CHART_IDS, OTHER_VIEWS, chartPath, embedPath } from '../helpers/registry.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every page in the sitemap; every chart page in its other views; every chart's embed (not in the sitemap); the 404 page. */
const PAGES = [
	...sitemapUrls(),
	...OTHER_VIEWS.map(({ id, view }) => chartPath(id, view.id)),
	...CHART_IDS.map((id) => embedPath(id)),
	NOT_FOUND,
];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in ${scheme}`, () => {
		test.use({ colorScheme: scheme });
		for (const path of PAGES) {
			test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
				// An embed is light unless the host page asks otherwise.
				const url = path.startsWith('/embed/') ? `${path}${path.includes('?') ? '&' : '?'}theme=${scheme}` : path;
				await page.goto(url);
				await waitForCharts(page);
				expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
				expect(await violations(page)).toEqual([]);
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
