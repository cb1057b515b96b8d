import { expect, test, type Page } from '@playwright/test';
import { ALL_PAGES, ARTICLE, waitForCharts } from '../helpers/pages.ts';
import { PALETTES } from '../../src/plot/palette.ts';

const PAGES = ALL_PAGES;

/** The smallest chart text on the page, in CSS pixels as drawn (font size times the SVG's scale). */
async function smallestChartText(page: Page): Promise<number> {
	return page.evaluate(() => {
		let smallest = Infinity;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.kz-plot svg')) {
			const box = svg.getBoundingClientRect();
			if (box.width === 0) continue;
			const scale = box.width / svg.viewBox.baseVal.width;
			for (const text of svg.querySelectorAll('text')) smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
		}
		return smallest;
	});
}

function rgb(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

for (const width of [320, 375, 768, 1440]) {
	test(`at ${width}px no page scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of PAGES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`chart text, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		for (const width of [320, 414, 600, 1280]) {
			test(`is never smaller than 12px at ${width}px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				for (const path of [ARTICLE, '/embed/mining-losses/']) {
					await page.goto(path);
					if (javaScriptEnabled) await waitForCharts(page);
					expect(await smallestChartText(page), path).toBeGreaterThanOrEqual(11.99);
				}
			});
		}
	});
}

test('on a phone a chart changes its layout, not just its size', async ({ page }) => {
	const ticks = async (width: number) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/charts/grid-load/');
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		return page.locator('.kz-plot .kz-axis-x text').count();
	};
	expect(await ticks(320)).toBeLessThan(await ticks(1280));
	// The waffle's text moves under the squares on a phone.
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/charts/mining-share/');
	await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
	const squaresBottom = await page
		.locator('.kz-plot .kz-cell')
		.last()
		.evaluate((el) => el.getBoundingClientRect().bottom);
	const headline = await page
		.locator('.kz-plot text')
		.first()
		.evaluate((el) => el.getBoundingClientRect().top);
	expect(headline).toBeGreaterThan(squaresBottom);
});

test.describe('themes', () => {
	test('follow the system, and the charts take their colours from the theme', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/charts/mining-losses/');
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		const fill = await page
			.locator('.kz-plot rect.kz-mark')
			.first()
			.evaluate((el) => getComputedStyle(el).fill);
		expect(fill).toBe(rgb(PALETTES.dark.secondary));
		expect(await page.locator('.kz-plot svg').getAttribute('data-theme')).toBe('dark');
	});

	test('the toggle switches, redraws the charts, and is remembered with no flash on the next page', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(ARTICLE);
		await waitForCharts(page);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('#grid-load .kz-plot svg')).toHaveAttribute('data-theme', 'dark');

		// Record the theme at the moment <body> is parsed, before any paint (stylesheets block rendering until then): it must already be set.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.body) {
					(window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto('/charts/grid-load/');
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	});

	test('embeds are light by default and take ?theme=dark; other values are ignored', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
		await page.goto('/embed/grid-load/');
		expect(await scheme()).toBe('light');
		await page.goto('/embed/grid-load/?theme=dark');
		expect(await scheme()).toBe('dark');
		await page.goto('/embed/grid-load/?theme=auto');
		expect(await scheme()).toBe('dark');
		await page.goto('/embed/grid-load/?theme=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
		expect(await scheme()).toBe('light');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
	});
});

test('print: no controls, charts in print colours, source URLs written out', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(ARTICLE);
	await waitForCharts(page);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	for (const selector of ['.kz-views', '.kz-share', 'kz-theme-toggle', '.kz-page-link'])
		await expect(page.locator(selector).first()).toBeHidden();
	const fill = await page
		.locator('#mining-losses .kz-plot rect.kz-mark')
		.first()
		.evaluate((el) => getComputedStyle(el).fill);
	expect(fill).toBe(rgb(PALETTES.light.secondary));
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
	await expect(page.locator('.kz-article-sources .kz-url').first()).toBeVisible();
	await expect(page.locator('.kz-article-sources .kz-url').first()).toHaveText(/^https?:\/\//);
});

test.describe('structure', () => {
	for (const path of PAGES) {
		test(`${path}: one h1, headings in order, language set`, async ({ page }) => {
			await page.goto(path);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
			expect(levels.filter((l) => l === 1)).toHaveLength(1);
			expect(levels[0]).toBe(1);
			levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${path} heading ${i}`).toBeLessThanOrEqual(1));
		});
	}

	test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});

	test('with reduced motion, nothing animates', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(ARTICLE);
		const durations = await page
			.locator('.kz-view-button, .kz-tooltip, .kz-theme-button')
			.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).transitionDuration)));
		expect(durations.every((d) => d <= 0.0001)).toBe(true);
	});
});
