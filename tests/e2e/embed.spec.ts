import { expect, test, type Page } from '@playwright/test';
import { reachForCharts } from '../helpers/pages.ts';
import { HOST_ORIGIN } from '../helpers/servers.ts';
import { CHART_IDS, CHARTS, chartPath, chartWithViews, viewsOf } from '../helpers/registry.ts';

/** Waits until the iframe's height equals the height of the page inside it, and returns both. */
async function settledHeights(page: Page): Promise<{ frame: number; content: number; scrollWidth: number; clientWidth: number }> {
	const iframe = page.locator('#host iframe');
	await expect(iframe).toBeVisible();
	const frame = page.frameLocator('#host iframe');
	await reachForCharts(frame);
	await expect(frame.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
	let last = { frame: 0, content: -1, scrollWidth: 0, clientWidth: 0 };
	await expect(async () => {
		const box = await iframe.evaluate((el) => el.getBoundingClientRect().height);
		const inner = await frame.locator('body').evaluate(() => ({
			content: document.body.offsetHeight,
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: document.documentElement.clientWidth,
		}));
		last = { frame: Math.round(box), ...inner };
		expect(Math.abs(last.frame - last.content)).toBeLessThanOrEqual(1);
	}).toPass({ timeout: 10_000 });
	return last;
}

for (const mode of ['pym', 'paste'] as const) {
	test.describe(`embedded on another site with ${mode === 'pym' ? 'pym.js' : 'our embed code'}`, () => {
		for (const chart of CHART_IDS) {
			test(`${chart}: the iframe follows its content at 700px and at 320px, with no sideways scroll`, async ({ page }) => {
				await page.setViewportSize({ width: 1000, height: 900 });
				await page.goto(`${HOST_ORIGIN}/${mode}?chart=${chart}&width=700`);
				const wide = await settledHeights(page);
				expect(wide.scrollWidth).toBeLessThanOrEqual(wide.clientWidth);

				await page.locator('#host').evaluate((el) => (el.style.width = '320px'));
				// pym.js's parent only reports width on window resize; our child reports height on its own.
				await page.evaluate(() => window.dispatchEvent(new Event('resize')));
				const frame = page.frameLocator('#host iframe');
				// The chart redraws at the new width; then the iframe follows its new height.
				await expect.poll(async () => Number(await frame.locator('.kz-plot svg').getAttribute('width'))).toBeLessThanOrEqual(320);
				const narrow = await settledHeights(page);
				expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.clientWidth);
				// It is this chart, and it links back to its page, outside the iframe.
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText(CHARTS[chart].title);
				const link = frame.getByRole('link', { name: /the chart, its data and sources/ });
				await expect(link).toHaveAttribute('target', '_blank');
				await expect(link).toHaveAttribute('rel', /noopener/);
				await expect(link).toHaveAttribute('href', new RegExp(`${chartPath(chart)}$`));
			});
		}
	});
}

test('the embed follows ?view= and reports its new height when its content grows', async ({ page }) => {
	const chart = chartWithViews();
	const view = viewsOf(chart)[1] ?? viewsOf(chart)[0];
	await page.goto(`${HOST_ORIGIN}/pym?chart=${chart}&width=700&query=view=${view.id}`);
	const frame = page.frameLocator('#host iframe');
	await expect(frame.getByRole('button', { name: view.label, exact: true })).toHaveAttribute('aria-pressed', 'true');
	const before = await settledHeights(page);
	await frame.locator('details.kz-data summary').click();
	const after = await settledHeights(page);
	expect(after.frame).toBeGreaterThan(before.frame);
});
