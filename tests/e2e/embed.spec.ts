import { expect, test, type Page } from '@playwright/test';
import { HOST_ORIGIN } from '../helpers/servers.ts';

const CHARTS = ['grid-load', 'mining-share', 'mining-losses'];

/** Waits until the iframe's height equals the height of the page inside it, and returns both. */
async function settledHeights(page: Page): Promise<{ frame: number; content: number; scrollWidth: number; clientWidth: number }> {
	const iframe = page.locator('#host iframe');
	await expect(iframe).toBeVisible();
	const frame = page.frameLocator('#host iframe');
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
		for (const chart of CHARTS) {
			test(`${chart}: the iframe follows its content at 700px and at 320px, with no sideways scroll`, async ({ page }) => {
				await page.setViewportSize({ width: 1000, height: 900 });
				await page.goto(`${HOST_ORIGIN}/${mode}?chart=${chart}&width=700`);
				const wide = await settledHeights(page);
				expect(wide.scrollWidth).toBeLessThanOrEqual(wide.clientWidth);

				await page.locator('#host').evaluate((el) => (el.style.width = '320px'));
				// pym.js's parent only reports width on window resize; our child reports height on its own.
				await page.evaluate(() => window.dispatchEvent(new Event('resize')));
				const narrow = await settledHeights(page);
				expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.clientWidth);
				const svgWidth = await page.frameLocator('#host iframe').locator('.kz-plot svg').getAttribute('width');
				expect(Number(svgWidth)).toBeLessThanOrEqual(320);
			});
		}
	});
}

test('the embed follows ?view= and reports its new height when its content grows', async ({ page }) => {
	await page.goto(`${HOST_ORIGIN}/pym?chart=mining-losses&width=700&query=view=cumulative`);
	const frame = page.frameLocator('#host iframe');
	await expect(frame.getByRole('button', { name: 'Over January' })).toHaveAttribute('aria-pressed', 'true');
	const before = await settledHeights(page);
	await frame.locator('details.kz-data summary').click();
	const after = await settledHeights(page);
	expect(after.frame).toBeGreaterThan(before.frame);
});

test('the embed links back to its chart page, outside the iframe', async ({ page }) => {
	await page.goto(`${HOST_ORIGIN}/paste?chart=grid-load&width=700`);
	const link = page.frameLocator('#host iframe').getByRole('link', { name: /the chart, its data and sources/ });
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', /noopener/);
	await expect(link).toHaveAttribute('href', /\/charts\/grid-load\/$/);
});
