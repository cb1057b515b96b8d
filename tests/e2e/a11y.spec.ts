import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, waitForCharts } from '../helpers/pages.ts';

const PAGES = [
	{ name: 'front page', path: '/' },
	{ name: 'article', path: ARTICLE },
	{ name: 'chart page', path: '/charts/mining-share/' },
	{ name: 'chart page, second view', path: '/charts/mining-losses/?view=cumulative' },
	{ name: 'embed', path: '/embed/grid-load/' },
	{ name: '404', path: '/no-such-page/' },
];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in ${scheme}`, () => {
		test.use({ colorScheme: scheme });
		for (const { name, path } of PAGES) {
			test(`axe finds no WCAG 2.2 A/AA violation on the ${name}`, async ({ page }) => {
				const url = path.startsWith('/embed/') ? `${path}?theme=${scheme}` : path;
				await page.goto(url);
				await waitForCharts(page);
				const scheme_ = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
				expect(scheme_).toBe(scheme);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	});
}
